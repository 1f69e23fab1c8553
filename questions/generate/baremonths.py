"""A month said without its year ("in February he met …"): news means the nearest one, which
the article's date settles. A past statement's month is the last one of that name, this year's
or, when it comes after the dateline's month, last year's; a future one's the next. The
question says the year, since weeks later "in February" no longer tells which (review 91).
"""

from __future__ import annotations

import calendar
from typing import Any

from questions.generate.datedverbs import sent_ahead, told_tense
from questions.generate.dates import DAY_WORDS, YEAR, ArticleDate, full_month
from questions.generate.entcache import ents_of
from questions.generate.heads import verb_above

Span = Any


def bare_month_year(date: Span, anchor: ArticleDate | None) -> int | None:
    """Return the year a date that is only a month's name stands for ("in February", past,
    in an article of May 2014: 2014), or None: no dated article, a present statement, a past
    verb sending something to the month, or a story another year may be the time of."""
    if anchor is None or anchor.year is None or len(date) != 1:
        return None
    month = full_month(date.text)
    if month is None or date.text[0].islower():
        return None
    if _names_year(date.sent) or _names_year(_sentence_before(date.sent)):
        return None  # "In 2012, … In February, …": the story's year may be the one named
    if _other_date(date) or (_earlier_year(date, anchor.year) and not _told_now(date.sent)):
        return None  # "Last year, in February", "joined the army in 1942. … In March …"
    verb = verb_above(date.root)
    tense = told_tense(verb) if verb.pos_ in ("VERB", "AUX") else ""
    # "was postponed until March": ahead of the verb, so not the last March; "the index for
    # June climbed": a noun's "for" sends nothing anywhere
    sent = sent_ahead(date.root) and date.root.head.head.pos_ in ("VERB", "AUX")
    if tense == "past" and not sent:
        return anchor.year - int(month > anchor.month)
    if tense == "future":
        return anchor.year + int(month < anchor.month)
    return None


def _names_year(sentence: Span | None) -> bool:
    """Tell whether a sentence names a year ("in 2012")."""
    return sentence is not None and YEAR.search(sentence.text) is not None


def _other_date(date: Span) -> bool:
    """Tell whether the month's sentence has another date ("last year", "a decade ago"),
    which may set the month's year apart from the article's. A weekday or "yesterday" is
    the dateline's own week ("released data Saturday showing … for June"), and what a
    figure is measured from ("climbed 6.4% from a year ago") is no time of the deed."""
    return any(
        e.label_ == "DATE"
        and e.start != date.start
        and not all(map(_of_the_week, e))
        and not (e.root.dep_ in ("pobj", "pcomp") and e.root.head.lower_ in ("from", "than"))
        for e in ents_of(date.sent)
    )


def _of_the_week(word: Span) -> bool:
    """Tell whether a word names a day the dateline's week holds ("Saturday", "yesterday")."""
    return word.text in calendar.day_name or word.lower_ in DAY_WORDS


def _told_now(sentence: Span) -> bool:
    """Tell whether a sentence is told from the article's now: its main verb present or
    present perfect ("The US has warmed up to him and in February he met …"), so the story
    an earlier year began has come up to the article's own time."""
    root = sentence.root
    helpers = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if helpers:
        return helpers[0].tag_ in ("VBZ", "VBP") and helpers[0].lemma_ in ("have", "be")
    return root.tag_ in ("VBZ", "VBP")


def _earlier_year(date: Span, year: int) -> bool:
    """Tell whether the article names a year other than its own before the month's sentence:
    a story told from that year on may still be in it."""
    before = (e for e in ents_of(date.doc) if e.end <= date.sent.start and e.label_ == "DATE")
    return any(int(found) != year for e in before for found in YEAR.findall(e.text))


def _sentence_before(sentence: Span) -> Span | None:
    """Return the sentence before one, or None for the first."""
    if sentence.start == 0:
        return None
    return sentence.doc[sentence.start - 1].sent
