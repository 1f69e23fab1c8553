"""A region said only to locate the city before it ("Irving, Texas") is the lesser fact.

News writes a town with its state or country after a comma: "a boy from Irving, Texas".
The town is what the article tells; the state only says where that town is, a blank a
reader fills from a map ("Irving, _____") without reading the story. Where one sentence
gives both, the town's question is the one worth its place: the region's is ranked below it
(and still asked where the town's cannot be). A region in a list after a town ("in Lyon,
Germany and Spain") is a place of its own, not the town's.
"""

from __future__ import annotations

from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.pools import place_kind

Span = Any
REGION_OF_CITY = 1.0  # a region locating its city: worth less than the city's own question
_REGIONS = frozenset({"state", "country"})


def locates_city(sentence: Span, fact: Fact) -> bool:
    """Tell whether a state or country key only locates the city written right before it,
    after a comma ("from Irving, Texas", "in Kanata, Ontario")."""
    if fact.kind != "place" or fact.subtype not in _REGIONS or fact.start < 2:
        return False
    doc = sentence.doc
    if doc[fact.start - 1].text != "," or fact.start - 2 < sentence.start:
        return False
    city = next((e for e in ents_of(doc) if e.end == fact.start - 1), None)
    if city is None or city.label_ != "GPE" or place_kind(city.text) != "city":
        return False
    region = doc[fact.start : fact.end].root
    listed = [c for t in (region, region.head) for c in t.children if c.dep_ == "cc"]
    return region.dep_ != "conj" and not listed  # "Lyon, Germany and Spain": a list
