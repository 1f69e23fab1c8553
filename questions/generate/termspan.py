"""A term said with its end or start year: "will hold the post for five years until the next
election in 2011".

Under an article dated 2006, a question on the year that keeps "for five years" lets a player
add, and one on the span that keeps "in 2011" lets them subtract: the options the sum does
not give ("eight years", "2008") are struck out by the stem itself. The question on one is
asked without the other's phrase; where that phrase cannot be left out, it is not asked.
"""

from __future__ import annotations

from typing import Any

from questions.generate.dates import YEAR
from questions.generate.facts import Fact
from questions.generate.references import said_in_stem

Span = Any
Token = Any
_UNITS = frozenset({"year", "decade", "century"})  # spans a year's number counts in
# the words tying a year to a span's end or start: "until 2011", "since 2006", "from …"
_BOUNDS = frozenset({"until", "till", "through", "from", "since", "to", "between"})
_BOUND_VERBS = frozenset({"start", "begin", "end", "expire", "run", "last"})
_LASTING = frozenset({"for", "over", "during", "within"})  # "for five years": how long


def _clause(token: Token) -> Token:
    """Return the verb a word hangs on (the sentence's root where none comes first)."""
    for above in token.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above
    return token.sent.root


def _span_unit(sentence: Span) -> list[Token]:
    """Return the unit words of each counted span of years a verb lasts ("years" of "hold it
    for five years"); not an age ("aged 8–10 years") or a time ago."""
    return [
        t
        for t in sentence
        if t.lemma_.lower() in _UNITS
        and any(c.dep_ == "nummod" for c in t.children)
        and (
            (t.dep_ == "npadvmod" and t.head.pos_ in ("VERB", "AUX"))
            or (
                t.dep_ == "pobj"
                and t.head.lower_ in _LASTING
                and t.head.head.pos_ in ("VERB", "AUX")
            )
        )
    ]


def _bound(year: Token, verb: Token) -> Token | None:
    """Return the word between a year and its verb that makes it a span's end or start
    ("until" of "until the next election in 2011"), or None."""
    for above in year.ancestors:
        if above.lower_ in _BOUNDS or above.lemma_.lower() in _BOUND_VERBS:
            return above  # "his term ends in 2011": the verb itself may say so
        if above.i == verb.i:
            return None
    return None


def _phrase(word: Token) -> frozenset[int]:
    """Return a phrase's words: its preposition's whole subtree ("for five years")."""
    head = word.head if word.head.dep_ == "prep" and word.dep_ == "pobj" else word
    return frozenset(t.i for t in head.subtree)


def term_pair(sentence: Span, fact: Fact) -> tuple[frozenset[int], frozenset[int]] | None:
    """Return the words of a term's span and of the year it ends or starts at, said of one
    verb, when the fact is one of them; or None."""
    answer = range(fact.start, fact.end)
    units = _span_unit(sentence)
    # the years matter only beside a span's unit: most sentences have none to read them for
    years = [t for t in sentence if YEAR.fullmatch(t.text)] if units else []
    for unit in units:
        verb = _clause(unit)
        for year in years:
            bound = _bound(year, verb)
            if bound is None or _clause(bound).i != verb.i:
                continue
            span, end = _phrase(unit), frozenset(t.i for t in bound.subtree)
            if span & end:
                continue
            if year.i in answer or unit.i in answer:
                return span, end
    return None


def term_cut(sentence: Span, fact: Fact) -> frozenset[int]:
    """Return the other half of a term's pair for the question to leave out: the span for a
    year's question, the year's phrase for a span's; none where the answer is in both."""
    pair = term_pair(sentence, fact)
    if pair is None:
        return frozenset()
    span, end = pair
    answer = set(range(fact.start, fact.end))
    other = end if answer <= span else span if answer <= end else frozenset()
    return frozenset() if other & answer else other


def term_shown(sentence: Span, fact: Fact, stem: str) -> str | None:
    """Refuse a question on a term's span or its end year that still shows the other: the
    sum gives the key and strikes out the options."""
    pair = term_pair(sentence, fact)
    if pair is None:
        return None
    answer = set(range(fact.start, fact.end))
    for half in pair:
        if answer & half:
            continue
        words = [t.text for t in sentence.doc[min(half) : max(half) + 1] if t.like_num]
        if words and all(said_in_stem([w], stem) for w in words):
            return "the stem says the term's other end: the sum gives the key"
    return None
