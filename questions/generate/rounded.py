"""Two figures that are one quantity written at two precisions: never a key and its rival.

Blind review 58 found "1.6 million" keyed beside "1,617,989", the article's exact count of
the same votes: both are right. A figure rounds to another at the coarser one's precision
(the step of its last written digit, its scale applied: "1.6 million" is to 100,000,
"45%" to 1, "44.7%" to 0.1), so "1,617,989" is "1.6 million", "2,001,926" is "2.0 million"
and "44.7%" is "45%"; "1.3 million" and "2.0 million" are not "1.6 million".
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import NamedTuple

from questions.generate.levels import whole_number
from questions.generate.variants import SCALES

_SCALE = "|".join(SCALES)
# A figure as an option is written: a currency sign, digits, a scale word, a share's sign,
# then the unit's words ("US$2.3 million", "44.7%", "1,617,989 votes", "two million people").
_DIGITS = re.compile(
    rf"^(?P<sign>[A-Z]{{0,3}}[$€£¥])?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+)(?P<dec>\.\d+)?"
    rf"(?: (?P<scale>{_SCALE}))?(?P<share>%| percent| per cent)?(?P<unit>(?: [a-z][\w-]*)*)$",
    re.IGNORECASE,
)
_SPELLED = re.compile(
    rf"^(?P<num>[a-z]+(?:-[a-z]+)?)(?: (?P<scale>{_SCALE}))?(?P<share> percent| per cent)?"
    rf"(?P<unit>(?: [a-z][\w-]*)*)$",
    re.IGNORECASE,
)


class Figure(NamedTuple):
    """A figure's value, the step its last written digit stands for, and what it counts."""

    value: float
    step: float
    sign: str
    share: bool
    unit: str


@lru_cache(maxsize=1 << 14)
def figure(text: str) -> Figure | None:
    """Read an option as a figure with its precision ("1.6 million": 1,600,000 to 100,000),
    or None for anything else (a name, a date, a range)."""
    text = text.strip()
    found = _DIGITS.match(text)
    if found is not None:
        scale = SCALES[found["scale"].lower()] if found["scale"] else 1.0
        decimals = len(found["dec"]) - 1 if found["dec"] else 0
        value = float(found["num"].replace(",", "") + (found["dec"] or "")) * scale
        step = scale / 10**decimals
    else:
        found = _SPELLED.match(text)
        whole = whole_number(found["num"]) if found is not None else None
        if found is None or whole is None:
            return None
        scale = SCALES[found["scale"].lower()] if found["scale"] else 1.0
        value, step = whole * scale, scale
    sign = (found.groupdict().get("sign") or "").upper()
    return Figure(value, step, sign, bool(found["share"]), found["unit"].strip().lower())


def same_quantity(one: str, other: str) -> bool:
    """Tell whether two options are one quantity at two precisions: the finer rounds to the
    coarser at the coarser's step ("1,617,989" and "1.6 million"; "44.7%" and "45%"), in the
    same currency, share and unit where both say one."""
    a, b = figure(one), figure(other)
    if a is None or b is None or a.share != b.share:
        return False
    if a.sign and b.sign and a.sign != b.sign:
        return False  # "$1.6 million" and "£1,617,989" are two sums
    if a.unit and b.unit and a.unit != b.unit:
        return False  # "1.6 million votes" and "1,617,989 voters": two things counted
    fine, coarse = sorted((a, b), key=lambda f: f.step)
    # half up, as news rounds; a hair of slack for the float's own error
    rounded = math.floor(fine.value / coarse.step + 0.5 + 1e-9) * coarse.step
    return math.isclose(rounded, coarse.value, rel_tol=1e-9, abs_tol=coarse.step * 1e-6)
