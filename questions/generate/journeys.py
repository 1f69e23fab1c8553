"""A distance travelled to a place, asked or shown with no place it started from.

"Thirty workers have travelled the 1,200 kilometers to Buenos Aires" measures one journey:
its start is where the story is ("from Neuquén"), often named sentences before. "How many
kilometers have the workers travelled to Buenos Aires?" (or "How many workers have travelled
the 1,200 kilometers to Buenos Aires?") then measures a trip from nowhere a reader can tell.
A verb of motion is one WordNet files under verb.motion ("travel", "drive", "fly", "walk"),
a distance a number of a unit WordNet files under "linear unit" ("kilometer", "mile").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.gone import MOTION
from questions.generate.hypernyms import is_kind_of
from questions.generate.verbfiles import verb_file
from questions.generate.wordnet import senses

Token = Any
_DEPTH = 6  # "kilometer" -> "metric linear unit" -> "linear unit": a unit is near the top
_TOWARD = frozenset({"to", "into", "toward", "towards"})  # where the journey ends
_DISTANCE_DEPS = frozenset({"dobj", "npadvmod", "obj"})  # "travelled 20 miles", "the 20 miles"
_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "xcomp", "conj", "parataxis"})


@cache
def length_unit(lemma: str) -> bool:
    """Tell whether a noun has a sense that is a unit of length ("kilometer", "mile", "foot")."""
    return is_kind_of(senses(lemma.lower()), frozenset(senses("linear_unit")), _DEPTH)


def _distance(verb: Token) -> Token | None:
    """Return the counted unit of length a verb of motion covers ("travelled [1,200 km]",
    "drove for 300 miles"), or None."""
    for child in verb.children:
        unit = child
        if child.dep_ == "prep" and child.lower_ == "for":
            unit = next((c for c in child.children if c.dep_ == "pobj"), child)
        elif child.dep_ not in _DISTANCE_DEPS:
            continue
        counted = any(c.dep_ == "nummod" or c.like_num for c in unit.children)
        if unit.pos_ == "NOUN" and counted and length_unit(unit.lemma_):
            return unit
    return None


def _depth_into(preposition: Token) -> bool:
    """Tell whether "into" measures a depth inside a thing ("25 feet into the pipeline", "a
    mile into the forest") rather than a trip to a place: its object is a common noun, no
    name, so the distance starts at that thing's own edge."""
    thing = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    return (
        preposition.lower_ == "into"
        and thing is not None
        and thing.pos_ == "NOUN"
        and not thing.ent_type_
        and not any(t.pos_ == "PROPN" for t in thing.subtree)
    )


def _start(verb: Token) -> Token | None:
    """Return the place a journey started from ("from Neuquén"), said anywhere in its
    phrases ("to Buenos Aires from Neuquén" may hang it on the destination), or None."""
    words = [c for c in verb.children if c.dep_ not in _CLAUSES]
    while words:  # the journey's own phrases, not a clause beside it ("… signatures from")
        word = words.pop(0)
        if word.dep_ == "prep" and word.lower_ == "from":
            place = next((c for c in word.children if c.dep_ == "pobj"), None)
            if place is not None:
                return place
        words.extend(c for c in word.children if c.dep_ not in _CLAUSES)
    return None


def unstarted_journey(sentence: Any, fact: Any, stem: str) -> str | None:
    """Refuse a question that asks or shows a distance travelled to a place ("How many
    kilometers have the workers travelled to Buenos Aires?") without the place it started
    from: the sentence names none, or the question left it out."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb_file(verb.lemma_) != MOTION:
            continue
        unit = _distance(verb)
        if unit is None:
            continue
        toward = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _TOWARD]
        if not toward:
            continue  # "walked 20 miles": no trip to a place, nothing to start from
        if all(_depth_into(p) for p in toward):
            continue  # "went 25 feet into the pipeline": measured from its mouth
        first, last = unit.left_edge.i, unit.right_edge.i
        asked = fact.start <= last and first < fact.end
        number = next((c for c in unit.children if c.like_num), None)
        shown = number is not None and number.text in stem
        if not (asked or shown):
            continue
        start = _start(verb)
        if start is None or start.text not in stem:
            return f'a distance travelled with no start ("{verb.text} … {unit.text}")'
    return None
