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


def comma_runs(sentence: Any) -> list[list[Token]]:
    """Return the runs of a head's children of one relation, each next to the last with only
    a comma between ("7-6, 4-6, 7-6": three of the verb's npadvmod children)."""
    runs: list[list[Token]] = []
    for head in sentence:
        run: list[Token] = []
        for kid in head.children:
            if kid.dep_ in ("punct", "cc", "conj"):
                continue
            last = run[-1] if run else None
            between = sentence.doc[own_end(last) + 1 : kid.left_edge.i] if last else []
            if last is not None and kid.dep_ == last.dep_ and [t.text for t in between] == [","]:
                run.append(kid)
                continue
            if len(run) > 1:
                runs.append(run)
            run = [kid]
        if len(run) > 1:
            runs.append(run)
    return runs


def own_end(token: Token) -> int:
    """Return the index of a phrase's last word, without the punctuation it carries."""
    return int(max(t.i for t in token.subtree if not t.is_punct or t.i == token.i))
