"""A count that is only tried for ("China kept trying to score 3 points but was unable to
capitalise"): what each try aimed at, not how many were scored.

Asked "How many points did China keep trying to score?" it keys 3 among the article's point
totals (6, 11, 12), though no 3 points were scored and "3 points" there is the kind of shot
tried (blind review 85). A count whose verb is the complement of a verb of attempting
(WordNet's "attempt, try, essay, assay" or a kind of it: "strive") is no tally of what
happened, so it is not asked as one.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.verbfiles import sense_offsets, verb_kinds

Span = Any
Token = Any
_UP = 3  # levels from a verb's commonest sense to "attempt": "strive" is a kind of it
_COMPLEMENT = frozenset({"xcomp"})  # "trying to score": the tried deed hangs on the trying


@cache
def _attempt() -> str:
    """Return the synset offset of WordNet's commonest sense of "attempt" (try, essay)."""
    found = sense_offsets("attempt")
    return found[0] if found else ""


def _attempting(verb: Token) -> bool:
    """Tell whether a verb's commonest sense is attempting, or a kind of it."""
    return verb.pos_ in ("VERB", "AUX") and _attempt() in verb_kinds(verb.lemma_, _UP)


def attempted_count(span: Span) -> bool:
    """Tell whether a count is the object of a deed only attempted ("kept trying to score
    3 points"): its verb, or a verb it complements, is one of attempting."""
    number = next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), None)
    if number is None or not _attempt():
        return False
    noun = number.head if number.dep_ in ("nummod", "quantmod") else number
    if noun.dep_ not in ("dobj", "obj"):
        return False  # "3 points ahead", "won by 3 points": no deed done to the count
    verb = noun.head
    while verb.dep_ in _COMPLEMENT:
        verb = verb.head
        if _attempting(verb):
            return True
    return False
