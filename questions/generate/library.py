"""Options from the library pools: countries nearest first, a city's own country's cities, a
state's fellow states, and names varied by swapping the place or ordinal inside them."""

from __future__ import annotations

import hashlib
import random

from questions.generate.facts import Fact
from questions.generate.gazetteer import subdivision_country
from questions.generate.nearby import by_distance
from questions.generate.pools import (
    cities,
    city_names,
    continent,
    country_code,
    country_names,
    neighbours,
    state_names,
    states,
)
from questions.schema import normalise


def seeded_random(*parts: str) -> random.Random:
    """Return a random generator seeded from text, the same in every process."""
    digest = hashlib.sha256("\x1f".join(parts).encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def library_options(fact: Fact, key: str, seed: str = "") -> list[str]:
    """Return same-kind candidates from the library pools: countries nearest first (North
    Korea, China, Japan for South Korea), cities and states in an order drawn from the seed."""
    if fact.subtype == "country":  # not "United Kingdom" for "England", nor England for it
        own = country_code(key)
        names = [n for n in country_names().get(continent(key), ())
                 if not own or country_code(n) != own]  # fmt: skip
        around = set(neighbours().get(own, ()))
        # Its land neighbours, then the continent's countries nearest first: Japan and China
        # for South Korea, not the populous far away (Pakistan, Vietnam).
        bordering = [n for n in names if n in around]
        rest = {n: country_code(n) for n in names if n not in around}
        return bordering + by_distance(own, rest) if own else bordering + list(rest)
    found = _library_places(fact, key)
    if seed:
        seeded_random(seed).shuffle(found)
    return found


def _library_places(fact: Fact, key: str) -> list[str]:
    """Return the cities of a city's country, or the states of a state's."""
    if fact.subtype == "city":
        country = cities().get(normalise(key))
        return list(city_names().get(country or "", ()))[:30]
    if fact.subtype == "state":  # "Queensland": the other Australian states
        country = states().get(normalise(key)) or subdivision_country(key)  # "Victoria"
        return list(state_names().get(country or "", ()))[:40]
    return []
