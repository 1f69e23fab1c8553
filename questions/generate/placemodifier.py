"""A place that only describes a noun: "the Chicago, Illinois based website", "a Paris-based
firm".

Such a place names where the noun's thing is based or made, not where anything the sentence
tells happened: "By which city is the resident reported?" for "reported by the Chicago,
Illinois based website" asks a city for the website's deed (the parse may hang the city on
the verb, the state and "based" on the noun). A question by the place's kind is refused.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact

Span = Any
_DASHES = frozenset({"-", "–"})


def modifier_place(sentence: Span, fact: Fact, form: str) -> str | None:
    """Refuse a wh-question on a place that, with the state or country after it, is the
    first word of a participle modifying a noun ("Chicago, Illinois based website")."""
    if fact.kind != "place" or form != "wh":
        return None
    doc = sentence.doc
    at = fact.end
    if at + 1 < len(doc) and doc[at].text == "," and doc[at + 1].ent_type_ == "GPE":
        at += 1  # ", Illinois": the state the city is in, said before the participle
        while at < len(doc) and doc[at].ent_type_ == "GPE":
            at += 1
    if at < len(doc) and doc[at].text in _DASHES:
        at += 1  # "Paris-based"
    if at >= len(doc):
        return None
    word = doc[at]
    head = word.head
    if word.tag_ == "VBN" and word.dep_ == "amod" and head.i > word.i and head.pos_ == "NOUN":
        return "the place only describes a noun"
    return None
