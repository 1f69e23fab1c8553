"""What a country's first-level division is called ("Manitoba" a province, "Queensland" a
state, "Yukon" a territory: ISO 3166-2's types) and which geonames division code it has where
geonames numbers them (Canada's "08" is Ontario: WordNet's parts of Ontario are cities geonames
codes "08")."""

from __future__ import annotations

import gettext
from collections import Counter
from functools import cache
from typing import Any

from questions.generate.citytable import city_table
from questions.generate.gazetteer import STATE_TYPES, countries
from questions.generate.romanised import ascii_fold, without_macrons
from questions.generate.wordnet import lemma_text, senses, synset
from questions.schema import normalise

_PLACES_FILE = 15  # WordNet's noun.location lexicographer file
_PART = "%p"  # part meronym: Toronto is a part of Ontario


def _names(sub: Any, english: gettext.NullTranslations) -> frozenset[str]:
    """Return a subdivision's names as English may write them: ISO's own without its bracket
    ("Wales [Cymru GB-CYM]") or macrons, and its English translation ("Bayern": Bavaria)."""
    own = sub.name.split(" [")[0]
    return frozenset(without_macrons(name) for name in (own, english.gettext(own)))


@cache
def _first_level() -> tuple[tuple[str, str, frozenset[str]], ...]:
    """Return each first-level subdivision as (ISO code, type, English names)."""
    import pycountry

    try:
        english: gettext.NullTranslations = gettext.translation(
            "iso3166-2", pycountry.LOCALES_DIR, languages=["en"]
        )
    except OSError:  # a pycountry without its English catalogue: the ISO names alone
        english = gettext.NullTranslations()
    subs = sorted(pycountry.subdivisions, key=lambda s: s.code)
    return tuple((s.code, s.type, _names(s, english)) for s in subs if s.parent_code is None)


@cache
def _types() -> dict[str, frozenset[str]]:
    """Map each folded state, province or territory name to the types it has (one name may
    be a state in one country, a province in another: "Punjab")."""
    found: dict[str, set[str]] = {}
    for _, kind, names in _first_level():
        if kind in STATE_TYPES:
            for name in names:
                found.setdefault(normalise(name), set()).add(kind)
    return {name: frozenset(kinds) for name, kinds in found.items()}


def division_noun(name: str) -> str:
    """Return the noun a first-level division is asked by: "province" for Manitoba,
    "territory" for Yukon, "state" for Queensland or a name of two kinds ("Punjab")."""
    kinds = _types().get(normalise(name), frozenset())
    return next(iter(kinds)).lower() if len(kinds) == 1 else "state"


@cache
def _country_cities() -> dict[tuple[str, str], frozenset[str]]:
    """Map (country code, folded city name) to the division codes geonames gives it."""
    found: dict[tuple[str, str], set[str]] = {}
    for name, country, _, admin, *_ in city_table()[0]:
        found.setdefault((country, ascii_fold(name)), set()).add(admin)
    return {key: frozenset(codes) for key, codes in found.items()}


def _parts_codes(name: str, country: str) -> Counter[str]:
    """Count the geonames division codes of the country's cities WordNet says are parts of
    a place by this name (Ontario: Toronto, Ottawa, Hamilton … all "08")."""
    votes: Counter[str] = Counter()
    cities = _country_cities()
    for offset in senses(name):
        whole = synset(offset)
        if whole is None or whole.lexfile != _PLACES_FILE:
            continue
        for kind, target in whole.pointers:
            part = synset(target) if kind == _PART else None
            for lemma in part.lemmas if part else ():
                votes.update(cities.get((country, ascii_fold(lemma_text(lemma))), ()))
    return votes


@cache
def _numbered() -> frozenset[str]:
    """Return the countries whose divisions geonames numbers (Canada's "08", not England's
    "ENG", ISO 3166-2's own code, which `statecities` joins as it is)."""
    return frozenset(code for _, code, _, admin, *_ in city_table()[0] if not admin.isalpha())


@cache
def _by_name() -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    """Map each folded first-level division name to the (ISO code, names) of its divisions."""
    found: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for code, _, names in _first_level():
        for name in names:
            found.setdefault(normalise(name), []).append((code, names))
    return {name: tuple(subs) for name, subs in found.items()}


@cache
def numbered_division(name: str) -> tuple[str, str] | None:
    """Return (country code, geonames division code) of a first-level division geonames
    numbers (Ontario: ("CA", "08")), joined through the cities WordNet names as its parts;
    None for a name the cities split between codes, that is a country's too ("Mexico"), or
    that two countries' divisions share."""
    folded = normalise(name)
    subs = _by_name().get(folded, ())
    if len(subs) != 1 or folded in countries():
        return None
    code, names = subs[0]
    country = code.partition("-")[0]
    if country not in _numbered():
        return None
    votes: Counter[str] = Counter()
    for each in sorted(names):
        votes.update(_parts_codes(each, country))
    top = votes.most_common(1)
    return (country, top[0][0]) if top and 2 * top[0][1] > sum(votes.values()) else None
