"""Stage 4g: "At what age did Gloria develop severe eczema?" for "… at the age of four months".

The age is a phrase inside a noun ("the age of …"), so no plain wh-question reaches it; asked
as the time it was ("When did Gloria develop severe eczema?") the question would take a date
for an answer. The clause is inverted as for that time and asked "at what age".
"""

from __future__ import annotations

from dataclasses import replace as changed
from typing import Any

from questions.generate.facts import Fact
from questions.generate.measures import aged_at
from questions.generate.write import Stem, wh_question

Span = Any
AGE_AT_RULE = "rule:quantity-age"


def age_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "At what age did …?" for an age "at the age of" says, or None."""
    if fact.kind != "quantity":
        return None
    at = aged_at(sentence.doc[fact.start : fact.end].root)
    if at is None:
        return None
    phrase = changed(fact, start=at.i + 1, end=fact.end, kind="date")  # "the age of …"
    stem, _ = wh_question(sentence, phrase, replace)
    if stem is None or not stem.text.startswith("When "):
        return None
    return Stem("At what age " + stem.text.removeprefix("When "), "wh", AGE_AT_RULE)
