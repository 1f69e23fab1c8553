"""A name listed as one member of a counted set: "Four towns, Bexley, Rowan, Hale and Tinmouth,
had asked for a depot."

A code review found "Five cities, _____, Denver and Boston, …": the list spells out the set
its number counts, so each member is as true an answer as the key; shown beside its partners
the blank is a riddle of recall, and asked as "Which town had asked …?" it has several right
answers. Such a member is no key: the question about it is refused.
"""

from __future__ import annotations

from typing import Any

from questions.generate.countedmembers import listed_member
from questions.generate.facts import Fact

Token = Any


def _counted(noun: Token) -> bool:
    """Tell whether a noun is a plural a number counts ("four towns", "the 12 countries")."""
    return noun.tag_ in ("NNS", "NNPS") and any(
        c.dep_ == "nummod" or (c.like_num and c.dep_ in ("amod", "quantmod")) for c in noun.children
    )


def counted_member(sentence: Any, fact: Fact) -> str | None:
    """Refuse a key listed as one member of the set a number counts: in apposition to the
    counted noun ("Four towns, Bexley, Rowan …") or read as its conjunct ("Five cities,
    Austin, Denver and Boston")."""
    if listed_member(sentence, fact):  # "a judge named _____" of four candidates, all named
        return "the answer is one member of a counted set the sentence lists"
    root = sentence.doc[fact.start : fact.end].root
    first = root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i == root.i and not any(c.dep_ == "conj" for c in root.children):
        return None  # no list: one name in apposition says what the noun is
    if _counted(first) and first.i != root.i:
        return "the answer is one member of a counted set the sentence lists"
    if first.dep_ == "appos" and _counted(first.head):
        return "the answer is one member of a counted set the sentence lists"
    return None
