"""A figure the sentence before puts in the world: "The report notes globally that progress has
been slow. Female representation in parliaments has risen from 10% to 17%." The second
sentence's figure is the world's, though only the first says so; asked alone under a headline
on Finland ("📰 Finnish female politicians …") it reads as Finland's (review 79). The question
says the scope the article carried over: "Globally, female representation … has risen …"."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.entcache import ents_of

Span = Any
# "globally", "worldwide", "around the world": the world as a scope; not "in the world", the
# whole a superlative ranks in ("the largest company in the world"), nor the adjective
# "global" ("after the global financial crisis" sets no scope for the town's figure)
_SCOPE = re.compile(
    r"\b(?:globally|worldwide|(?:around|across|throughout) the (?:world|globe))\b",
    re.IGNORECASE,
)
WORLD_OPENING = "Globally,"  # how a carried world scope opens its question
_FIGURES = ("PERCENT", "CARDINAL", "QUANTITY", "MONEY")  # what a scope is the scope of
# a sentence naming a place or a people sets its own scope ("By contrast, Finnish …")
_PLACES = ("GPE", "NORP", "LOC")
# a body or a person is where its own figure comes from ("The Complaint Center received …")
_OWNERS = ("ORG", "PERSON", "FAC", *_PLACES)


def carried_world(stem: str, sentence: Span) -> str:
    """Return the question opened by "Globally," where its sentence names no place of its own
    and the sentence before it in the paragraph ends in the world's scope, after any place
    it names ("Finland bucks the trend; the report notes globally …"); else as it was."""
    if _SCOPE.search(sentence.text) or _SCOPE.search(stem):
        return stem
    # a name the model tags no ORG ("The Internet Crime Complaint Center received …"); not a
    # capitalised first word it calls a name ("Female representation …")
    owned = any(t.pos_ == "PROPN" and (t.i > sentence.start or t.ent_type_) for t in sentence)
    if owned or any(e.label_ in _OWNERS for e in ents_of(sentence)) or sentence.start == 0:
        return stem
    if not any(e.label_ in _FIGURES for e in ents_of(sentence)):
        return stem  # no figure whose scope it is
    if any(t.tag_ in ("PRP", "PRP$") for t in sentence):
        return stem  # "Its revenue rose …": its own, of whom the sentence before names
    before = sentence.doc[: sentence.start]
    last = list(before.sents)[-1] if len(before) else None
    if last is None:
        return stem
    # not a name's word ("Worldwide Fund for Nature said …"): a body, no scope
    scopes = [m for m in _SCOPE.finditer(last.text)
              if not any(e.start_char <= last.start_char + m.start() < e.end_char
                         for e in ents_of(last))]  # fmt: skip
    if not scopes:
        return stem
    world = last.start_char + scopes[-1].start()
    if any(e.label_ in _PLACES and e.start_char > world for e in ents_of(last)):
        return stem  # "globally …, but in Finland …": the last scope said is a place's
    first = sentence[0]
    named = first.pos_ == "PROPN" or bool(first.ent_type_) or first.text.isupper()
    # "What share …?" too: "Globally, what share …?"
    kept = named and stem.startswith(first.text)
    opening = stem if kept else stem[:1].lower() + stem[1:]
    return f"{WORLD_OPENING} {opening}"
