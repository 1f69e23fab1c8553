"""A distance said with where it is measured from: "a hotel three kilometres from the airport".

The "from" phrase belongs to the distance: "how many kilometres" is how far from the
airport. A wh-question that fronts the distance and leaves "from …" behind ("About how many
kilometres did the pilots strike a hotel from the airport?") reads broken (blind review 64):
it is asked only with "from" right after the distance's unit ("How many kilometres from …").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses

Span = Any
_UP = 10  # levels climbed from a unit's senses to WordNet's linear unit
_BRACKETS = {"(": ")", "[": "]"}


@cache
def _length_unit(lemma: str) -> bool:
    """Tell whether a word names a unit of length ("kilometre", "mile") (WordNet)."""
    return is_kind_of(senses(lemma), senses("linear unit")[:1], _UP)


def split_distance(sentence: Span, fact: Fact, stem: str, form: str) -> str | None:
    """Refuse a wh-question on a distance measured "from" somewhere that does not say "from"
    right after the distance's unit: the place is left behind, after another verb's words."""
    if form != "wh" or fact.kind != "quantity" or fact.end >= sentence.end:
        return None
    doc = sentence.doc
    unit = doc[fact.end - 1]
    if not _length_unit(unit.lemma_.lower()):
        return None
    at = fact.end
    closer = _BRACKETS.get(doc[at].text)
    if closer is not None:  # "three kilometres (two miles) from": the aside says it again
        at = next((t.i + 1 for t in sentence if t.i > at and t.text == closer), sentence.end)
    if at < sentence.end and doc[at].lower_ == "away":
        at += 1
    if at >= sentence.end or doc[at].lower_ != "from":
        return None
    kept = pattern(rf"\b{re.escape(unit.text)}(?: away)? from\b").search(stem)
    return None if kept else f"the question asks {unit.text!r} apart from where they are from"
