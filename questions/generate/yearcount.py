"""A year the parse read as part of a count: "Since 1950 millions of people have moved …".

A code review found "1950 million" offered as a number: an article's "Since 1950 million
people …" (a comma left out after the year) gave the model one figure, "1950 million". A
number no one writes so — a year's four digits, without the thousands comma, before a scale
word, at a sentence that opens on a preposition ("In", "Since", "By") or before a plural scale
("1950 millions") — is a year beside a count, and no figure to ask or to offer.
"""

from __future__ import annotations

import re
from typing import Any

Span = Any
_YEAR_LIKE = re.compile(r"^(?:1[5-9]|20)\d\d$")  # a bare year: 1950, 2010 (not 1,950)
_SCALE = re.compile(r"^(?:thousand|million|billion|trillion)(s?)$", re.IGNORECASE)


def year_for_count(ent: Span) -> bool:
    """Tell whether a figure's first word is a year the sentence opens with, read together
    with the count after it ("[Since] 1950 million people", "In 1950 millions of …")."""
    if len(ent) < 2 or not _YEAR_LIKE.match(ent[0].text):
        return False
    scale = _SCALE.match(ent[1].text)
    if scale is None:
        return False
    opened = ent.start == ent.sent.start + 1 and ent.doc[ent.start - 1].tag_ == "IN"
    return opened or bool(scale.group(1))  # no figure says "1950 millions"
