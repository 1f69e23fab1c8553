"""The body a person asked as a subject is written with: "Jane Roe of the Bergen Institute
said …" asks "Who at the Bergen Institute said …?".

News names people by their body ("X of Y said", "X of Y found"); "who" cannot stand for the
name and its "of" phrase together ("Who of the Bergen Institute said …?" misreads), so the
question keeps the phrase as context after its own preposition: "at" a body, "from" a place,
"of" anything else. A phrase that shares a word with the name ("Jane Roe of Roe Partners")
would give the key away and is dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses, synset

Token = Any
Span = Any

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_BODY_LABELS = frozenset({"ORG", "FAC"})
# a place, a party or people ("the Greens"): one comes "from" them
_FROM_LABELS = frozenset({"GPE", "LOC", "NORP"})
_PARTY = frozenset(senses("political party")[:1])
# WordNet's noun.group ("council", "institute") and noun.artifact ("museum", "hospital"):
# what one works at
_BODY_FILES = frozenset({14, 6})


@dataclass(frozen=True)
class BodyPhrase:
    """The "of" phrase after a subject's name: its words and how the question writes it."""

    ids: frozenset[int]  # the words "who" now covers, the "of" phrase's
    text: str  # "at the Bergen Institute", or "" where it would give the key away


def body_phrase(
    fact: Fact, answer: Span, extra: list[Token], prep: Token | None
) -> BodyPhrase | None:
    """Return the "of" phrase right after a person named as the clause's subject ("Jane Roe
    of the Bergen Institute"), rewritten for a "who" question; None where there is none or
    the words after the name are more than that phrase."""
    root = answer.root
    if fact.kind != "person" or prep is not None or root.dep_ not in _SUBJECTS:
        return None  # an object's ("between X of Y and …") has no clean "who at" form
    after = [t for t in extra if t.i >= answer.end]
    of = answer.doc[answer.end] if answer.end < len(answer.doc) else None
    if of is None or of.lower_ != "of" or of.head.i != root.i or of.dep_ != "prep":
        return None
    objects = [c for c in of.children if c.dep_ == "pobj"]
    words = list(of.subtree)
    if not objects or {t.i for t in after} != {t.i for t in words}:
        return None  # "of" with no object, or more than its phrase after the name
    tail = words[1:]
    named = {t.lower_ for t in answer if t.pos_ == "PROPN"}
    if any(t.lower_ in named for t in tail):  # "Jane Roe of Roe Partners": the key's own
        return BodyPhrase(frozenset(t.i for t in words), "")
    text = "".join(t.text_with_ws for t in tail).strip()
    return BodyPhrase(frozenset(t.i for t in words), f"{_preposition(objects[-1])} {text}")


def _preposition(head: Token) -> str:
    """Return the preposition a question puts before the phrase: "at" a body one works at
    (a name or noun whose head WordNet files first as a group or building: "the Bergen
    Institute", "the city council"), "from" a party, a place or a body WordNet does not
    know ("DAB", "NASA"), else the sentence's own "of"."""
    entity = next((e for e in ents_of(head.doc) if e.start <= head.i < e.end), None)
    label = entity.label_ if entity is not None else ""
    words = list(entity) if entity is not None else [head]
    # "the University of Cape Town": its head is the word before its own "of"
    ofs = [n for n, t in enumerate(words) if t.lower_ == "of" and n]
    noun = words[ofs[0] - 1] if ofs else words[-1]
    if label in _BODY_LABELS or (not label and head.pos_ in ("NOUN", "PROPN")):
        first = senses(noun.lower_)[:1] or senses(noun.lemma_.lower())[:1]
        entry = synset(first[0]) if first else None
        works_at = entry is not None and entry.lexfile in _BODY_FILES
        if works_at and not is_kind_of(first, _PARTY, 3):  # one is "of" a party, not "at"
            return "at"
        return "from" if label else "of"
    return "from" if label in _FROM_LABELS else "of"
