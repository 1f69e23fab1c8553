"""Words opening a sentence that only tie it to the one before ("However, …", "But …", "In
addition, …"): a question copied from the sentence does not show that one, so it leaves them
out; the statement is as true without them (review 36: "However, the Johnson Space Center
will receive … from the _____.").

Split from `stems` (the blank) and shared with `moved` (the wh-question's fronted words).
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.fronting import droppable_adverb

Token = Any

# Connectives with no time of their own: dropped whatever the tense ("However, the centre will
# receive …"), unlike "Now," or "Recently,", which date a present statement. Closed classes of
# English, which no library lists.
LINKING = frozenset({
    "however", "moreover", "furthermore", "further", "besides", "additionally", "nevertheless",
    "nonetheless", "still", "also", "meanwhile", "therefore", "thus", "hence", "consequently",
    "instead", "likewise", "similarly",
})  # fmt: skip
# Phrases that do the same ("In addition, …", "On the other hand, …")
LINKING_PHRASES = frozenset({
    "in addition", "as a result", "in contrast", "by contrast", "on the other hand", "in turn",
    "even so", "at the same time", "in the meantime", "for example", "for instance",
})  # fmt: skip
# A coordinator opening a sentence ("But the centre will …") joins it to the one before
_JOINING = frozenset({"but", "and", "yet"})


def linking_phrase(top: Token) -> bool:
    """Tell whether a phrase before the subject is a connective one ("In addition", "On the
    other hand"): its words, all of them, are one of the connective phrases."""
    words = list(top.subtree)
    return " ".join(t.lower_ for t in words) in LINKING_PHRASES


def opening_connective(tokens: list[Token], fact: Fact, replace: dict[int, str]) -> set[int]:
    """Return the words a blank leaves out at its sentence's start: a coordinator ("But …"),
    a connective phrase ("In addition,"), or a lone connective or sequencing adverb before a
    comma ("However,", "Afterwards,"), with its comma."""
    if len(tokens) < 3 or tokens[0].i in replace:
        return set()
    first = tokens[0]
    if first.lower_ in _JOINING and first.dep_ == "cc":
        words = [first, tokens[1]] if tokens[1].text == "," else [first]
        return _outside(words, fact)
    if first.pos_ == "ADP" and first.dep_ == "prep" and linking_phrase(first):
        after = first.right_edge.i - first.i + 1  # the phrase's words, then its comma
        if after < len(tokens) and tokens[after].text == ",":
            return _outside(tokens[: after + 1], fact)
        return set()
    return _opening_adverb(tokens, fact)


def _opening_adverb(tokens: list[Token], fact: Fact) -> set[int]:
    """Return an adverb opening a sentence alone before a comma ("However, …", "Afterwards,
    Denver increased …"), with its comma: it reads badly after the question's context too ("In
    the 2016 Super Bowl, afterwards, …"). Only a connective or sequencing one: "Allegedly, …"
    or "Initially, …" is part of what the sentence claims, and stays."""
    first = tokens[0]
    if first.pos_ != "ADV" or first.dep_ != "advmod" or list(first.children):
        return set()
    if tokens[1].text != ",":
        # "However the other one was …": a connective the writer set off with no comma,
        # on the sentence's main verb, ties it to the one before all the same
        linked = first.lower_ in LINKING and first.head.dep_ == "ROOT"
        return _outside(tokens[:1], fact) if linked else set()
    if first.lower_ in LINKING:
        return _outside(tokens[:2], fact)
    if not droppable_adverb(first):
        return set()  # a hedge: "Allegedly, a manager stole _____ …" keeps it
    if first.head.tag_ != "VBD":
        return set()  # "Now, the plant employs …": a present statement's time is its own
    return _outside(tokens[:2], fact)


def _outside(words: list[Token], fact: Fact) -> set[int]:
    """Return the words' indexes, or none when the answer is among them."""
    return set() if any(fact.start <= t.i < fact.end for t in words) else {t.i for t in words}
