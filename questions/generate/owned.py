"""Refuse a question whose clause takes a gift or payment that says neither whose nor what.

"How many universities have accepted one or more donations?" reads as about any donation at
all: the article meant the foundation's donations of Warhol photographs, said sentences away
(a blind reviewer failed it three times). A clause that receives, gives or holds a thing of
possession ("donations", "grants", "funding", WordNet's noun.possession) with nothing saying
whose it is or what it is ("its donations", "donations of photographs", "federal grants")
leaves the question about nothing in particular, so it is not asked.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.heads import verb_above
from questions.generate.wordnet import senses, synset

Token = Any
_POSSESSION = 21  # WordNet's lexicographer file noun.possession
# what may stand before a bare thing without saying whose or what it is: "one or more"
_BARE = frozenset({"nummod", "quantmod", "cc", "conj", "advmod", "punct"})


def _possession(token: Token) -> bool:
    """Tell whether a noun's commonest WordNet sense is a thing possessed ("donation")."""
    found = senses(token.lemma_.lower())
    first = synset(found[0]) if found else None
    return first is not None and first.lexfile == _POSSESSION


def _unqualified(token: Token) -> bool:
    """Tell whether a noun has nothing saying whose or what it is: no determiner, owner,
    adjective, compound, prepositional phrase or clause ("one or more donations")."""
    return token.tag_ == "NNS" and all(
        c.dep_ in _BARE and not (c.dep_ == "conj" and c.pos_ == "NOUN") for c in token.children
    )


def unowned_gift(sentence: Any, fact: Fact) -> str | None:
    """Say why a question on the fact's clause is about no one's gift, or None: its verb's
    object is a bare plural thing of possession ("have accepted one or more donations")."""
    doc = sentence.doc
    head = verb_above(doc[fact.start].head)
    if head.pos_ not in ("VERB", "AUX"):
        return None
    for child in head.children:
        # "How many donations did the foundation make?": the count is the gift's, the giver
        # the subject; only a gift beside what is asked is left unexplained
        counted = any(fact.start <= c.i < fact.end for c in child.children)
        outside = not fact.start <= child.i < fact.end and not counted
        if child.dep_ == "dobj" and outside and _unqualified(child) and _possession(child):
            return f"'{child.text}' says neither whose nor of what"
    return None
