"""A reporting clause after what it reports, written with no comma before it.

"Conditions are desperate aid workers said." reads as "desperate aid workers" until its last
word: the article left out the comma that sets the source off ("…, aid workers said"). The
parse tells it apart: the reporting verb ("say", "report") ends the sentence, and the clause
before its subject is that verb's complement. A question copying the sentence writes the
comma the article left out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.clauses import REPORTING, SUBJECT

Token = Any
_REPORTED = frozenset({"ccomp", "parataxis"})  # the clause the verb reports
_PREDICATE = frozenset({"acomp", "attr", "oprd", "prep", "ccomp", "xcomp"})


def unmarked_source(tokens: Sequence[Token], replace: Mapping[int, str]) -> dict[int, str]:
    """Return the first word of a closing reporting clause ("aid workers said") that no mark
    parts from the clause it reports, said with the comma it lacks (", aid"); nothing when
    the sentence ends otherwise or the mark is there."""
    words = [t for t in tokens if not t.is_punct]
    # the verb whose phrase ends the sentence ("… aid workers said on Friday.")
    verb = next((t for t in reversed(words) if t.lemma_ in REPORTING and t.pos_ == "VERB"
                 and words[-1] in t.subtree), None)  # fmt: skip
    if verb is None:
        return {}
    subject = next((c for c in verb.children if c.dep_ in SUBJECT), None)
    reported = [c for c in verb.children if c.dep_ in _REPORTED]
    if subject is None or not reported or subject.i < reported[-1].i:
        return {}  # "Aid workers said conditions are desperate": in order
    clause = reported[-1]
    if clause.right_edge.i != min(subject.left_edge.i, verb.i) - 1:
        return {}  # the reported clause must run up to the source
    start = min(_source_start(subject, clause), verb.i)  # "… aid workers said", "… said X"
    before = tokens[0].doc[start - 1]
    if before.is_punct or before.is_quote:
        return {}
    said = replace.get(start, tokens[0].doc[start].text)
    return {start: f", {said}"} if said else {}


def _source_start(subject: Token, clause: Token) -> int:
    """Return where the source's phrase starts: a reported "are" left with no predicate
    ("conditions are desperate aid workers said", parsed "desperate aid workers") has its
    adjective taken into the source's phrase, and gets it back."""
    start: int = subject.left_edge.i
    copula = clause.lemma_ == "be" and not any(c.dep_ in _PREDICATE for c in clause.rights)
    if not copula:
        return start
    # the adjective leading the phrase, on whichever of its nouns the parse hung it: the
    # copula's one predicate ("are short, local officials said"); any after it are the source's
    first = next((w for w in subject.subtree if w.dep_ == "amod" and w.left_edge.i == start), None)
    return first.right_edge.i + 1 if first is not None and first.i < subject.i else start
