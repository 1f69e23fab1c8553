"""One-word names the article itself says are a place or a body, never to be filled out to
a person's full name: "Marlow, a small coastal town in Oregon", "the city of Jackson", "in
Marlow" (a place to the parse). A town named after its founder Elijah Marlow is no Elijah
Marlow: "Elijah Marlow, a small coastal town …" states an absurdity, where the bare name,
whichever it means, stays true."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace as changed
from functools import lru_cache
from typing import Any

from questions.generate.facts import Fact, place_subtype
from questions.generate.wordnet import GROUP_FILE, PERSON_FILE, senses, synset

Token = Any
_LOCATION_FILE = 15  # WordNet's noun.location: "town", "city", "capital", "suburb"
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_KINDS = {_LOCATION_FILE: "place", GROUP_FILE: "organization"}  # what the noun says it is
# prepositions whose object the parse calls a place is somewhere, not someone: "in Marlow";
# "at", "to", "from" and "with" take people as often ("shouted at Jackson")
_WITHIN = frozenset({"in", "inside", "outside", "near", "throughout", "across", "around"})


@lru_cache(maxsize=2048)
def _kind_before_person(lemma: str, files: frozenset[int]) -> int:
    """Return the first of `files` a noun's senses, most frequent first, reach before any
    person's, else 0 ("capital": a city before a person; "head": a person before a place)."""
    for offset in senses(lemma):
        entry = synset(offset)
        if entry is None:
            continue
        if entry.lexfile == PERSON_FILE:
            return 0
        if entry.lexfile in files:
            return int(entry.lexfile)
    return 0


def _common(noun: Token) -> bool:
    """Tell whether a token is a lower-case common noun ("town", not "Democrat")."""
    return bool(noun.pos_ == "NOUN" and noun.is_lower)


def described_kind(name: Token) -> str:
    """Return "place" or "organization" where a name's own aside, or the noun it names, says
    it is one ("Marlow, a small coastal town", "Marlow, a fishing company", "the town of
    Marlow"), else ""."""
    for aside in name.children:
        if aside.dep_ == "appos" and _common(aside):
            kind = _KINDS.get(_kind_before_person(aside.lemma_, frozenset(_KINDS)), "")
            if kind:
                return kind
    if name.dep_ != "pobj":
        return ""
    if name.head.lower_ in _WITHIN:
        return "place" if name.ent_type_ in _PLACE_LABELS else ""
    # "the family of Marlow" is his: after "of", only a place noun names a place
    owner = name.head.head
    of_place = (
        name.head.lower_ == "of"
        and _common(owner)
        and _kind_before_person(owner.lemma_, frozenset({_LOCATION_FILE}))
    )
    return "place" if of_place else ""


def described_places(docs: Iterable[Any]) -> frozenset[str]:
    """Return the one-word names the article says anywhere are a place or a body (`described_kind`):
    where it also names a person by one, a bare mention may be either, so it stays bare."""
    return frozenset(
        token.text
        for doc in docs
        for token in doc
        if token.pos_ == "PROPN"
        and not any(c.dep_ in ("compound", "flat") for c in token.children)
        and described_kind(token)
    )


def described_mentions(
    per_sentence: list[list[Fact]], sentences: Sequence[Any]
) -> list[list[Fact]]:
    """Ask a one-word name the model calls a person as the place or body the mention itself
    says it is ("The city of Jackson approved …", "Jackson, the capital of Mississippi, has
    …"), or as the place where the article calls it one elsewhere and this mention stands
    where a place does ("In Jackson, the council …"): the article's Peter Jackson, whose
    surname it is, is never its key, nor the owner of "Whose city approved …?"."""
    places = described_places(sentences)
    out = []
    for found, sentence in zip(per_sentence, sentences, strict=True):
        kept = []
        for fact in found:
            if fact.kind in ("person", "name") and " " not in fact.text and fact.text in places:
                fact = _as_described(fact, sentence.doc[fact.start : fact.end].root)
            kept.append(fact)
        out.append(kept)
    return out


def _as_described(fact: Fact, root: Token) -> Fact:
    """Return a name's fact as the place or body its mention says it is, else unchanged."""
    within = root.dep_ == "pobj" and root.head.lower_ in _WITHIN  # "in Jackson": a place here
    kind = described_kind(root) or ("place" if within else "")
    if kind == "place":
        return changed(fact, kind="place", label="GPE", subtype=place_subtype(fact.text, "GPE"))
    if kind == "organization":
        return changed(fact, kind="organization", label="ORG", subtype="")
    return fact
