"""A part of a day said relative to the article's date: "last night", "this morning".

"An individual has been arrested after the mayor was stabbed last night" copied into a
question leaves "last night" pointing at a day the player cannot know (review 32). Against a
dated article it is "on the night of January 13, 2019"; without a date it is left out, as
any relative date is. What a part of the day is comes from WordNet: a noun whose first sense
is a kind or a part of daytime, or its opposite ("morning", "afternoon", "evening", "night").
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from questions.generate.dates import ArticleDate, format_date
from questions.generate.wordnet import senses, synset

Span = Any  # spacy.tokens.Span
# which day "this" and "last" point to, counted back from the article's own
_DAYS_BACK = {"this": 0, "last": 1}


@lru_cache(maxsize=256)
def part_of_day(noun: str) -> bool:
    """Tell whether a noun's first WordNet sense is a part of the day ("evening", "night")."""
    found, daytime = senses(noun), senses("daytime")
    if not found or not daytime:
        return False
    first = synset(found[0])
    if first is None:
        return False
    tied = {offset for kind, offset in first.pointers if kind in ("@", "#p", "!")}
    return daytime[0] in tied


def day_part_said(ent: Span, anchor: ArticleDate | None) -> str | None:
    """Return what to say for a "last night" or "this morning" entity ("on the night of
    January 13, 2019", or "" to leave it out when the article has no date), or None when
    the entity is no such phrase."""
    if ent.label_ != "TIME" or len(ent) != 2 or ent[0].lower_ not in _DAYS_BACK:
        return None
    if not part_of_day(ent[1].lemma_.lower()):
        return None
    day = anchor.date if anchor is not None else None
    if day is None:
        return ""
    when = day - dt.timedelta(days=_DAYS_BACK[ent[0].lower_])
    return f"on the {ent[1].lower_} of {format_date(when)}"
