"""What a question's frame says about the article's day: a headline line or an "According
to …" phrase that shows the month, and a date phrase that counts back from the article's day."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_MONTHS = "|".join(m for m in calendar.month_name if m)
_DATED_FRAME = re.compile(
    rf"^📰 [^\n]*\((?:{_MONTHS}) \d{{4}}\)\n|^According to an? [A-Z][a-z]+ \d{{4}} article, "
)


def dated_frame(stem: str) -> bool:
    """Tell whether a question shows the article's month ("📰 … (August 2015)", "According
    to an August 2015 article, …"): "in the past few days" then counts back from it."""
    return _DATED_FRAME.search(stem) is not None


def counted_back(head: Token) -> bool:
    """Tell whether a date phrase counts back from the article's day ("the past few days",
    "the last two weeks"), not to a day of its own ("the end of the month")."""
    return head.ent_type_ == "DATE" and any(c.lower_ in ("past", "last") for c in head.children)
