"""A count the article's own list already gives: "fled the fighting in the two states" after
"in South Kordofan and Blue Nile states" asks the reader to count two names, not to know a
fact — a question not worth a teacher's time."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.levels import whole_number

_NAMES = frozenset({"GPE", "LOC", "ORG", "PERSON", "NORP", "FAC", "EVENT", "PRODUCT"})
_POINTING = frozenset({"the", "these", "those", "both"})  # "the two states": ones said before


def recounted(sentence: Any, fact: Any, every: Sequence[Any]) -> str | None:
    """Say why a definite count ("the two states") only counts the names of a list the
    article gave before it ("South Kordofan and Blue Nile"), or None."""
    if fact.kind != "count":
        return None
    doc = sentence.doc
    value = whole_number(fact.text)
    before = doc[fact.start - 1] if fact.start > sentence.start else None
    if value is None or before is None or before.lower_ not in _POINTING:
        return None
    for said in every:
        if said.doc is doc and said.start > sentence.start:
            break
        ends = fact.start if said.doc is doc else said.end
        if value in _lists(said.doc, said.start, min(ends, said.end)):
            return f"'{before.text} {fact.text}' counts the names the article listed"
    return None


def _lists(doc: Any, start: int, end: int) -> set[int]:
    """Return the lengths of the lists of names a stretch of text gives: runs of names joined
    by only "," and "and"/"or" ("South Kordofan and Blue Nile": 2) — by the names, not the
    parse, which often hangs a list's last name on the noun after it."""
    found: set[int] = set()
    run, last = 0, None
    for ent in ents_of(doc):
        if ent.start < start or ent.end > end or ent.label_ not in _NAMES:
            continue
        between = doc[last.end : ent.start].text.strip() if last is not None else None
        joined = between in (",", "and", "or", ", and", ", or")
        run = run + 1 if joined else 1
        if run > 1:
            found.add(run)
        last = ent
    return found
