"""A measure of one unit ("one hour", "1 mile"): its rivals and its wh-phrase count the
unit in the plural ("two hours", "how many hours"), as English counts every number but one.
"""

from __future__ import annotations

import re
from functools import cache

from wordfreq import zipf_frequency

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses

_ONE = re.compile(r"^(?P<one>one|One|1) (?P<unit>[a-z]+)$")
# a plural the language uses ("hours", "miles"), not one made by rule ("percents")
_COMMON_PLURAL = 3.0
# a unit measures (WordNet's unit of measurement, or of time, by its commonest sense): "one
# billion", "one dozen", "one half" are numbers, each counted as a number is
_UNITS = ("unit_of_measurement", "time_unit", "time_period")
_LEVELS = 6


@cache
def plural_unit(unit: str) -> str | None:
    """Return a unit's plural ("hour" -> "hours"), or None if it is no unit of measure or
    of time ("billion"), or English counts it in no plural ("percent")."""
    targets = tuple(s for name in _UNITS for s in senses(name)[:1])
    if not is_kind_of(senses(unit)[:1], targets, _LEVELS):
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
