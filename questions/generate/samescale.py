"""The article's figures that may stand beside a count key: its other margins for a margin
asked ("By how many votes did she win?"), else those of the key's size and digits; a
measure's, written as the key is: a noun ("270 meters") or an adjective ("155-meter").

Split from `distractors` (the choice of options) to keep it short.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from questions.generate.compiled import pattern
from questions.generate.examples import ITEM
from questions.generate.reviewed import near_amount, same_digits

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

_MARGIN_ASKED = re.compile(r"\b[Bb]y how many\b")
_JOINED = re.compile(r"\d-[a-z]")  # "155-meter": a figure hyphened to its unit, an adjective


def same_scale(same: list[str], kind: str, key: str, context: OptionContext | None) -> list[str]:
    """Keep the article's figures that may stand beside a count: its other margins for a
    margin asked ("By how many votes …?"), else those of the key's size and digits."""
    if kind == "count" and context is not None and _MARGIN_ASKED.search(context.stem):
        # "By how many votes did she win?": the article's other margins, not its totals
        return [t for t in same if pattern(rf"\bby (?:\w+ )?{re.escape(t)}\b").search(context.text)]
    if kind in ("count", ITEM):  # not "2" euros for 1.1 billion; a margin for a margin
        return [t for t in same if near_amount(t, key) and same_digits(t, key)]
    if kind == "quantity":  # "the 155-meter vessel" fills no "within _____ of the ship"
        return [t for t in same if bool(_JOINED.search(t)) == bool(_JOINED.search(key))]
    return same
