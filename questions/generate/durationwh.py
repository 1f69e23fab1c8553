"""Questions for a length of time: "How many years ago did the volcano erupt?", "About how
old was the skeleton?", "Up to how many months did the shells take to crack open?".

A time "ago" or an age is asked as its time first ("When did the volcano erupt?", the "ago"
and "old" left out), then the "when" said as the length it is; a length bounded by "as long
as" keeps its bound as "up to". A plain length is the general wh-question's ("how many days").
"""

from __future__ import annotations

from dataclasses import replace as changed
from typing import Any

from questions.generate.bounds import bound_before, bounded_wh
from questions.generate.countwh import HEDGES
from questions.generate.durations import AGO, LASTING, SHAPES, time_unit
from questions.generate.facts import Fact
from questions.generate.stems import Stem
from questions.generate.write import wh_question

Span = Any
DURATION_RULE = "rule:quantity-duration"
# "as long as six months": a bound the question says as "up to"
_AS_LONG_AS = ("as", "long", "as")


def as_long_as(doc: Any, start: int) -> list[int]:
    """Return the words of "as long as" right before a length, else none."""
    words = doc[max(0, start - 3) : start]
    return [t.i for t in words] if tuple(t.lower_ for t in words) == _AS_LONG_AS else []


def duration_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "How many years ago did …?" for a time "ago", "How old was …?" for an age, and
    "Up to how many months did … take …?" for a length bounded by "as long as"; else None
    (the general wh-question asks a plain length "how many months")."""
    if fact.kind != "quantity" or fact.subtype not in SHAPES:
        return None
    doc = sentence.doc
    unit = doc[fact.end - 1]
    bound = bound_before(doc, fact.start)  # "more than 45 years ago"
    before = doc[fact.start - 1] if fact.start > 0 else None
    rounded = bound is None and before is not None and before.lower_ in HEDGES  # "about"
    if fact.subtype == LASTING:
        words = as_long_as(doc, fact.start)
        if not words or any(c.dep_ in ("relcl", "acl") for c in unit.children):
            return None  # "took … six months to hatch" parsed as months "to hatch": cut off
        # "as long as" is left out, with the number when the parse hangs it there, else
        # only its last "as"
        for first in (words[0], words[-1]):
            bounded = changed(fact, start=first)
            stem, _ = wh_question(sentence, bounded, {**replace, **dict.fromkeys(words, "")})
            if stem is not None and stem.text.startswith("How many "):
                return _alone(f"Up to h{stem.text[1:]}", sentence, fact)
        return None
    if fact.end >= len(doc) or doc[fact.end].lower_ != fact.subtype:
        return None
    if bound and fact.subtype != AGO:
        return None  # "more than two months old": no "more than how old"
    # the whole "more than 45 years ago" asked as its time: "When did …?"
    start = fact.start - (len(bound.split()) if bound else int(rounded))
    dated = changed(fact, start=start, end=fact.end + 1, kind="date", subtype="")
    stem, _ = wh_question(sentence, dated, replace)
    if stem is None or not stem.text.startswith("When "):
        return None
    wh = f"how many {unit.lower_} ago" if fact.subtype == AGO else "how old"
    wh = bounded_wh(wh, doc, fact.start) if bound else wh  # "more than how many years ago"
    wh = f"{before.lower_} {wh}" if rounded and before is not None else wh  # "about how old"
    rest = stem.text.removeprefix("When ")
    return _alone(f"{wh[:1].upper()}{wh[1:]} {rest}", sentence, fact)


def _alone(text: str, sentence: Span, fact: Fact) -> Stem | None:
    """Return the question unless it states another length of time of the sentence ("About
    how old was the embryo the other about six months?": a second clause the parse hung on
    the first, its own age beside it)."""
    for unit in sentence:
        counted = [c for c in unit.children if c.dep_ == "nummod"]
        if fact.start <= unit.i < fact.end or not counted or not time_unit(unit.lemma_):
            continue
        if f" {sentence.doc[counted[0].i : unit.i + 1].text.lower()}" in text.lower():
            return None
    return Stem(text, "wh", DURATION_RULE)
