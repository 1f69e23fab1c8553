"""Counts listed after the key's with their noun left out: "reported 45 people dead in
Nyanza, 12 in North Eastern Province and seven in Rift Valley".

The later counts borrow the first one's noun and verb. A wh-question on the first count
fronts it and leaves them stranded ("How many people dead in Nyanza have officials
reported, 12 in North Eastern Province and seven in …?"), so it is asked without them
(blind review 64); a cloze keeps the list as the article wrote it.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact

Span = Any
Token = Any


def gapped_counts(sentence: Span, fact: Fact, form: str) -> frozenset[int]:
    """Return the words of the counts listed after a wh-question's count that leave its noun
    out (", 12 in North Eastern Province and seven in …"), with the comma before them."""
    if form != "wh" or fact.kind != "count":
        return frozenset()
    doc = sentence.doc
    key = doc[fact.end - 1]
    if key.dep_ != "nummod" or key.head.i <= key.i:
        return frozenset()
    noun = key.head
    clause = noun.head
    first = next((t for t in sentence if t.i > noun.i and _bare_count(t, (noun, clause))), None)
    if first is None or not any(c.dep_ == "prep" for c in first.children):
        return frozenset()  # "12 in North Eastern Province": a count that says where it is
    words = {t.i for t in first.subtree}
    start, end = min(words), max(words) + 1
    if end < sentence.end and not doc[end].is_punct:
        # "…, two on a lower level and four that had been left in a car": a word right after
        # the list may be the last count's own, hung elsewhere by the parse; cut nothing
        return frozenset()
    if start > 0 and doc[start - 1].text in (",", ";"):
        start -= 1
    cut = frozenset(range(start, end))
    return frozenset() if any(fact.start <= i < fact.end for i in cut) else cut


def _bare_count(token: Token, heads: tuple[Token, Token]) -> bool:
    """Tell whether a token is a number standing for a count of a noun said before it: no
    noun of its own, hung on the first count's noun or verb."""
    if not token.like_num or token.dep_ == "nummod" or token.ent_type_ not in ("CARDINAL", ""):
        return False
    return any(token.head.i == h.i for h in heads)
