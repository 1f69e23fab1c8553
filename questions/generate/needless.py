"""The words a too-long question can do without, in the order it gives them up.

A wh-question longer than a reader (or a quiz poll) takes is asked again without the parts
a question does not need: a closing comment on the statement after a comma ("…, far longer
than expected"), then an example phrase ("dinosaurs [such as the iguanodon]"), then an
aside set off by commas ("the agency, [which runs the port],"). None holds the answer, a
number or a name: what makes the key the only right one and dates the statement stays.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from questions.generate.facts import Fact
from questions.generate.rank import Candidate
from questions.generate.stems import WH_CHARS, Stem, closing_reason, opening_clause

Token = Any
_SET_OFF = frozenset({",", "—", "–"})
# a degree word makes a closing phrase a judgement of the statement ("far longer than …")
_DEGREE = frozenset({"far", "much", "well", "even", "still", "way"})


def refused_long(stem: Stem) -> bool:
    """Tell whether a question fell back to a blank because its wh-form was too long: a
    blank over the wh-question's length."""
    return stem.form == "cloze" and len(stem.text) > WH_CHARS


def needless_words(sentence: Any, fact: Fact) -> list[frozenset[int]]:
    """Return the groups of words a too-long question may leave out, one group after another:
    a closing comment, example phrases, then asides set off by commas."""
    tokens = list(sentence)
    found = [_comment(tokens), _examples(tokens), _asides(tokens, fact)]
    return [g for g in found if g and not _needed(tokens, g, fact)]


def _needed(tokens: list[Token], group: frozenset[int], fact: Fact) -> bool:
    """Tell whether words hold the answer, a number or a name: the question needs them."""
    if any(fact.start <= i < fact.end for i in group):
        return True
    return any(t.i in group and (t.ent_type_ or t.like_num) for t in tokens)


def _comment(tokens: list[Token]) -> frozenset[int]:
    """Return a closing ", far longer than …" phrase judging the clause before it, with its
    comma: one phrase hanging from a verb, opening with a comparison ("longer than", "well
    above") the clause's verb is measured by."""
    end = len(tokens) - 1 if tokens[-1].is_punct else len(tokens)
    commas = [k for k in range(1, end) if tokens[k].text == ","]
    if not commas or commas[-1] + 2 >= end:
        return frozenset()
    k = commas[-1]
    phrase = tokens[k + 1 : end]
    heads = [t for t in phrase if not phrase[0].i <= t.head.i <= phrase[-1].i]
    if len(heads) != 1 or heads[0].head.pos_ not in ("VERB", "AUX"):
        return frozenset()
    first, second = phrase[0], phrase[1]
    degree = first.lower_ in _DEGREE
    compared = second if degree else first
    judging = compared.tag_ in ("JJR", "RBR") or (degree and compared.pos_ == "ADP")
    return frozenset(t.i for t in tokens[k:end]) if judging else frozenset()


def _examples(tokens: list[Token]) -> frozenset[int]:
    """Return the example phrases ("such as …", ", including …,"): the noun they follow
    says the statement's kind, the examples only show some of it."""
    cut: set[int] = set()
    for prep in tokens:
        if prep.dep_ != "prep" or not any(c.dep_ == "pobj" for c in prep.children):
            continue
        such = [c for c in prep.children if c.lower_ == "such" and c.i == prep.i - 1]
        if prep.lower_ == "as" and such:
            cut |= {such[0].i, *(t.i for t in prep.subtree)}
        elif prep.lower_ == "including":
            span = _set_off(tokens, prep.left_edge.i, prep.right_edge.i)
            cut |= span
    return frozenset(cut)


def _asides(tokens: list[Token], fact: Fact) -> frozenset[int]:
    """Return the appositives and "which"/"who" clauses set off by commas after a noun other
    than the answer ("the agency, which runs the port,"): the noun alone names the same."""
    key = {*range(fact.start, fact.end)}
    cut: set[int] = set()
    for aside in tokens:
        if aside.head.i in key or aside.head.pos_ not in ("NOUN", "PROPN"):
            continue
        relative = aside.dep_ == "relcl" and aside.left_edge.lower_ in ("which", "who")
        described = aside.dep_ == "appos" and aside.pos_ == "NOUN"
        if (relative or described) and not any(c.dep_ == "conj" for c in aside.children):
            cut |= _set_off(tokens, aside.left_edge.i, aside.right_edge.i)
    return frozenset(cut)


def _set_off(tokens: list[Token], first: int, last: int) -> set[int]:
    """Return a phrase set off by commas (or a comma and the sentence's end) with its commas,
    the sentence's closing mark kept: the clause around it reads whole; else nothing."""
    start = tokens[0].i
    before = first - start - 1
    after = last - start + 1
    if before < 1 or tokens[before].text not in _SET_OFF or after >= len(tokens):
        return set()
    if tokens[after].text not in _SET_OFF and not tokens[after].is_sent_end:
        return set()
    if tokens[after].text in _SET_OFF and tokens[after].text != tokens[before].text:
        return set()  # "— …," is no pair
    closing = 1 if tokens[after].text in _SET_OFF else 0
    return set(range(first - 1, last + 1 + closing))


def shortened(
    retry: Callable[[frozenset[int]], Candidate | None], sentence: Any, fact: Fact
) -> Candidate | None:
    """Ask again without each group of needless words in turn (the ones before cut too) and
    return the first wh-question that passes; None when every one fails."""
    cut: frozenset[int] = frozenset()
    for group in needless_words(sentence, fact):
        cut |= group
        candidate = retry(cut)
        if candidate is not None and candidate.stem.form == "wh":
            return candidate
    return None


def set_aside(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of an opening "While …," clause, a closing "because …" reason or a
    closing "while …" contrast that does not hold the answer: a question that cannot be
    situated, or leans on the aside's own pronoun, is asked again without it."""
    return (opening_clause(sentence, fact) or closing_reason(sentence, fact)
            or closing_contrast(sentence, fact))  # fmt: skip


# a clause that sets a contrast beside the statement: true without it
_CONTRAST = frozenset({"while", "whereas", "although", "though"})


def closing_contrast(sentence: Any, fact: Fact) -> frozenset[int]:
    """Return the words of a sentence's closing "while …" clause with its comma, when it does
    not hold the answer ("1,429,981 voted in favour … while 723,632 voted to keep it"): the
    statement is true without it, and its "it" would need the article to explain it."""
    words = list(sentence)  # read once: each token read from a span is built anew
    last = max((t.i for t in words if not t.is_punct), default=-1)
    for mark in words:
        clause = mark.head
        if mark.lower_ not in _CONTRAST or mark.dep_ != "mark" or clause.dep_ != "advcl":
            continue
        if clause.right_edge.i != last or mark.i != clause.left_edge.i or fact.end > mark.i:
            continue
        start = mark.i - 1 if mark.doc[mark.i - 1].text == "," else mark.i
        return frozenset(range(start, last + 1))
    return frozenset()
