"""The years an article puts ahead of it, which no "since" can start from, and the last
year it tells as past, after which no past event can be dated.

A code review found "Since which year have Lisbon rents risen …?" offered 2026 and 2027, the
years the same undated article says the new parks and libraries "would open" in: a rise
"since" a year the article is still waiting for reads as a trick, and the reader strikes it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.datedverbs import told_tense
from questions.generate.dates import YEAR
from questions.generate.entcache import ents_of
from questions.generate.heads import verb_above

_FUTURE = frozenset({"will", "would", "shall", "'ll"})  # the modals that put a verb ahead


def first_year_ahead(sentences: Sequence[Any]) -> int | None:
    """Return the earliest year the article says something will happen in ("the parks would
    open in 2026"), or None when it puts no year ahead."""
    ahead = []
    for sentence in sentences:
        for ent in ents_of(sentence):
            found = YEAR.search(ent.text)
            if ent.label_ != "DATE" or found is None:
                continue
            verb = verb_above(ent.root)
            if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in verb.children):
                ahead.append(int(found.group(1)))
    return min(ahead) if ahead else None


def last_year_past(sentences: Sequence[Any]) -> int | None:
    """Return the latest year the article says something happened in ("the market closed in
    1998", "was opened in 2019"; not "will open in 2026"), or None when it dates nothing
    past: an undated article was written no earlier."""
    past = []
    for sentence in sentences:
        for ent in ents_of(sentence):
            found = YEAR.search(ent.text)
            if ent.label_ == "DATE" and found is not None and _told_past(verb_above(ent.root)):
                past.append(int(found.group(1)))
    return max(past) if past else None


def _told_past(verb: Any) -> bool:
    """Tell whether a verb says something happened: past, not negated nor modal, and a
    participle only with a past or perfect helper ("was opened", "has closed")."""
    helpers = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "neg" or c.tag_ == "MD" for c in helpers):
        return False
    return told_tense(verb) == "past"


_PAST_ASKED = re.compile(r"\b(?:did|was|were)\b")  # "In which year did the museum open?"


def past_bound(stem: str, year: int | None, past: int | None) -> int | None:
    """Return the last year a question's wrong years may reach: the article's own year, or
    for an undated article a question told in the past ("did … open") the last year it
    tells as past (a code review found 2026 offered for "In which year did X open?")."""
    if year is not None:
        return year
    return past if _PAST_ASKED.search(stem.splitlines()[-1] if stem else "") else None


def after_since(option: str, key: str, text: str, ahead: int | None) -> bool:
    """Tell whether a year option is one the article puts ahead while the key is the year
    something has gone on "since": a past start, so no year still to come."""
    found, wanted = YEAR.search(option), YEAR.search(key)
    if ahead is None or found is None or wanted is None or int(found.group(1)) < ahead:
        return False
    if int(wanted.group(1)) >= ahead:
        return False  # the key itself is no earlier: "would" told no time ahead of the article
    return pattern(rf"\bsince {re.escape(key)}\b", re.IGNORECASE).search(text) is not None
