"""A resolved date between a verb of saying and a clause with no "that" ("told reporters
today repairs will begin") reads run together once the day is a full date: "told reporters
on March 13, 2019 repairs will begin", or "announced on May 26, 2018 66.4% of voters …".
English then says the "that" the news left out."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import DAY_WORDS

Span = Any
Token = Any
_SUBJECTS = ("nsubj", "nsubjpass", "expl", "csubj")


def _dated(token: Token) -> bool:
    """Tell whether a token is a date's, whose replacement is a resolved date."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ in DAY_WORDS


def _thatless_clause(first: Token, verb: Token) -> bool:
    """Tell whether `first` starts a clause of `verb` that has a subject and no "that"."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.left_edge.i != first.i or clause.i < first.i:
            continue
        marked = any(c.dep_ == "mark" for c in clause.children)
        subject = any(c.dep_ in _SUBJECTS for c in clause.children)
        return subject and not marked
    return False


def said_that(sentence: Span, replace: dict[int, str]) -> None:
    """Add "that" after a resolved date that runs into a that-less clause of its verb."""
    doc = sentence.doc
    for i, said in sorted(replace.items()):
        token = doc[i]
        if not said or not _dated(token):
            continue
        last = i
        while last + 1 in replace and last + 1 < sentence.end and not replace[last + 1]:
            last += 1
        if last + 1 >= sentence.end:
            continue
        # "told reporters [today] psychiatric assessments will be …": the date is the verb's
        verb = token.head
        if (
            token.dep_ in ("npadvmod", "advmod")
            and verb.i < token.i
            and _thatless_clause(doc[last + 1], verb)
        ):
            replace[i] = f"{said} that"  # the run's other words are said by its first
            continue
        # the parse put the date inside the clause it opens ("[today] medical checks will
        # be made", "[today] repairs"): read after the verb, it is the telling's day, and it
        # keeps its "on"
        clause = _opened_clause(token)
        if clause is not None and clause.head.i < i and _thatless_clause(token, clause.head):
            on = said if said.split(" ", 1)[0] in ("on", "in", "at") else f"on {said}"
            replace[i] = f"{on} that"


def _opened_clause(token: Token) -> Token | None:
    """Return the clause of a verb's complement that a token opens, if any."""
    node = token
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.left_edge.i != token.i:
        return None
    return node
