"""The "Nth year that" construction: "This is the ninth consecutive year that he has attended
the summit since 2013" says he has attended it each year since 2013, and the clause is asked
on its own ("Since which year has he attended the summit?").

Only a period counts ("the ninth year", a date to the parse): the clause held through each of
them. "The second time that the company has moved since 1990" counts moves, and "Since which
year has the company moved?" would say it never stopped; "the first year that …" says the
clause only now began to hold.

A date the clause runs "since" needs a run: "the third year that Ferrari has won the title
since 2010" may be three wins in twelve years, and "Since which year has Ferrari won the
title?" would say it won every year. Only "consecutive", "straight", "running" or "in a row"
say the years followed one another.
"""

from __future__ import annotations

from typing import Any

from questions.generate.variants import ordinal_words

Token = Any
_RUN = frozenset({"consecutive", "straight", "running"})  # "the ninth consecutive year"


def nth_year_clause(verb: Token) -> bool:
    """Tell whether a relative clause is what "This is the Nth year that …" says has held
    for N periods (N of two or more): its statement stands as a sentence of its own."""
    noun = verb.head
    in_a_row = _in_a_row(noun)
    noun = noun.head.head if in_a_row else noun  # "the third year in a row that …"
    if verb.dep_ != "relcl" or noun.dep_ != "attr" or noun.head.lemma_ != "be":
        return False
    if noun.ent_type_ != "DATE":  # "the second time": occasions, not a period
        return False
    pointer = [c for c in noun.head.children if c.dep_ == "nsubj"]
    if not pointer or pointer[0].tag_ not in ("PRP", "DT"):  # "This is …", "It was …"
        return False
    if verb.left_edge.dep_ == "prep":
        return False  # "the year in which …": a preposition the clause would lose
    ranks = [ordinal_words().get(c.lower_, 0) for c in noun.children if c.dep_ == "amod"]
    run = in_a_row or any(c.dep_ == "amod" and c.lower_ in _RUN for c in noun.children)
    if not run and any(t.lower_ == "since" for t in verb.subtree):
        return False  # "the third year that … since 2010": three wins, not a run since then
    return any(rank >= 2 for rank in ranks)


def _in_a_row(noun: Token) -> bool:
    """Tell whether a relative clause's head is the "row" of "the third year in a row": the
    parse hangs the clause on it, and it says the years ran one after another."""
    prep = noun.head
    dets = [c.lower_ for c in noun.children if c.dep_ == "det"]
    return noun.lower_ == "row" and noun.dep_ == "pobj" and prep.lower_ == "in" and dets == ["a"]
