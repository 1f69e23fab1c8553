"""A date range stated as a pair ("between July 2003 and December 2004"): one answer, asked
"Between which months …?", its options the same range moved earlier or later."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from questions.generate.facts import Fact
from questions.generate.variants import date_variants

Span = Any
RANGE = "range"  # the subtype of a date fact that is a whole "between … and …" pair
_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\b(?!\d)")  # "July 4" or "4 July": a day's date


def date_ranges(stated: list[list[Fact]], sentences: list[Span]) -> list[list[Fact]]:
    """Add to each sentence's facts its "between X and Y" dates as one fact, after X and Y:
    the pair is when something ran, which neither end alone says."""
    out = []
    for found, sentence in zip(stated, sentences, strict=True):
        dates = {f.start: f for f in found if f.kind == "date" and f.subtype == ""}
        pairs = []
        for first in dates.values():
            root = sentence.doc[first.start : first.end].root
            ends = [c for c in root.children if c.dep_ == "conj"]
            joined = [c for c in root.children if c.dep_ == "cc" and c.lower_ == "and"]
            if root.dep_ != "pobj" or root.head.lower_ != "between" or len(ends) != 1:
                continue
            last = next((f for f in dates.values() if f.start <= ends[0].i < f.end), None)
            if last is None or not joined:
                continue
            text = sentence.doc[first.start : last.end].text
            pairs.append(replace(first, end=last.end, text=text, subtype=RANGE))
        out.append(found + pairs)
    return out


def range_wh(fact: Fact, prep: str | None) -> str | None:
    """Return the wh-phrase of a "between" range ("between which months"), or None."""
    if prep != "between":
        return None
    first = fact.text.split(" and ")[0]
    return "between which dates" if _DAY.search(first) else "between which months"


def range_variants(key: str) -> list[str]:
    """Return the range moved as one ("June 2003 and November 2004"): both ends by the same
    step, so every option is as long a span as the key."""
    ends = key.split(" and ")
    if len(ends) != 2:
        return []
    starts, finishes = date_variants(ends[0]), date_variants(ends[1])
    return [f"{a} and {b}" for a, b in zip(starts, finishes, strict=False) if [a, b] != ends]
