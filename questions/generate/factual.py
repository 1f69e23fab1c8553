"""Whether a key's clause states what was: not what would have been ("Seattle would have
been a perfect fit"), not one branch of "either … or" that holds under a condition."""

from __future__ import annotations

from typing import Any

from questions.generate.asides import kept_condition
from questions.generate.facts import Fact
from questions.generate.heads import verb_above

_UNREAL = frozenset({"would", "could", "might", "should"})


def counterfactual(sentence: Any, fact: Fact) -> str | None:
    """Say when the fact's clause is what would have been, not what was: "Seattle would have
    been a perfect fit" is a governor's wish, and "Which city would have been …?" (review 8)
    asks an opinion."""
    verb = verb_above(sentence.doc[fact.start : fact.end].root)
    helpers = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if helpers & _UNREAL and "have" in helpers:
        return f"'{sorted(helpers & _UNREAL)[0]} have {verb.text}': what was not"
    return None


def either_branch(sentence: Any, fact: Fact, stem: str = "") -> str | None:
    """Say why a key that is one branch of "either … or" is no fact: each branch holds under a
    condition ("by either 49 percent or by 27 percent, depending on the scenario"), and a
    question on one branch drops which (review 9) unless its `stem` keeps the other branch
    and the condition ("by either _____ or by 27 percent, depending on the scenario")."""
    if kept_condition(sentence, stem):
        return None
    for either in sentence:
        if either.lower_ != "either" or either.dep_ != "preconj":
            continue
        branch = next((t for t in sentence if t.i > either.i and t.lower_ == "or"), None)
        if branch is None or branch.dep_ != "cc":
            continue
        second = [c for c in branch.head.children if c.dep_ == "conj" and c.i > branch.i]
        end = second[0].right_edge.i if second else branch.i
        if either.i < fact.start and fact.end - 1 <= end:
            return f"'{fact.text}' is one branch of 'either … or'"
    return None
