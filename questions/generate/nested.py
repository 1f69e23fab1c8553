"""Which noun a relative clause is about, when the parse's answer may be the wrong one.

"a new metro line linking the airport to the city center, which is expected to cost 1.1
billion euros": the model hangs the clause on the nearest noun ("center"), but the line is
what costs it. A noun inside a modifier of another noun (its prepositional phrase, its
participle's object) leaves the reader, and the question, two candidates: refused.
"""

from __future__ import annotations

from typing import Any

Token = Any
# The links from a noun up to the noun its phrase modifies: "to [the center]" of "linking",
# "linking …" of "line", "of [the Council]" of "the meeting".
_MODIFIER_LINKS = frozenset({"pobj", "prep", "dobj", "acl", "compound", "conj", "pcomp"})
_NOUNS = frozenset({"NOUN", "PROPN"})


def nested_antecedent(verb: Token) -> bool:
    """Tell whether a relative clause hangs on a noun that sits inside a modifier of another
    noun ("the line linking the airport to the city center, which …"): either may be meant.
    Only a clause after a comma: one that follows its noun straight away defines it."""
    before = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    if before is None or before.text != ",":
        return False  # "an aftershock yesterday which left six dead": defines its noun
    token = verb.head
    while token.dep_ in _MODIFIER_LINKS and token.head.i != token.i:
        token = token.head
        if token.pos_ in _NOUNS:
            return True
    return False
