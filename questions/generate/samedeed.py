"""Whether another named person does the very deed a "Who …?" question asks about.

"Who led off in Australia's half?" has one answer only if nobody else in the article "led
off": in a match report several players do; "Who was arrested?" only if nobody else "was
arrested". The deed is the verb with its particle and its object's head word; verbs of
saying are left out (a quotation tells its speakers apart).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.verbfiles import speech_verb
from questions.schema import normalise

Deed = tuple[str, tuple[str, ...], str]  # verb lemma, its particles, its object's lemma


# The subjects a deed is told of: its doer, or the one it befell ("Bahari was arrested").
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def _deed(verb: Any) -> Deed:
    """Return a verb's deed: its lemma, its particles, and its direct object's lemma; a
    passive's lemma is marked, so "X was arrested" is not "X arrested the mayor"."""
    particles = tuple(sorted(c.lemma_.lower() for c in verb.children if c.dep_ == "prt"))
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    lemma = f"{verb.lemma_.lower()} (passive)" if passive else verb.lemma_.lower()
    return lemma, particles, objects[0] if objects else ""


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
            if token.dep_ in _SUBJECTS and token.pos_ == "PROPN" and token.head.pos_ == "VERB":
                found.setdefault(_deed(token.head), set()).add(_name(token))
    return {deed: frozenset(names) for deed, names in found.items()}


def _same_person(one: str, other: str) -> bool:
    """Tell whether two mentions may name one person ("Porter" of "Stacey Porter")."""
    a, b = set(one.replace("-", " ").split()), set(other.replace("-", " ").split())
    return a <= b or b <= a


def repeated_deed(
    sentence: Any,
    fact: Fact,
    deeds: Mapping[Deed, frozenset[str]],
    scene: frozenset[str],
    asked: tuple[str, Sequence[Any]] = ("", ()),
) -> str | None:
    """Refuse a person key whose deed the article gives another named person too; in a
    question about one match (`scene`, its people), only another of that match counts:
    "In Sweden's win over Korea Republic, who scored from the penalty spot?" is one man.
    One a passive deed befell counts unless the stem (`asked`, with the article's sentences)
    names what the key's clause says and the other's does not ("Who from Newsweek was
    arrested on June 21?")."""
    stem, sentences = asked
    if fact.kind != "person":
        return None
    root = sentence.doc[fact.start : fact.end].root
    verb = root.head
    if root.dep_ not in _SUBJECTS or verb.pos_ != "VERB" or speech_verb(verb.lemma_.lower()):
        return None
    deed = _deed(verb)
    told = _told_apart(verb, stem) if root.dep_ == "nsubjpass" else None
    others = [
        name
        for name in deeds.get(deed, ())
        if not _same_person(name, fact.text)
        and (not scene or normalise(name) in scene)
        and (told is None or _clause_of(name, deed, sentences, told))
    ]
    return f"{min(others)} also did it" if others else None


def _clause(verb: Any) -> list[Any]:
    """Return a verb's own clause: its subtree without the clauses joined to it."""
    joined = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    return [t for t in verb.subtree if t.i not in joined]


def _told_apart(verb: Any, stem: str) -> frozenset[str]:
    """Return the names and dates of the key's clause that the stem repeats: what tells
    the key apart from another the same deed befell."""
    words = {t.i for t in _clause(verb)}
    ents = verb.doc.ents
    said = {e.text for e in ents if e.start in words and e.label_ != "PERSON" and e.text in stem}
    return frozenset(said)


def _clause_of(name: str, deed: Deed, sentences: Sequence[Any], told: frozenset[str]) -> bool:
    """Tell whether a clause gives the deed to the name and says all that `told` holds."""
    for token in (t for sentence in sentences for t in sentence):
        if token.dep_ in _SUBJECTS and _name(token) == name and _deed(token.head) == deed:
            text = " ".join(t.text for t in _clause(token.head))
            if all(part in text for part in told):
                return True
    return False
