"""Where a fronted phrase goes in a wh-question: kept in front of a closing condition.

Split from `clauses` (which finds the clause and its fronted phrases).
"""

from __future__ import annotations

from typing import Any

Token = Any

# A condition's time is its own: "… if the broadcasts do not stop after the exchange of fire"
# ("as England won a corner kick in injury time" reads as the goal's time still).
_CONDITIONS = frozenset({"if", "unless", "until"})


def kept_in_front(
    lead: list[Any], moved: list[Token], rest: list[Any]
) -> tuple[list[Any], list[Token]]:
    """Keep a fronted phrase in front when the question would end in a clause of its own
    ("… would respond within 48 hours if the broadcasts do not stop"): moved after it, "after
    the exchange of fire" would seem to say when the broadcasts stop."""
    words = [t for t in rest if not isinstance(t, str) and not t.is_punct]
    if lead or not moved or not words:
        return lead, moved
    last = words[-1].i
    ends = any(
        t.dep_ == "advcl" and t.right_edge.i >= last and any(c.dep_ == "mark" and c.lower_ in
                                                             _CONDITIONS for c in t.children)
        for t in words
    )  # fmt: skip
    return ([*moved, ","], []) if ends else (lead, moved)
