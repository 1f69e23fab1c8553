"""Refuse a question that asks whose relative someone is: "Whose aunt married …?".

A kinship noun has as many possessors as the family gives it: "Mako's aunt Sayako" is the
aunt of Mako's brother and cousins too, "his son" has two parents, "her father" every child
of his. When the article names another of them, the key is one right answer of several (a
blind reviewer found the aunt's other nephew among the article's people). Only a spouse is
one person's: "Whose wife …?" still has one answer. So is a relative who did the deed to
the owner ("_____'s sister pleaded with him"): the one she pleaded with is the answer, and
her other brothers are not him. Nor is a relative's owner among made-up names ("Whose
parents say …?" beside three invented women): none of them is anyone's sister.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.clauses import owned
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.speakers import owner_pronouns
from questions.generate.wordnet import PERSON_FILE, senses, synset

_RELATIVE = "10235549"  # relative.n.01: kinsman, aunt, sibling, child, parent, ancestor …
_SPOUSE = "10640620"  # spouse.n.01 (husband, partner), a relative one person has
_DEPTH = 7  # father -> parent -> genitor -> progenitor -> ancestor -> relative


@cache
def kin_noun(lemma: str) -> bool:
    """Tell whether a noun's commonest sense is a relative other than a spouse ("aunt",
    "son", "father"; not "wife", "husband", "heir", "friend", nor "family", a group first)."""
    first = senses(lemma)[:1]
    entry = synset(first[0]) if first else None
    if entry is None or entry.lexfile != PERSON_FILE:
        return False
    return is_kind_of(first, {_RELATIVE}, _DEPTH) and not is_kind_of(first, {_SPOUSE}, _DEPTH)


def kin_owner(sentence: Any, fact: Fact, origin: str = "article") -> str | None:
    """Say why a person key that owns a kinship noun ("Mako's aunt", "the son of Akihito")
    is no one answer among options from `origin`, or None."""
    if fact.kind != "person" or origin == "library":
        return None  # made-up names are nobody's kin: the key is the one whose they are
    noun = owned(sentence.doc[fact.start : fact.end].root)
    if noun is None or not kin_noun(noun.lemma_.lower()):
        return None
    # "… pleaded with him": the deed's own person, whatever kin she has (a "him" of the
    # owner's other gender is no one's in the question, and refused as not standalone)
    if owner_pronouns(sentence, range(fact.start, fact.end)):
        return None
    return f"'{noun.text}' has more than one person it is {noun.text} of"
