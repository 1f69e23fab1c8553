"""The dummy "it" of "it took ten years to …": a subject that stands for nothing."""

from __future__ import annotations

from typing import Any

Span = Any
# "it took 100 years for women to go …", "it takes courage to speak": the verb's clause is
# an infinitive said after it, and "it" only holds the subject's place
_CLAUSES = frozenset({"xcomp", "advcl", "ccomp"})


def infinitive(verb: Span) -> Span | None:
    """Return the infinitive clause ("to go …") a verb has said after it, or None."""
    for c in verb.children:
        if c.dep_ in _CLAUSES and c.i > verb.i and any(a.lower_ == "to" for a in c.children):
            return c
    return None


def dummy_it(token: Span) -> bool:
    """Tell whether an "it" names nothing: parsed as an expletive, or the subject of "take"
    with an infinitive after it ("it took 35 years to go from six children to three"); a
    second "it took …" of the same sentence repeats the frame with its infinitive left out
    ("while it took 100 years for … to go …, it took India only 35 years")."""
    if token.lower_ != "it":
        return False
    if token.dep_ == "expl":
        return True
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_ != "take":
        return False
    if infinitive(verb) is not None:
        return True
    frames = (t for t in token.sent if t.lower_ == "it" and t.dep_ == "nsubj" and t.i != token.i)
    return any(t.head.lemma_ == "take" and infinitive(t.head) is not None for t in frames)
