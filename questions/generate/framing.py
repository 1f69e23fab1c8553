"""What a question's frame says about the article's day: a headline line or an "According
to …" phrase that shows the month, and a date phrase that counts back or on from that day."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_MONTHS = "|".join(m for m in calendar.month_name if m)
_DATED_FRAME = re.compile(
    rf"^📰 [^\n]*\((?:{_MONTHS}) \d{{4}}\)\n"
    r"|^According to an? [A-Z][a-z]+ \d{4} article(?: on [^,]+)?, "
)


def dated_frame(stem: str) -> bool:
    """Tell whether a question shows the article's month ("📰 … (August 2015)", "According
    to an August 2015 article, …"): "in the past few days" then counts back from it."""
    return _DATED_FRAME.search(stem) is not None


def counted_back(head: Token) -> bool:
    """Tell whether a date phrase counts back from the article's day ("the past few days",
    "the last two weeks"), not to a day of its own ("the end of the month")."""
    return head.ent_type_ == "DATE" and any(c.lower_ in ("past", "last") for c in head.children)


# a will-future, or one reported in the past ("said it would …"): a plan as of the article
_FUTURE = frozenset({"will", "would", "shall"})


def counted_on(head: Token) -> bool:
    """Tell whether a date phrase counts on from the article's day ("over the next several
    weeks" of a zone that "would be expanded"): its clause tells a plan, so "next" is after
    the day the question's frame shows; in a told past ("for the next two days they searched")
    it is after an event the article names instead."""
    if head.ent_type_ != "DATE" or not any(c.lower_ in ("next", "coming") for c in head.children):
        return False
    for verb in head.ancestors:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        auxiliaries = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
        if auxiliaries == ["to"]:
            continue  # "to include …": the infinitive's time is its governing verb's
        return any(a in _FUTURE for a in auxiliaries)
    return False
