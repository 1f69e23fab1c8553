"""A measure of one unit ("one hour", "1 mile"): its rivals and its wh-phrase count the
unit in the plural ("two hours", "how many hours"), as English counts every number but one.
"""

from __future__ import annotations

import re
from functools import cache

from wordfreq import zipf_frequency

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import lemma_text, senses, synset

ONES = frozenset({"one", "1"})  # a count of a single unit, in words or figures
_ONE = re.compile(rf"^(?P<one>(?i:{'|'.join(sorted(ONES))})) (?P<unit>[a-z]+)$")
# a plural the language uses ("hours", "miles"), not one made by rule ("percents")
_COMMON_PLURAL = 3.0
# a unit measures (WordNet's unit of measurement, or of time, by any of its senses: "foot"
# is a body part first): "one billion", "one dozen", "one half" are numbers, each counted as
# a number is
_UNITS = ("unit_of_measurement", "time_unit", "time_period")
_LEVELS = 6
_VOWELS = frozenset("aeiou")
_CLIPPED = 3  # "min", "sec", "gal": a unit's name cut to its first letters is its symbol


@cache
def plural_unit(unit: str) -> str | None:
    """Return a unit's plural ("hour" -> "hours"), or None if it is no unit of measure or
    of time ("billion"), or English counts it in no plural ("percent")."""
    targets = tuple(s for name in _UNITS for s in senses(name)[:1])
    units = [s for s in senses(unit) if is_kind_of((s,), targets, _LEVELS)]
    if not units or _symbol(unit, units):
        return None
    from lemminflect import getInflection  # it imports spaCy: never at the bot's import time

    plural: str | None = next(iter(getInflection(unit, tag="NNS") or ()), None)
    if plural is None or plural == unit or zipf_frequency(plural, "en") < _COMMON_PLURAL:
        return None
    return plural


def counted_plural(key: str) -> str | None:
    """Return a key of one unit with its unit in the plural ("one hour" -> "one hours"), for
    counting its rivals; else None."""
    match = _ONE.match(key)
    if match is None or (plural := plural_unit(match["unit"])) is None:
        return None
    return f"{match['one']} {plural}"


def _symbol(unit: str, offsets: list[str]) -> bool:
    """Tell whether a unit is written as its symbol ("km", "lb", "min"), which English writes
    the same for any number ("2 km", never "2 kms"): a word with no vowel, or a short word
    that a longer name of its commonest unit sense, listed before it, begins ("minute, min";
    never "day", listed first, though "daytime, day" is a sense of it too)."""
    if not _VOWELS & set(unit):
        return True
    found = synset(offsets[0])
    names = [lemma_text(n).lower() for n in found.lemmas] if found else []
    earlier = names[: names.index(unit)] if unit in names else []
    return len(unit) <= _CLIPPED and any(n.startswith(unit) for n in earlier)
