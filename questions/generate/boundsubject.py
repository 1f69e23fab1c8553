"""Which subject a "he" or "his" means where its sentence makes two people subjects.

"Petrov has been released on bail, but Halvorsen has said his union will not return until
the demands he made are met": the first subject is Petrov, yet "he" sits inside what
Halvorsen said, and means him. Read by order alone, the question said "the demands Petrov
made", a statement the article never makes (review 79). A pronoun is bound by the subject of
a clause it sits in, so among several people who are subjects the one whose clause holds the
pronoun is its person; a clause joined by "and" or "but" is one of its own, and the climb
stops there. Where no such clause, or more than one, has a person's subject ("Jones said
Smith lied when he testified": either), the pronoun is left unnamed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from questions.generate.gazetteer import cities, countries, states
from questions.generate.heads import verb_above
from questions.generate.wordnet import names_body
from questions.schema import normalise

Token = Any
_SUBJECTS = ("nsubj", "nsubjpass")
# the labels of a name that may be a person's the model mistook: none, or a place's ("Sun
# Mengran"); a people's, a building's, a product's or a one-word body's ("Microsoft") owns
# no "her"; the model calls a full name of several words a body at times ("Sun Meiling")
_MAY_BIND = ("", "GPE", "LOC")


def _subject(token: Token) -> bool:
    """Tell whether a name is a subject, or an aside on one ("the chairman, Steve Ellis")."""
    return token.dep_ in _SUBJECTS or (token.dep_ == "appos" and token.head.dep_ in _SUBJECTS)


def _clause(token: Token) -> int:
    """Return the index of the verb whose subject a name is (by itself or as an aside)."""
    subject = token.head if token.dep_ == "appos" else token
    return int(subject.head.i)


def _holding(pronoun: Token) -> set[int]:
    """Return the words above a pronoun up to the clause joined to another that holds it."""
    above: set[int] = set()
    node = pronoun
    while node.head.i != node.i and node.dep_ != "conj":
        node = node.head
        above.add(node.i)
    return above


def subject_named(people: dict[str, list[Token]], pronoun: Token) -> Token | None:
    """Return the name, of `people` (each person's names before the pronoun), that is the
    subject a pronoun means: the only person who is a subject, else the one whose clause
    holds the pronoun; None when no person is a subject, or it is unsure which."""
    subjects = {full: next((t for t in ts if _subject(t)), None) for full, ts in people.items()}
    found = [t for t in subjects.values() if t is not None]
    if len(found) <= 1:
        return found[0] if found else None
    holding = _holding(pronoun)
    bound = [t for t in found if _clause(t) in holding]
    return bound[0] if len(bound) == 1 else None


def unknown_binder(pronoun: Token, person: Callable[[Token], str | None]) -> Token | None:
    """Return the subject a possessive "his" or "her" is bound by when that subject, before
    it in the pronoun's own clause, is a name the article never makes a person (`person`
    finds none) and no known place either: "On the Chinese side, Sun Mengran led her team",
    Sun Mengran tagged a place. A possessive is most likely its clause's subject's; named
    as the person the sentences before were about, the question said "led Mikaela
    Dombkins's team", a false premise (review 85). None for any other pronoun or subject."""
    if pronoun.dep_ != "poss":
        return None
    clause = verb_above(pronoun.head)
    subject = next((c for c in clause.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.i > pronoun.i or subject.tag_ != "NNP":
        return None
    if person(subject) is not None:
        return None  # a person the article names: the sentence's own names decide
    if any(c.dep_ in ("det", "prep") for c in subject.children):
        return None  # "the Church of Wells members followed his group": no person's name
    words = [t.text for t in subject.subtree if t.dep_ in ("compound", "flat") or t.i == subject.i]
    if subject.ent_type_ not in _MAY_BIND and (len(words) == 1 or subject.ent_type_ != "ORG"):
        return None  # "In 2020, Microsoft hired her husband": a firm, and "her" someone's
    if names_body(" ".join(words)):
        return None  # WordNet's body ("Greenpeace"), whatever the model called it
    folded = normalise(" ".join(words))
    known = any(folded in places for places in (countries(), states(), cities()))
    return None if known else subject  # "Germany gave her team …": someone else's
