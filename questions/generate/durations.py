"""Lengths of time: "took as long as six months to hatch", "incubate for 11 to 85 days",
"was about three months old", "erupted 12,000 years ago": which spans are lengths of time.

spaCy labels such a span DATE or TIME (a range now and then CARDINAL), and a DATE without a
month is no date to ask. A number counting a unit of time (WordNet's time unit or period, by
its commonest sense) is a length of time, its key the number and unit as written; the
questions that ask one are written in `durationwh`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.measures import DURATION_PREPS
from questions.generate.oneunit import ONES
from questions.generate.wordnet import senses

Span = Any
AGO = "ago"  # "12,000 years ago": how long before the article's time
OLD = "old"  # "two months old": an age
LASTING = "duration"  # "six months", "11 to 85 days": a length of time itself
SHAPES = frozenset({AGO, OLD, LASTING})
_TIME = ("time_unit", "time_period")
_LEVELS = 5  # "decade" sits a few kinds below WordNet's time period
# "the past three months", "every ten years", "the first two days": no length asked
_NOT_LENGTH = frozenset({"every", "each", "past", "last", "next", "first", "few", "several"})
# a length after a preposition: "for six days", "within a week", "in 30 minutes", "over ten
# years", "after two hours"; "at 101 minutes" is a time on a clock
_LENGTH_PREPS = DURATION_PREPS | frozenset({"over", "under", "than"})


@cache
def time_unit(lemma: str) -> bool:
    """Tell whether a noun's commonest sense is a unit or period of time ("month", "decade")."""
    targets = tuple(s for name in _TIME for s in senses(name)[:1])
    return is_kind_of(senses(lemma.lower())[:1], targets, _LEVELS)


def duration_shape(span: Span) -> tuple[int, int, str] | None:
    """Read a span as a length of time: the start and end of its number and unit ("11 to 85
    days" of "for 11 to 85 days") and its shape (AGO, OLD or LASTING), or None."""
    unit = next((t for t in span if _counted_unit(t) and time_unit(t.lemma_)), None)
    if unit is None or unit.dep_ in ("compound", "amod", "nmod"):
        return None  # "an eight year study": the size of a noun, no length asked alone
    numbers = [t for t in span if t.i < unit.i and t.like_num]
    if not numbers or numbers[-1].i != unit.i - 1 or not any(t.dep_ == "nummod" for t in numbers):
        return None
    if any(t.lower_ in _NOT_LENGTH or t.pos_ == "DET" for t in span):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children):
        return None  # "6,500 years of CPU time": an amount of work, not a time that passed
    if any(c.dep_ in ("relcl", "acl") for c in unit.children):
        return None  # "had one hour to repair …": a question dropping what it is for is another
    start = numbers[0].i
    if span.doc[start + 1 : unit.i].text not in ("", *_joined(span.doc, start, unit.i)):
        return None  # only "11 to 85", "65 million" between the first number and the unit
    if unit.dep_ == "pobj" and unit.head.lower_ not in _LENGTH_PREPS:
        return None  # "at 101 minutes", "on 12 minutes": a point on a match's clock
    tail = [t.lower_ for t in span if t.i > unit.i]
    shape = {(): LASTING, (AGO,): AGO, (OLD,): OLD}.get(tuple(tail))
    return None if shape is None else (start, unit.i + 1, shape)


def _counted_unit(token: Any) -> bool:
    """Tell whether a noun is counted by a number: plural ("27 minutes"), or singular after
    "one" or "1" where a length is said: after a length's preposition ("met for one hour")
    or as a verb's object ("had one hour to restart play"). "One day, a farmer found …",
    "One night the soldiers crossed …" open a story: a time it happened, no length."""
    if token.tag_ == "NNS":
        return True
    before = token.doc[token.i - 1] if token.i > 0 else None
    if token.tag_ != "NN" or before is None or before.lower_ not in ONES:
        return False
    return token.dep_ == "dobj" or (token.dep_ == "pobj" and token.head.lower_ in _LENGTH_PREPS)


def timed_word(token: Any) -> bool:
    """Tell whether a word is the "ago" or "old" that makes the length before it a time or
    an age of its clause ("erupted 12,000 years ago", "was two months old")."""
    said = (token.lower_, token.dep_)
    counted = any(c.dep_ == "npadvmod" and time_unit(c.lemma_) for c in token.children)
    return counted and said in ((AGO, "advmod"), (OLD, "acomp"))


def blank_ago(fact: Any, form: str) -> str | None:
    """Refuse a time "ago" asked with a blank: "Just over _____ ago, …" is counted from a
    day the reader is not told, where "How many years ago did …?" asks it as the article's."""
    return "a time ago left as a blank" if fact.subtype == AGO and form == "cloze" else None


def same_shape(subtype: str) -> str:
    """Return the shape a quantity is compared by: a plain length ("within 48 hours", read
    by `measures`, has no subtype) as LASTING, a time "ago" and an age as themselves."""
    return subtype if subtype in SHAPES else LASTING


def _joined(doc: Any, start: int, unit: int) -> tuple[str, ...]:
    """Return the words a figure may hold between its first number and its unit ("to 85",
    "million"), when each is a number or the "to" of a range."""
    words = doc[start + 1 : unit]
    ok = all(t.like_num or (t.lower_ == "to" and t.i > start) for t in words)
    return (words.text,) if ok else ()
