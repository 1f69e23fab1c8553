"""A time phrase the parse hangs on a proper name dates the verb, not the name: "approved by
the City of Boston in 2012" asks when it was approved; a common noun's date stays its own."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts
from questions.generate.write import wh_question


def _ask(nlp: Any, text: str, answer: str) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem, _ = wh_question(sentence, fact, {})
    return stem.text if stem else None


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (  # the year hung on "Boston": the approval's
            "The plan was approved by the City of Boston in 2012.",
            "2012",
            "In which year was the plan approved by the City of Boston?",
        ),
        (  # a date hung on "Rotterdam": the signing's
            "The contract was signed by the Port of Rotterdam on May 4.",
            "May 4",
            "When was the contract signed by the Port of Rotterdam?",
        ),
    ],
)
def test_a_name_is_not_dated(nlp: Any, text: str, answer: str, question: str) -> None:
    """A player reads when the thing was done, with the name left whole in the question."""
    assert _ask(nlp, text, answer) == question


def test_a_common_noun_keeps_its_date(nlp: Any) -> None:
    """'The ruling of the High Court on March 3' is the ruling's date: no 'When did … surprise
    lawyers?', which would date the surprise."""
    text = "The ruling of the High Court on March 3 surprised many lawyers."
    assert _ask(nlp, text, "March 3") is None
