"""A figure told in a relative "when" clause holds at its noun's time, which a question drops.

Blind review 73: "… the lowest daily total since March 16 of this year when 36 total
complaints were recorded" was asked "How many total complaints were recorded?", keyed 36,
while the article's "69 filed complaints recorded so far this month" answers it too. The
relative "when" stands for its noun (March 16), and the wh-question, made from the clause
alone, loses it: a count, an amount or a share of that clause is true only then. A named
doer's deed ("the first manned flight when Yuri Gagarin lifted off aboard Vostok 1") is told
once, and stays asked.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.measures import NUMBER_KINDS

_FIGURES = NUMBER_KINDS | {"ordinal"}


def figure_at_relative_time(sentence: Any, fact: Fact) -> bool:
    """Tell whether a figure key sits in a relative clause that a "when" (or "where") opens
    ("March 16, when 36 complaints were recorded"): asked without that noun, any other time's
    figure the article gives answers it too."""
    if fact.kind not in _FIGURES:
        return False
    verb = sentence.doc[fact.start : fact.end].root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return False
    opening = [c for c in verb.children if c.tag_ == "WRB" and c.i < verb.i]
    return bool(opening) and opening[0].lower_ in ("when", "where")
