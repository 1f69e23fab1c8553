"""Name "it": the organisation or place the sentence before was about ("Microsoft … It has
replaced …" -> "Microsoft has replaced …")."""

from __future__ import annotations

from typing import Any

from questions.generate.barenames import takes_the
from questions.generate.definites import NAMED
from questions.generate.entcache import ents_of
from questions.generate.reporters import source_only

Span = Any
_SUBJECTS = ("nsubj", "nsubjpass")
_TITLES = frozenset({"WORK_OF_ART", "PRODUCT"})  # "Lord of the Flies": a title, bare as written


def subject_name(sentence: Span) -> str | None:
    """Return the organisation or place a sentence is about (its subject), if it is named."""
    for ent in ents_of(sentence):
        if ent.label_ in NAMED and ent.root.dep_ in _SUBJECTS and ent.root.head.dep_ == "ROOT":
            if source_only(ent.root):
                return None  # "It occurred …, University of Chile reported": about the "it"
            # "The Guardian cited …": the model leaves "The" out of the name, a reader not
            before = sentence.doc[ent.start - 1] if ent.start > sentence.start else None
            the = before is not None and before.lower_ == "the" and before.head == ent.root
            # "University of Glasgow said …": "it" of the next is "the University of Glasgow"
            the = the or (ent.label_ not in _TITLES and takes_the(ent.text))
            return "the " + ent.text if the else str(ent.text.removeprefix("the "))
    return None


def name_it(sentence: Span, thing: str, replace: dict[int, str]) -> None:
    """Say the name for "it"/"its" when the sentence before was about that organisation or
    place and this one names none before the pronoun ("Microsoft … It has replaced …")."""
    for token in sentence:
        if token.lower_ not in ("it", "its") or token.i in replace:
            continue
        if any(e.label_ in NAMED and e.end <= token.i for e in ents_of(sentence)):
            return
        if any(
            t.dep_ in _SUBJECTS and t.pos_ in ("NOUN", "PROPN")
            for t in sentence[: token.i - sentence.start]
        ):
            return  # "Challenger was lost when it exploded": "it" is this sentence's subject
        if token.lower_ == "it" and (token.head.lemma_ == "be" or token.dep_ not in _SUBJECTS):
            continue  # "it is time to …", "replaced it": not a named thing, or not safely
        replace[token.i] = thing + ("'s" if token.lower_ == "its" else "")
