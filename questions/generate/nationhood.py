"""Countries by the names news uses that pycountry keeps apart: the nations inside a country
("Wales", "Northern Ireland") and the short names of its inverted ones ("Palestine, State of":
an article says "Palestine", which a city pool once took for Palestine, Texas)."""

from __future__ import annotations

from collections import Counter
from functools import cache

from questions.schema import normalise


@cache
def constituents() -> dict[str, str]:
    """Map the folded names of countries inside a country to its code ("England": GB):
    pycountry's top-level subdivisions typed "Country", and all of the UK's four nations."""
    import pycountry

    found: dict[str, str] = {}
    for sub in sorted(pycountry.subdivisions, key=lambda s: s.code):
        nation = sub.type == "Country" or sub.country_code == "GB"  # "Northern Ireland"
        if sub.parent_code is None and nation:
            found[normalise(sub.name.split(" [")[0])] = sub.country_code  # "Wales [Cymru]"
    return found


@cache
def inverted_short_names() -> dict[str, str]:
    """Map the folded short name of each country pycountry names inverted ("Palestine, State
    of") to that full name, where no other country's name shares it ("Korea" is two)."""
    import pycountry

    inverted = Counter(c.name.split(",")[0] for c in pycountry.countries if "," in c.name)
    found: dict[str, str] = {}
    for country in pycountry.countries:
        short, _, rest = country.name.partition(",")
        if rest.strip().endswith((" of", " of the")) and inverted[short] == 1:
            found[normalise(short)] = country.name
    return found


def add_short_names(found: dict[str, str]) -> None:
    """Give each inverted country's short name what `found` maps its full folded name to (a
    continent or a code): "palestine" as "palestine state of"."""
    for short, name in inverted_short_names().items():
        if normalise(name) in found:
            found.setdefault(short, found[normalise(name)])
