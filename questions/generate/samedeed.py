"""Whether another named person does the very deed a "Who …?" question asks about.

"Who led off in Australia's half?" has one answer only if nobody else in the article "led
off": in a match report several players do. The deed is the verb with its particle and its
object's head word; verbs of saying are left out (a quotation tells its speakers apart).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.verbfiles import speech_verb
from questions.schema import normalise

Deed = tuple[str, tuple[str, ...], str]  # verb lemma, its particles, its object's lemma


def _deed(verb: Any) -> Deed:
    """Return a verb's deed: its lemma, its particles, and its direct object's lemma."""
    particles = tuple(sorted(c.lemma_.lower() for c in verb.children if c.dep_ == "prt"))
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    return verb.lemma_.lower(), particles, objects[0] if objects else ""


def _name(subject: Any) -> str:
    """Return the name a subject token ends, as written ("Yau Wai-ching", not split; not its
    appositive "…, a spokesman for Lexington County")."""
    doc, start = subject.doc, subject.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "-"):
        start -= 1
    return str(doc[start : subject.i + 1].text)


def named_deeds(sentences: Sequence[Any]) -> dict[Deed, frozenset[str]]:
    """Return, once an article, each deed with the named people the article has do it."""
    found: dict[Deed, set[str]] = {}
    for sentence in sentences:
        for token in sentence:
            if token.dep_ == "nsubj" and token.pos_ == "PROPN" and token.head.pos_ == "VERB":
                found.setdefault(_deed(token.head), set()).add(_name(token))
    return {deed: frozenset(names) for deed, names in found.items()}


def _same_person(one: str, other: str) -> bool:
    """Tell whether two mentions may name one person ("Porter" of "Stacey Porter")."""
    a, b = set(one.replace("-", " ").split()), set(other.replace("-", " ").split())
    return a <= b or b <= a


def repeated_deed(
    sentence: Any, fact: Fact, deeds: Mapping[Deed, frozenset[str]], scene: frozenset[str]
) -> str | None:
    """Refuse a person key whose deed the article gives another named person too; in a
    question about one match (`scene`, its people), only another of that match counts:
    "In Sweden's win over Korea Republic, who scored from the penalty spot?" is one man."""
    if fact.kind != "person":
        return None
    root = sentence.doc[fact.start : fact.end].root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or speech_verb(verb.lemma_.lower()):
        return None
    others = [
        name
        for name in deeds.get(_deed(verb), ())
        if not _same_person(name, fact.text) and (not scene or normalise(name) in scene)
    ]
    return f"{min(others)} also did it" if others else None
