"""A past date under a present perfect dates a noun, not the verb: "has grown from a single
weekend concert in 1995" is no "In which year has the festival grown …?"."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.write import wh_question


def _ask(nlp: Any, text: str, answer: str) -> tuple[str | None, str]:
    """Write the wh-question whose key is `answer` in a one-sentence text, and why not."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, why = wh_question(sentence, fact, {})
    return (stem.text if stem else None), why


def test_a_present_perfect_is_not_asked_when(nlp: Any) -> None:
    text = "The Bergen festival has grown from a single weekend concert in 1995."
    assert _ask(nlp, text, "1995") == (None, "a past date under a present perfect")


def test_a_simple_past_and_since_are_still_asked(nlp: Any) -> None:
    past = _ask(nlp, "The Bergen festival began as a single weekend concert in 1995.", "1995")
    assert past[0] == "In which year did the Bergen festival begin as a single weekend concert?"
    since = _ask(nlp, "The festival has been held in Bergen since 1995.", "1995")
    assert since[0] == "Since which year has the festival been held in Bergen?"
