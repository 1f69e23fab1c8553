"""Coordination: the conjuncts of "A, B and C", each conjunct's own words, and listing names."""

from __future__ import annotations

from typing import Any

Token = Any


def conjuncts(head: Token) -> list[Token]:
    """Return the heads of a coordination: "India and Pakistan" -> [India, Pakistan]."""
    out = [head]
    for child in head.children:
        if child.dep_ == "conj":
            out.extend(conjuncts(child))
    return out


def conjunct_tokens(conjunct: Token) -> list[Token]:
    """Return one conjunct's own words, without the coordination around it or its asides
    ("Thomas Sam, 42,": "Thomas Sam")."""
    cut = {t.i for c in conjunct.children if c.dep_ in ("conj", "cc", "punct", "appos")
           for t in c.subtree}  # fmt: skip
    return [t for t in conjunct.subtree if t.i not in cut]


def listing(names: list[str]) -> str:
    """Join names as English lists them: "A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
