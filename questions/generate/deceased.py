"""The people an article says died or were killed: no plausible doers of a living key's deed
("Who gave a count of the injured?" is not answered by the crewmen the crash killed)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.schema import normalise

Token = Any
# The two verbs English reports a death by; "killed" only of whom it befell (passive or
# object), never of the killer.
_DIE, _KILL = "die", "kill"
_SUBJECTS = ("nsubj", "nsubjpass")
_SPARED = frozenset({"nearly", "almost"})  # "nearly killed": alive


def dead_people(sentences: Sequence[Any]) -> frozenset[str]:
    """Return the people (folded, in full and by surname) the article says died or were
    killed: "X died", "X was killed", "gunmen killed X", "The two killed were X and Y",
    "X, who died in 2009", "a dentist, X, died"."""
    out: set[str] = set()
    for sentence in sentences:
        for ent in sentence.ents:
            if ent.label_ == "PERSON" and _died(ent.root):
                name = normalise(ent.text.removesuffix("'s"))
                out.update({name, name.split()[-1]} if name else set())
    return frozenset(out)


def _died(token: Token) -> bool:
    """Tell whether a name's token is whom a death befell, through the list or apposition
    it stands in."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "X and Y": as X
        token = token.head
    if token.dep_ == "appos":  # "a dentist of Indian origin, X, died": as the dentist
        token = token.head
        while token.dep_ in ("pobj", "prep") and token.head.i != token.i:
            token = token.head
    for clause in (c for c in token.children if c.dep_ == "relcl"):  # "X, who died in 2009"
        if _death(clause, tuple(k.dep_ for k in clause.children if k.tag_ == "WP")):
            return True
    head = token.head
    if token.dep_ in _SUBJECTS or token.dep_ == "dobj":
        return _death(head, (token.dep_,))
    if token.dep_ == "attr" and head.lemma_ == "be":  # "The two killed were X and Y"
        subjects = [c for c in head.children if c.dep_ in _SUBJECTS]
        return any(c.lemma_ in (_DIE, _KILL) and c.dep_ in ("acl", "amod")
                   for s in subjects for c in s.children)  # fmt: skip
    return False


def _death(verb: Token, deps: tuple[str, ...]) -> bool:
    """Tell whether a verb reports the death of its argument of `deps`: "died" of its
    subject, "killed" of its object or passive subject; not "was not killed", "nearly died"."""
    if any(c.dep_ == "neg" or c.lower_ in _SPARED for c in verb.children):
        return False
    if verb.lemma_ == _DIE:
        return "nsubj" in deps
    return verb.lemma_ == _KILL and bool({"nsubjpass", "dobj"} & set(deps))
