"""One end of a span is no question: "support ranging from Obama to Zuckerberg" is never "To
whom did Mohamed receive support ranging from Obama?" (blind review 14, a held-out article)."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.write import wh_question


def _asked(nlp: Any, text: str, answer: str) -> tuple[str | None, str]:
    """Write the wh-question whose key is `answer` in a one-sentence text, and why not."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, why = wh_question(sentence, fact, {})
    return (stem.text if stem else None), why


def test_one_end_of_a_span_is_not_asked(nlp: Any) -> None:
    text = ("Mohamed received support online ranging from US President Barack Obama to "
            "Facebook creator Mark Zuckerberg.")  # fmt: skip
    assert _asked(nlp, text, "Mark Zuckerberg")[0] is None


def test_a_move_from_one_place_to_another_is_still_asked(nlp: Any) -> None:
    text = "The company moved its headquarters from London to Paris in 2019."
    assert _asked(nlp, text, "Paris")[0] == (
        "To which city did the company move its headquarters from London in 2019?"
    )
