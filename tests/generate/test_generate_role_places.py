"""A definite place or service an act goes to by its role ("taken to the emergency department",
"handcuffed by the police") needs no earlier sentence to say which: the question is kept. A
definite the article told of before ("the plan", "the meeting", "the museum") still is a
reference the question never names."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts
from questions.generate.forms import write_form
from questions.generate.references import unresolved_reference
from questions.generate.services import known_by_role


def _asked(nlp: Any, text: str) -> tuple[str, str | None]:
    """Return the question on a sentence's person and what it leaves unnamed, if anything."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.kind == "person")
    stem, _ = write_form(sentence, fact, {}, None)
    assert stem is not None
    return stem.text, unresolved_reference(sentence, fact, stem.text)


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("Martin Kerr was rushed to the emergency department after a crash on Friday.",
         "Who was rushed to the emergency department after a crash on Friday?"),
        ("Olga Petrov was handcuffed by the police outside her home on Monday.",
         "Who was handcuffed by the police outside her home on Monday?"),
        ("Daniel Osei was driven to the hospital in an ambulance on Sunday.",
         "Who was driven to the hospital in an ambulance on Sunday?"),
    ],
)  # fmt: skip
def test_a_service_known_by_its_role_is_no_unnamed_reference(
    nlp: Any, text: str, question: str
) -> None:
    assert _asked(nlp, text) == (question, None)


@pytest.mark.parametrize(
    "text",
    [
        "Martin Kerr was rushed to the meeting after a crash on Friday.",
        "Olga Petrov was taken to the museum by bus on Monday.",
        "Daniel Osei objected to the plan in an interview on Sunday.",
        "Daniel Osei was driven to the new hospital in an ambulance on Sunday.",
    ],
)
def test_a_thing_the_article_told_of_still_needs_naming(nlp: Any, text: str) -> None:
    assert _asked(nlp, text)[1] is not None


def test_a_bank_or_a_charity_is_the_one_the_article_named(nlp: Any) -> None:
    # "lent … by the bank": the article's own bank (a code review), not any the scene has
    for noun in ("bank", "charity"):
        doc = nlp(f"The town was lent 90 million pounds by the {noun} in 2014.")
        head = next(t for t in doc if t.lower_ == noun)
        assert not known_by_role(head), noun
