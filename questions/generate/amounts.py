"""When an amount key is one answer though its sentence is negated or lists other things.

"The $110 billion in tax breaks … is not offset by any increases" asks the size of one sum
the article names by its own phrase; the "not" says something of that sum, it opens no
other right answer. "Forget about the $700 billion and concerns they may have" lists the
amount with things that are no amounts: it is the list's only amount.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact

_AMOUNT_KINDS = frozenset({"money", "quantity", "percent"})  # not counts: "two of …" shares
_OWN_PHRASE = frozenset({"in", "of", "for"})  # "the $110 billion in tax breaks"
_NEGATIONS = frozenset({"not", "never", "n't", "no", "neither", "nor"})
_NUMBER_LABELS = frozenset({"MONEY", "QUANTITY", "PERCENT", "CARDINAL"})


def defined_amount(sentence: Any, fact: Fact) -> bool:
    """Tell whether an amount key is a definite sum named by its own phrase ("the $110
    billion in tax breaks") and every negation of its sentence comes after it: the sentence
    says what is not so of that one sum, so no other amount answers "the _____ in …"."""
    if fact.kind not in _AMOUNT_KINDS:
        return False
    doc = sentence.doc
    if fact.start <= sentence.start or fact.end >= sentence.end:
        return False
    if doc[fact.start - 1].lower_ != "the" or doc[fact.end].lower_ not in _OWN_PHRASE:
        return False
    negations = [t.i for t in sentence if t.lower_ in _NEGATIONS]
    return bool(negations) and min(negations) > fact.end


def only_amount_listed(sentence: Any, fact: Fact) -> bool:
    """Tell whether an amount key heads a list that holds no other amount ("the $700
    billion and concerns they may have"): its other items are things, none an answer."""
    if fact.kind not in _AMOUNT_KINDS:
        return False
    root = sentence.doc[fact.start : fact.end].root
    if root.dep_ == "conj":  # "won the championship and $50,000": a later item
        others = [item for item in root.conjuncts if item.i != root.i]
        return bool(others) and not any(_numeric(item, own=True) for item in others)
    others = [c for c in root.children if c.dep_ == "conj"]
    return bool(others) and not any(_numeric(item) for item in others)


def _numeric(item: Any, own: bool = False) -> bool:
    """Tell whether a list item says a number or an amount ("$148 million", "two cuts");
    `own`: by its own words only, not the items coordinated under it."""
    later = {t.i for c in item.children if own and c.dep_ in ("conj", "cc") for t in c.subtree}
    return any(t.like_num or t.ent_type_ in _NUMBER_LABELS for t in item.subtree
               if t.i not in later)  # fmt: skip
