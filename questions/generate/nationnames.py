"""Made-up names of the nation an article gives a person ("Brazilian President …").

A review struck out "Michael Collier / Roger Atkinson" offered beside "Brazilian President
Luiz Inácio Lula da Silva", and "Derrick Webster" beside a Cuban official: where the article
places a person in one country (its adjective, a title, "of Brazil"), a made-up rival is of
that country's people. The names come from Faker's own list of the country (its locales are
named by the ISO code pycountry and the article's words give: Brazil, pt_BR), else from the
list of the nearest country speaking its first language (Cuba has none: Mexico's Spanish
one), never from a list in another script.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import cache
from typing import TYPE_CHECKING

from questions.generate.countrynames import (
    country_locales,
    country_names,
    lists,
    person_locales,
)
from questions.generate.locales import languages
from questions.generate.nearby import by_distance
from questions.generate.pools import NAME_LOCALES, country_codes, names_like
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.options import OptionContext


@cache
def _own_locales(code: str) -> tuple[str, ...]:
    """Return the Faker locales of a country's own people: the pools' (en_US, ru_RU), then
    the other Latin-script lists in a language it speaks (Brazil: pt_BR)."""
    pooled = tuple(loc for loc in NAME_LOCALES if loc.endswith(f"_{code}"))
    return pooled + country_locales(code)


@cache
def _countries_speaking(language: str) -> tuple[str, ...]:
    """Return the codes of the countries with a list of their own in a language."""
    found = {loc.split("_")[-1] for loc in person_locales() if loc.startswith(f"{language}_")}
    return tuple(c for c in sorted(found) if any(loc.startswith(f"{language}_")
                                                 for loc in _own_locales(c)))  # fmt: skip


def nation_locale(nations: Collection[str]) -> str | None:
    """Return the Faker locale of the one country an article places a person in: its own
    (Brazil: pt_BR), else the nearest country's that speaks its first language (Cuba:
    es_MX); None where it places them in none or several, or no list fits."""
    if len(nations) != 1:
        return None
    code = next(iter(nations))
    own = _own_locales(code)
    if own:
        return own[0]
    first = languages(code)[:1]
    names = country_codes()
    same = {names[c]: c for c in _countries_speaking(first[0]) if c in names} if first else {}
    nearest = by_distance(code, same)
    if not nearest:
        return None
    return next(loc for loc in _own_locales(same[nearest[0]]) if loc.startswith(f"{first[0]}_"))


def nation_names(key: str, locale: str, gender: str = "", full: str | None = None) -> list[str]:
    """Return a nation's list's names shaped like the key (a surname, a full name), of the
    person's gender (`full`: the article's full name of a surname key)."""
    if locale in NAME_LOCALES:
        return names_like(key, locale, gender)
    return country_names(key, locale, gender, full) if lists(locale) is not None else []


def stated_nations(key: str, context: OptionContext | None) -> frozenset[str]:
    """Return the countries the article gives a person as theirs by a title or an "of"
    ("Brazilian President …"), not by the side they play for: a match's rivals are its own
    players, not made-up ones of the side's country."""
    if context is None:
        return frozenset()
    folded = normalise(key)
    if context.teams.get(folded):
        return context.nations.get(folded, frozenset())
    return context.placed.get(folded, frozenset())
