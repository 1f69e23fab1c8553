"""One-word names the article itself says are a place or a body, never to be filled out to
a person's full name: "Marlow, a small coastal town in Oregon", "the city of Jackson", "in
Marlow" (a place to the parse). A town named after its founder Elijah Marlow is no Elijah
Marlow: "Elijah Marlow, a small coastal town …" states an absurdity, where the bare name,
whichever it means, stays true."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from questions.generate.wordnet import GROUP_FILE, PERSON_FILE, senses, synset

Token = Any
_LOCATION_FILE = 15  # WordNet's noun.location: "town", "city", "capital", "suburb"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# prepositions whose object the parse calls a place is somewhere, not someone: "in Marlow";
# "at", "to", "from" and "with" take people as often ("shouted at Jackson")
_WITHIN = frozenset({"in", "inside", "outside", "near", "throughout", "across", "around"})


@lru_cache(maxsize=2048)
def _kind_before_person(lemma: str, files: frozenset[int]) -> bool:
    """Tell whether a noun's senses, most frequent first, reach one of `files` before any
    person's ("capital": a city before a person; "head": a person before a place)."""
    for offset in senses(lemma):
        entry = synset(offset)
        if entry is None:
            continue
        if entry.lexfile == PERSON_FILE:
            return False
        if entry.lexfile in files:
            return True
    return False


def _common(noun: Token) -> bool:
    """Tell whether a token is a lower-case common noun ("town", not "Democrat")."""
    return bool(noun.pos_ == "NOUN" and noun.is_lower)


def _described(name: Token) -> bool:
    """Tell whether a name's own aside, or the noun it names, says it is a place or a body:
    "Marlow, a small coastal town", "Marlow, a fishing company", "the town of Marlow"."""
    files = frozenset({_LOCATION_FILE, GROUP_FILE})
    for aside in name.children:
        if aside.dep_ == "appos" and _common(aside) and _kind_before_person(aside.lemma_, files):
            return True
    if name.dep_ != "pobj":
        return False
    if name.head.lower_ in _WITHIN:
        return name.ent_type_ in _PLACE_LABELS
    # "the family of Marlow" is his: after "of", only a place noun names a place
    owner = name.head.head
    return (
        name.head.lower_ == "of"
        and _common(owner)
        and _kind_before_person(owner.lemma_, frozenset({_LOCATION_FILE}))
    )


def described_places(docs: Iterable[Any]) -> frozenset[str]:
    """Return the one-word names the article says anywhere are a place or a body (`_described`):
    where it also names a person by one, a bare mention may be either, so it stays bare."""
    return frozenset(
        token.text
        for doc in docs
        for token in doc
        if token.pos_ == "PROPN"
        and not any(c.dep_ in ("compound", "flat") for c in token.children)
        and _described(token)
    )
