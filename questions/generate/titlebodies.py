"""Where a person's title starts before the name: the body or country a title is of
("State Department" of "State Department Spokesman") and an office written "Secretary of
State" (split from `stems`, whose `key_title` reads a title back with these)."""

from __future__ import annotations

from typing import Any

from questions.generate.entcache import ents_of

_OFFICE_BODIES = frozenset({"ORG", "GPE", "NORP"})  # "State Department", "US", "Democrat"


def body_start(doc: Any, word: Any) -> int | None:
    """Return where the body's or country's name a word ends starts ("State Department" of
    "State Department Spokesman"), the office a title is of; None for any other word."""
    ents = [e for e in ents_of(doc) if e.start <= word.i < e.end]
    if not ents or ents[0].end != word.i + 1 or ents[0].label_ not in _OFFICE_BODIES:
        return None
    return int(ents[0].start)


def office_start(doc: Any, word: Any, after: range) -> int | None:
    """Return where a title of the form "Secretary of State" starts when a word is its last
    ("State", held by the name or the title after it), else None."""
    i = word.i
    if word.dep_ != "pobj" or i < 2 or doc[i - 1].lower_ != "of" or word.head.i != i - 1:
        return None
    title = doc[i - 2]
    held = title.pos_ == "PROPN" and title.dep_ in ("compound", "nmod") and title.head.i in after
    return i - 2 if held and doc[i - 1].head.i == i - 2 else None
