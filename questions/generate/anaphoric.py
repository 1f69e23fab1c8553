"""Anaphoric years ("the previous year", "the year before", "the following year"): they count
from a year the sentence names before them, never from the article's date as the deictic
"last year" and "next year" do ("in 2007, down from the previous year's 207,492": 2006)."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.dates import YEAR, ArticleDate, resolve_relative
from questions.generate.entcache import ents_of

Span = Any
_BACK = r"previous|preceding|prior"
_AHEAD = r"following|next|subsequent"
_ANAPHORIC = re.compile(
    rf"^the\s+(?:(?P<back>{_BACK})|{_AHEAD})\s+year(?:\s*['’]s)?$"
    r"|^the\s+year\s+(?:(?P<before>before|earlier)|after|later)$",
    re.IGNORECASE,
)
# a deictic year a sentence may name before an anaphoric one ("last year …, the year before")
_DEICTIC_YEAR = re.compile(r"^(?:this|last|next|the past)\s+year$", re.IGNORECASE)


def anaphoric_step(text: str) -> int | None:
    """Return -1 for "the previous year", +1 for "the following year", None for other dates."""
    found = _ANAPHORIC.match(" ".join(text.split()))
    if found is None:
        return None
    return -1 if found["back"] or found["before"] else 1


def year_named_before(date: Span, anchor: ArticleDate | None) -> int | None:
    """Return the year a sentence names last before a date ("in 2007", or "last year" with the
    article's date), None when it names none or the last it names is unknown."""
    named = None
    for other in ents_of(date.sent):
        if other.label_ != "DATE" or other.end > date.start:
            continue
        years = YEAR.findall(other.text)
        if years:
            named = int(years[-1])
        elif _DEICTIC_YEAR.match(other.text) or anaphoric_step(other.text) is not None:
            # the nearest year before counts, even one the question cannot say
            said = _said_year(other, anchor)
            named = int(said) if said else None
    return named


def _said_year(date: Span, anchor: ArticleDate | None) -> str | None:
    """Return the year a deictic or anaphoric year phrase stands for, as digits, or None."""
    step = anaphoric_step(date.text)
    if step is not None:
        named = year_named_before(date, anchor)
        return str(named + step) if named is not None else None
    said = resolve_relative(date.text, anchor)
    return said.split()[-1] if said else None


def anaphoric_said(date: Span, anchor: ArticleDate | None) -> str | None:
    """Return what a question says for an anaphoric year ("in 2006" for "the previous year"
    after "in 2007"): "" when the sentence names no year before it, so it stays as the
    article words it; None for a date that is no anaphoric year."""
    if anaphoric_step(date.text) is None:
        return None
    said = _said_year(date, anchor)
    return f"in {said}" if said else ""
