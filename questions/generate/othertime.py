"""Whether a sentence's fact may be put inside the article's event.

"In the 2014 Winter Paralympics, …" says the question's fact happened at those Games. A
sentence that names another year ("were part of the 2010 gold medal winning team") or tells
of a time before the story's ("had been suspended … following the Vancouver Games") is about
another time: the frame would move its fact into the wrong year (review 88). Nor may the
frame name the key's own year ("which event is the first Paralympics …?" keyed "2014 Games").
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.dates import YEAR

Span = Any
_SINCE = re.compile(r"\bsince (?:the )?(?:1[5-9]\d\d|20\d\d)\b", re.IGNORECASE)


def _before_story(sentence: Span) -> bool:
    """Tell whether the sentence's main verb is in the past perfect ("Ikonen had been
    suspended"): a time before the story's own, not the story's event."""
    return any(
        t.lower_ == "had" and t.tag_ == "VBD" and t.dep_ in ("aux", "auxpass")
        and t.head.dep_ == "ROOT"
        for t in sentence
    )  # fmt: skip


def of_other_time(sentence: Span, event: str | None, key: str) -> bool:
    """Tell whether a dated event may not frame the sentence's question: the sentence names
    a year other than the event's, or tells of a time before the story's, or the key says
    the event's own year (the frame would give it away)."""
    years = set(YEAR.findall(event or ""))
    if not years:
        return False  # an undated event names no year a sentence could differ from
    # "their first since 1958": a year that opens a span up to the event's time is no other time
    said = YEAR.findall(_SINCE.sub("", sentence.text))
    if set(said) - years:
        return True
    return bool(set(YEAR.findall(key)) & years) or _before_story(sentence)
