"""A month said without its year ("in February he met …"): news means the nearest one, which
the article's date settles. A past statement's month is the last one of that name, this year's
or, when it comes after the dateline's month, last year's; a future one's the next. The
question says the year, since weeks later "in February" no longer tells which (review 91).
"""

from __future__ import annotations

import calendar
from typing import Any

from questions.generate.dates import YEAR, ArticleDate

Span = Any
_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_FUTURE = frozenset({"will", "shall"})


def bare_month_year(date: Span, anchor: ArticleDate | None) -> int | None:
    """Return the year a date that is only a month's name stands for ("in February", past,
    in an article of May 2014: 2014), or None: no dated article, a present statement, or a
    year the sentence or the one before names, from which the month may count instead."""
    if anchor is None or anchor.year is None or len(date) != 1:
        return None
    month = _MONTHS.get(date.text.lower())
    if month is None or date.text[0].islower():
        return None
    if _names_year(date.sent) or _names_year(_sentence_before(date.sent)):
        return None  # "In 2012, … In February, …": the story's year may be the one named
    tense = _tense(date.root)
    if tense == "past":
        return anchor.year - int(month > anchor.month)
    if tense == "future":
        return anchor.year + int(month < anchor.month)
    return None


def _names_year(sentence: Span | None) -> bool:
    """Tell whether a sentence names a year ("in 2012")."""
    return sentence is not None and YEAR.search(sentence.text) is not None


def _sentence_before(sentence: Span) -> Span | None:
    """Return the sentence before one, or None for the first."""
    if sentence.start == 0:
        return None
    return sentence.doc[sentence.start - 1].sent


def _tense(word: Span) -> str:
    """Return "past", "future" or "" for the verb a date's phrase says the time of: a past
    form, or a perfect ("has met"), is past; "will" makes it future."""
    verb = word
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in _FUTURE for c in helpers):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in helpers):
        return "past"
    return ""
