"""Figures whose own wording rules their options out (blind review 79).

"… very high levels of education enrollment …, at almost _____ at primary level" keyed
100%: a figure said to fall just short of a scale's end is read off the words before it,
and every lower option (10%, 17%) is absurd there; near ones (98%) would be true in spirit.
Such a key is refused. "risen from _____ in 1995 to 17%" had "15–20%" among its options: a
range is no rival for one value ("a rise from just 15–20%"), nor one value for a range.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.facts import Fact

# Words that put a figure just short of the value they stand before: "almost 100%"
_SHORT_OF = frozenset({"almost", "nearly", "close", "approaching", "virtually", "practically"})
_WHOLE = re.compile(r"^100(?:\.0+)?\s*(?:%|percent|per cent)$", re.IGNORECASE)
# "15–20%", "15-20 per cent", "$5 to $10 million": two figures as one
_RANGE = re.compile(r"\d\s*(?:[-–—]|\bto\b)\s*[$£€]?\d")


def short_of_whole(sentence: Any, fact: Fact) -> str | None:
    """Refuse a whole (100%) key said to be almost reached ("at almost _____"): no lower
    option fits the words, and a near one is as true."""
    if fact.kind != "percent" or not _WHOLE.match(fact.text):
        return None
    number = next((t for t in sentence.doc[fact.start : fact.end] if t.like_num), None)
    if number is None:
        return None
    # "almost 100": the bound hangs on the number ("almost", or "close" of "close to")
    bounds = [c for c in number.children if c.i < number.i and c.dep_ in ("advmod", "quantmod")]
    if any(c.lower_ in _SHORT_OF for c in bounds):
        return "the words before it leave only the whole"
    return None


def ranged(text: str) -> bool:
    """Tell whether a figure is a range of two ("15–20%"), not one value."""
    return bool(_RANGE.search(text))


def range_unlike(option: str, key: str) -> bool:
    """Tell whether an option is a range for a single value, or a single value for a range."""
    return ranged(option) != ranged(key)
