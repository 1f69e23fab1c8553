"""A number fused into a modifier with its unit ("a 3-point shot", "2 point range"): where
the article sorts by it, it names a kind, and made-up values are kinds that do not exist.

"Making a _____ shot" keyed "3-point" drew "4-point" and "5-point" from nearby numbers
(blind review 85): no such shots are made. Where the article writes the same compound with
at least two small whole numbers ("2 point range" beside "3-point shot"), the compound
sorts things into a few kinds, and the article's own values are its only true rivals; with
fewer than two of them there is no question. A size runs on a scale, not through kinds,
and near magnitudes stay its rivals: a unit WordNet files as one of measurement or of time
("a 6-foot wall", "a 34-yard field goal", "a 3-day visit"; a "point" of a score is none),
or any compound the article numbers past ten ("a 131-page document").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from num2words import num2words

from questions.generate.closest import closest
from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses

_SMALL = 10  # "2-point", "3-point": a handful of kinds; "34-yard", "131-page" are sizes
_FEWEST = 2  # fewer real rivals than this leave a guess between the key and one other
_FUSED = re.compile(r"^(\d+)-([a-z]+)$")
_WORDS = {num2words(n): n for n in range(1, _SMALL + 1)}  # "three-point" as "3-point"
# WordNet's kinds of a size's unit: "foot", "pound", "dollar"; "minute", "day"; "year"
_MEASURES = ("unit of measurement", "time unit", "time period")
_UNIT_SENSES = 2  # "foot" measures in its second sense (a body's foot is the first)
_LEVELS = 12  # hypernym levels climbed: "meter" is five below "unit of measurement"


def _value(word: str) -> int | None:
    """Read a small number written as digits or a word ("3", "three"), or None."""
    return int(word) if word.isdigit() else _WORDS.get(word.lower())


def compound_values(unit: str, text: str) -> set[int]:
    """Return the numbers the text fuses with a unit into a modifier: "3-point" (any
    number), or "2 point range" (a number above one before the singular unit: as a count
    "2" would make it plural, so it modifies what follows)."""
    number = r"(\d+|[A-Za-z]+)"
    found: set[int] = set()
    for match in re.finditer(rf"\b{number}-{unit}\b(?!-)", text):
        if (value := _value(match.group(1))) is not None:
            found.add(value)
    for match in re.finditer(rf"\b{number} {unit} [a-z]", text):
        if (value := _value(match.group(1))) is not None and value > 1:
            found.add(value)
    return found


@lru_cache(maxsize=256)
def measure_unit(unit: str) -> bool:
    """Tell whether one of a unit's commonest senses is a unit of measurement or of time
    ("foot", "mile", "day"; "point" of a score is no measure)."""
    targets = {s for kind in _MEASURES for s in senses(kind)[:1]}
    return is_kind_of(senses(unit)[:_UNIT_SENSES], targets, _LEVELS)


def fused_options(
    key: str, text: str, ok: Callable[[str], bool], taken: set[str]
) -> tuple[list[str], str] | None:
    """Return the options of a key like "3-point" that names a kind the article sorts by
    (the article's own values of the compound, or none: "refused"); None for a size."""
    match = _FUSED.match(key)
    if match is None:
        return None
    value, unit = int(match.group(1)), match.group(2)
    if measure_unit(unit):
        return None  # "6-foot" beside "8-foot": a size, its near magnitudes fit
    values = compound_values(unit, text) | {value}
    if len(values) < _FEWEST or max(values) > _SMALL:
        return None  # one value, or a large one: a size on a scale, its near magnitudes fit
    rivals = [f"{v}-{unit}" for v in sorted(values, key=lambda v: abs(v - value)) if v != value]
    chosen = closest(rivals, key, ok, taken)
    return (chosen, "article") if len(chosen) >= _FEWEST else ([], "refused")
