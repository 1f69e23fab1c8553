"""A quotation cut from a question takes both its marks with it: "…, and remarked that "…"" or
"…, saying: "…"" left out leaves no lone closing mark, so the wh-question is still asked."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts
from questions.generate.write import wh_question


def _asked(nlp: Any, text: str, key: str) -> str | None:
    """Return the wh-question over `key` in a one-sentence text, or None."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    stem, _ = wh_question(sentence, fact, {})
    return None if stem is None else stem.text


@pytest.mark.parametrize(
    ("text", "key", "question"),
    [
        (  # an amount of change, the quoted remark joined after it
            "The minister has urged farmers to raise wheat output by 30 percent by 2040, and "
            'remarked that "Every field counts."',
            "30 percent",
            "By how much has the minister urged farmers to raise wheat output by 2040?",
        ),
        (  # a person thanked, the quotation said in a participle clause after
            'Mayor Ruth Dale thanked Colm Avery on Monday, saying: "What a day for the harbour."',
            "Colm Avery",
            "Who did Mayor Ruth Dale thank on Monday?",
        ),
    ],
)
def test_a_cut_quotation_leaves_no_lone_mark(nlp: Any, text: str, key: str, question: str) -> None:
    """The question drops the quotation whole, marks and all."""
    assert _asked(nlp, text, key) == question


def test_a_framing_phrase_owns_nothing(nlp: Any) -> None:
    """'On the subject of Norway, …' frames what follows: never "On which country's subject"."""
    text = (
        "On the subject of Norway, Ana Ruiz stated that the country had been a close partner, "
        'and that "the door stays open."'
    )
    asked = _asked(nlp, text, "Norway") or ""
    assert "'s subject" not in asked


def test_a_speaker_is_asked_with_all_they_said(nlp: Any) -> None:
    """'Who said the plan was late?' would drop the speaker's quoted second remark: their
    question shows all they said, or is not asked as a wh-question."""
    text = (
        'Councillor Ann Lee said the plan was late, and said it was "a shame that the council '
        'has waited so long."'
    )
    assert _asked(nlp, text, "Ann Lee") != "Who said the plan was late?"
