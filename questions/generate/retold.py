"""One fact asked twice: told again by a later sentence ("Georgia won … with a 30-0 victory
over Namibia" in the lead, "Georgia comfortably defeated Namibia 30-0" further down), or one
relation of two names asked from both ends ("Who met Uribe?" keyed Lula beside "Who did Lula
meet?" keyed Uribe). Each question shows the other's answer, so only the better is asked.

A fact is told by its key and a partner: another key of its sentence the question shows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from questions.generate.facts import Fact
from questions.generate.sentencepairs import NAMES, both_ends, shows
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.rank import Candidate

# A figure pins down one event: a name with the same figure in another sentence tells it again
# ("30-0" beside "Georgia"), where two names ("the United States", "New Zealand") may meet in
# several events of one story.
FIGURES = frozenset(
    {
        "count", "money", "percent", "quantity", "date", "year", "magnitude", "score",
        "number", "fraction", "frequency", "level",
    }
)  # fmt: skip
SentenceKeys = dict[int, dict[str, Fact]]  # a sentence's keys, folded, and their facts


def sentence_keys(candidates: Sequence[Candidate]) -> SentenceKeys:
    """Return each sentence's keys (folded) with their facts, from every candidate asked."""
    out: SentenceKeys = {}
    for candidate in candidates:
        keys = out.setdefault(candidate.fact.sentence, {})
        keys.setdefault(normalise(candidate.fact.text), candidate.fact)
    return out


def _line(candidate: Candidate) -> str:
    """Return a question's own line, not the headline above it."""
    return candidate.stem.text.split("\n")[-1]


def _partners(candidate: Candidate, keys: SentenceKeys) -> dict[str, Fact]:
    """Return the other keys of a question's sentence its own line shows, with their facts."""
    key = normalise(candidate.fact.text)
    return {
        text: fact
        for text, fact in keys.get(candidate.fact.sentence, {}).items()
        if text != key
        and shows(text, _line(candidate))
        and not shows(text, key)
        and not shows(key, text)
    }


def _tells(one: Candidate, other: Candidate, keys: SentenceKeys) -> bool:
    """Tell whether `other` asks the fact `one` tells by its key and a partner it shows."""
    mine, theirs = normalise(one.fact.text), normalise(other.fact.text)
    apart = one.fact.sentence != other.fact.sentence
    if not apart:  # a sentence's slots, unless two wh-questions of names: "Who met Uribe?"
        return both_ends(one, other)
    for partner, fact in _partners(one, keys).items():
        if partner == theirs and shows(mine, _line(other)):  # asked from both ends
            if {one.fact.kind, other.fact.kind} <= NAMES:
                return True
            if fact.kind in FIGURES and _one_figure(fact, other.fact):
                return True  # "Georgia" beside "30-0", "30-0" beside "Georgia"
        elif mine == theirs and fact.kind in FIGURES:
            told = _partners(other, keys).values()
            if any(_one_figure(fact, f) for f in told):
                return True  # told again: "Georgia" beside "30-0" in the lead and further down
    return False


def _one_figure(one: Fact, other: Fact) -> bool:
    """Tell whether two figures of two sentences are one: the same number of the same thing
    ("three suggestions" is not the "three forces")."""
    return (
        normalise(one.text) == normalise(other.text)
        and one.kind == other.kind
        and one.unit == other.unit
    )


def same_fact(one: Candidate, other: Candidate, keys: SentenceKeys) -> bool:
    """Tell whether two questions ask one fact: the same key and partner in two sentences with
    a figure between them, or two names each keyed where the other is shown."""
    return _tells(one, other, keys) or _tells(other, one, keys)
