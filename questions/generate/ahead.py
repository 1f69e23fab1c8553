"""The years an article puts ahead of it, which no "since" can start from.

A code review found "Since which year have Lisbon rents risen …?" offered 2026 and 2027, the
years the same undated article says the new parks and libraries "would open" in: a rise
"since" a year the article is still waiting for reads as a trick, and the reader strikes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.dates import YEAR
from questions.generate.heads import verb_above

_FUTURE = frozenset({"will", "would", "shall", "'ll"})  # the modals that put a verb ahead


def first_year_ahead(sentences: Sequence[Any]) -> int | None:
    """Return the earliest year the article says something will happen in ("the parks would
    open in 2026"), or None when it puts no year ahead."""
    ahead = []
    for sentence in sentences:
        for ent in sentence.ents:
            found = YEAR.search(ent.text)
            if ent.label_ != "DATE" or found is None:
                continue
            verb = verb_above(ent.root)
            if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
                ahead.append(int(found.group(1)))
    return min(ahead) if ahead else None


def after_since(option: str, key: str, text: str, ahead: int | None) -> bool:
    """Tell whether a year option is one the article puts ahead while the key is the year
    something has gone on "since": a past start, so no year still to come."""
    found, wanted = YEAR.search(option), YEAR.search(key)
    if ahead is None or found is None or wanted is None or int(found.group(1)) < ahead:
        return False
    if int(wanted.group(1)) >= ahead:
        return False  # the key itself is no earlier: "would" told no time ahead of the article
    return re.search(rf"\bsince {re.escape(key)}\b", text, re.IGNORECASE) is not None
