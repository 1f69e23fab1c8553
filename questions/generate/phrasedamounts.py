"""Amounts listed each with a phrase of its own: one is the only answer, its item alone."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact

Token = Any
_AMOUNTS = frozenset({"money", "count", "quantity", "percent"})


def phrased_amount(fact: Fact, root: Token) -> bool:
    """Tell whether an amount is one item of a list of amounts each said with a phrase of
    its own ("$192 million in tax rebates for the rum industry, $148 million in tax cuts for
    …"): its phrase tells it from the rest, so it is the only right answer to its question,
    whichever item of the list it is."""
    items = _list_items(root)
    return fact.kind in _AMOUNTS and len(items) > 1 and all(_phrased(i) for i in items)


def _item(root: Token) -> Token:
    """Return the list item an amount stands in: itself, or the noun it counts when that
    noun is the item ("$100 million tax cuts to …")."""
    return root.head if root.dep_ == "nummod" and root.head.dep_ == "conj" else root


def _list_items(root: Token) -> list[Token]:
    """Return the items of the list an amount's item belongs to, the first one first."""
    top = _item(root)
    while top.dep_ == "conj":
        top = top.head
    items, todo = [], [top]
    while todo:
        item = todo.pop()
        items.append(item)
        todo.extend(c for c in item.children if c.dep_ == "conj")
    return sorted(items, key=lambda t: t.i)


def _phrased(item: Token) -> bool:
    """Tell whether a list item has a phrase of its own ("… in tax cuts for the wool …")."""
    return any(c.dep_ == "prep" for c in item.children)


def own_item(fact: Fact, tokens: list[Token]) -> list[Token]:
    """Return a sentence with only the answer's item of a list of phrased amounts
    (`phrased_amount`), the items before and after it cut; else the sentence as it is."""
    root = tokens[0].doc[fact.start : fact.end].root
    if not phrased_amount(fact, root):
        return tokens
    item = _item(root)
    top = _list_items(root)[0]
    keep = {t.i for t in item.subtree}
    for child in item.children:  # its followers and the commas and "and" before them
        if child.dep_ == "conj" or (child.dep_ in ("cc", "punct") and child.i > item.i):
            keep -= {t.i for t in child.subtree}
    listed = {t.i for t in top.subtree}
    return [t for t in tokens if t.i not in listed or t.i in keep]
