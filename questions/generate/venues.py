"""Options for a venue's city: the cities of the article's other venues first.

A day of a tournament names the stadiums its matches were played at ("at the Volgograd
Arena", "at the Fisht Stadium in Sochi"). Asked in which city one match was played, the
other matches' cities are the options a reader must tell apart; a city of the same country
that hosted nothing ("Omsk" beside three host cities) is ruled out by any fan. So where the
key is the city of a site the article names, the cities of its other sites (of the same
country) come before any the gazetteer adds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.kinds import kind_word
from questions.generate.located import city_named
from questions.generate.pools import cities, place_kind
from questions.schema import normalise

_SITE_LABELS = frozenset({"FAC", "ORG"})
_PLACED = r",? (?:in|at) ([A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"


def venue_cities(fact: Fact, key: str, article: Sequence[Fact], text: str) -> list[str]:
    """Return the cities of the article's other named sites ("Volgograd" of "Volgograd
    Arena", "Sochi" of "… Stadium in Sochi") when the key city is a site's city too, those
    of the key's country only; else none."""
    if fact.kind != "place" or fact.subtype != "city":
        return []
    sites = {f.text for f in article if _site(f)}
    found = [city for site in sorted(sites) for city in _cities_of(site, text)]
    own = normalise(key)
    if own not in {normalise(city) for city in found}:
        return []  # the key is no site's city: "talks in Geneva" has no venues beside it
    country = cities().get(own, "")
    others = [c for c in found if normalise(c) != own and cities().get(normalise(c)) == country]
    return list(dict.fromkeys(others))


def _site(fact: Fact) -> bool:
    """Tell whether a fact names a site: a building or body whose last word is a common
    noun ("Fisht Stadium", "Volgograd Arena"), not a city or a person."""
    if fact.label not in _SITE_LABELS and not (fact.kind == "place" and fact.subtype == "place"):
        return False
    words = fact.text.split()
    return len(words) > 1 and bool(kind_word(words[-1]))


@lru_cache(maxsize=1024)
def _cities_of(site: str, text: str) -> tuple[str, ...]:
    """Return the city a site is named after and those the article places it in (asked once
    a place option: cached by the whole text searched, so no article sees another's)."""
    named = [city_named(site)] if city_named(site) else []
    placed = pattern(rf"(?<!\w){re.escape(site)}{_PLACED}").findall(text)
    return tuple(named + [city for city in placed if place_kind(city) == "city"])
