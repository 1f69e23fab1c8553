"""A doc's named entities, read once a doc instead of once a check.

spaCy builds `doc.ents` anew (a Span per entity) each time it is asked, and `span.ents`
asks it too: the checks of every question asked it thousands of times an article, a tenth
of the generator's time. The doc's entities are kept in its own `user_data` (so they go
with the doc, never into another article), and every step that sets them (`forget_ents`)
drops the kept ones.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

_KEY = "entcache.ents"  # doc.user_data[_KEY]: the doc's entities, as `doc.ents` gives them


def ents_of(where: Any) -> Any:
    """Return a doc's or a span's entities as spaCy's `ents` does (a doc's a tuple, a span's
    a list of those wholly inside it), from the doc's entities read once."""
    if isinstance(where, Doc):
        return _doc_ents(where)
    start, end = where.start, where.end
    found = []
    for ent in _doc_ents(where.doc):  # as `Span.ents`: in order, up to one running past it
        if ent.start >= start:
            if ent.end <= end:
                found.append(ent)
            else:
                break
    return found


def _doc_ents(doc: Any) -> tuple[Any, ...]:
    """Return a doc's entities, read once (until a step sets them anew)."""
    ents = doc.user_data.get(_KEY)
    if ents is None:
        ents = doc.user_data[_KEY] = doc.ents
    return ents  # type: ignore[no-any-return]


def forget_ents(doc: Any) -> None:
    """Drop a doc's kept entities: a step has just set them anew."""
    doc.user_data.pop(_KEY, None)
