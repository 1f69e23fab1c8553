"""A pointing phrase the name set beside it says: "the other one, T. b. gambiense," is
T. b. gambiense.

"However the other one, T. b. gambiense, was responsible for over 95% of human deaths" was
refused as leaning on "the other one" (which one, the article says before); the name after it
says which, so the question says the name alone: "However T. b. gambiense was responsible for
over _____ of human deaths."
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.spantext import span_text

Span = Any
Token = Any
# the words that pick one of things told before ("the other one", "the latter")
_POINTING = frozenset({"other", "former", "latter"})


def named_pointers(sentence: Span, fact: Fact) -> frozenset[int]:
    """Return the words of each pointing phrase a comma-set name renames, with its commas
    ("the other one, T. b. gambiense,"): the name is said in its place."""
    cut: set[int] = set()
    answer = range(fact.start, fact.end)
    folded = span_text(sentence).lower()
    if not any(word in folded for word in _POINTING):
        return frozenset()  # most sentences: no pointing word, no word of them walked
    for head in sentence:
        name = _name_beside(head)
        if name is None:
            continue
        phrase = range(head.left_edge.i, head.i + 1)
        if any(i in answer for i in phrase):
            continue  # the pointing words are the key's own
        cut |= {*phrase, name.left_edge.i - 1, name.right_edge.i + 1}
    return frozenset(cut)


def _name_beside(head: Token) -> Token | None:
    """Return the name a pointing phrase's head has set off by commas after it, or None: "the
    other one" ("the other team", "the latter") of "the", a pointing word and the head only,
    then ", T. b. gambiense," all proper nouns."""
    words = list(head.doc[head.left_edge.i : head.i + 1])
    if not words or words[0].lower_ != "the" or words[-1].i != head.i:
        return None
    if not any(w.lower_ in _POINTING for w in words) or len(words) > 3:
        return None
    if any(w.dep_ not in ("det", "amod") for w in words[:-1]):
        return None
    doc = head.doc
    for name in (c for c in head.children if c.dep_ == "appos"):
        start, end = name.left_edge.i, name.right_edge.i
        if start != head.i + 2 or end + 1 >= len(doc):
            continue  # the name straight after the phrase's comma
        if doc[head.i + 1].text != "," or doc[end + 1].text != ",":
            continue  # closed by a comma: else the phrase's clause runs on into the name
        if all(t.pos_ == "PROPN" for t in doc[start : end + 1]):
            return name
    return None
