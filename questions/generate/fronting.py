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
    # "… his then-girlfriend Julie Couillard who had ties to the biker gang in May": after a
    # relative clause the phrase would seem to date the relative's own verb
    ends = ends or any(t.dep_ == "relcl" and t.right_edge.i >= last for t in words)
    return ([*moved, ","], []) if ends else (lead, moved)


def comment_for(before: list[Token]) -> set[int]:
    """Return the words of a "for" phrase that an opening adverb governs in sense, whatever
    the parse hangs it on ("Unfortunately for the Panthers, Miller forced …"): it says whom
    the comment concerns, and dropped with the adverb it is no phrase of the verb's ("Who
    forced Newton to fumble … for the Panthers?" reads as Miller playing for them)."""
    out: set[int] = set()
    for token in before:
        adverb = token.doc[token.i - 1] if token.i > 0 else None
        if token.lower_ != "for" or adverb is None or adverb.pos_ != "ADV":
            continue
        after = token.right_edge.i + 1
        if adverb.dep_ == "advmod" and after < len(token.doc) and token.doc[after].text == ",":
            out.update(t.i for t in token.subtree)
    return out


def _date_phrase(token: Token) -> bool:
    """Tell whether a verb's modifier is a date ("last year", "in 2024") and nothing more: a
    code review found "To how many euros over the same period before the drop in demand did
    prices rise …?", a span with a clause of its own fronted as if it dated the amount."""
    words = [t for t in token.subtree if t.i != token.i or token.dep_ != "prep"]
    if not all(t.ent_type_ == "DATE" for t in words):
        return False
    if token.ent_type_ == "DATE":
        return True
    return token.dep_ == "prep" and any(c.ent_type_ == "DATE" for c in token.children)


def changed_amount_date(prep: Any, verb: Token) -> list[Token]:
    """Return the date right after one end of a change ("rose from 2.4 million euros last
    year to 2.6 million euros this year"): fronted without it, "From how many euros did …
    rise in 2024 to …?" dates the wrong end, so the date goes with its amount."""
    if prep is None or not hasattr(prep, "dep_") or prep.lower_ not in ("from", "to"):
        return []
    ends = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if not {"from", "to"} <= ends:
        return []
    after = prep.right_edge.i + 1
    return next(
        (list(c.subtree) for c in verb.children
         if c.left_edge.i == after and c.i != prep.i and _date_phrase(c)),
        [],
    )  # fmt: skip
