"""A surname said alone after its full name is that person's, whatever the model made of it.

The model tags "Raila Odinga" a person but leaves "Odinga has decided to call off protests"
untagged at the next sentence's start: the subject of a deed the article tells is then no
fact, and its person no question. News names a person in full once and by surname after, so
a capitalised word the model left out of every entity, the subject of its clause, spelt as
the last word of a person named in full earlier in the paragraph, is that person.
"""

from __future__ import annotations

from typing import Any

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def lone_surnames(ents: list[Any], doc: Any, span: Any) -> list[Any]:
    """Return the entities with each untagged subject surname of a person the paragraph named
    in full before it added as a person ("Raila Odinga … Odinga has decided")."""
    inside = {i for ent in ents for i in range(ent.start, ent.end)}
    full = [ent for ent in ents if ent.label_ == "PERSON" and len(ent) > 1]
    added = []
    for token in doc:
        if token.i in inside or token.pos_ != "PROPN" or token.dep_ not in _SUBJECTS:
            continue
        if _in_name(token):
            continue  # "Odinga Street": a word of another name
        if any(ent.end <= token.i and ent[-1].text == token.text for ent in full):
            added.append(span(doc, token.i, token.i + 1, label="PERSON"))
    return sorted([*ents, *added], key=lambda ent: ent.start) if added else ents


def _in_name(token: Any) -> bool:
    """Tell whether a word stands beside another capitalised name word."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return any(t.pos_ == "PROPN" or (t.is_title and not t.is_sent_start) for t in near)
