"""A named person's side or office: "Tom Hale from which party lost his seat?" asked in
place inside the subject, and "Of which party was Maria Lopez the leader?" from the
apposition that gives the office."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts
from questions.generate.inner import inner_question
from questions.generate.officeof import office_question


def _asked(nlp: Any, ask: Any, text: str, answer: str) -> str | None:
    """Return the question `ask` writes for `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem = ask(sentence, fact, {})
    return stem.text if stem else None


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "Veteran senator Tom Hale from the Green Party lost his seat in the northern district.",
            "Green Party",
            "Veteran senator Tom Hale from which party lost his seat in the northern district?",
        ),
    ],
)
def test_a_subjects_side_is_asked_in_place(nlp: Any, text: str, answer: str, question: str) -> None:
    assert _asked(nlp, inner_question, text, answer) == question


@pytest.mark.parametrize(
    ("text", "answer"),
    [  # one of a list; a country, whose question would outrank the deed's "Who …?"
        ("Tom Hale of the Green Party and Ann Roe of the Red Party lost seats.", "Green Party"),
        ("Maria Lopez of Spain set a world record in the 400 metres on Sunday.", "Spain"),
    ],
)
def test_other_sides_are_not_asked(nlp: Any, text: str, answer: str) -> None:
    assert _asked(nlp, inner_question, text, answer) is None


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "Robert Miller, chairman of the National Water Board, told reporters the dam was safe.",
            "National Water Board",
            "Of which board was Robert Miller the chairman?",
        ),
        (
            "Anna Berg, the Prime Minister of Norway, said the talks would resume.",
            "Norway",
            "Of which country was Anna Berg the Prime Minister?",
        ),
        (
            "Maria Lopez, the former governor of Texas, was sentenced on Friday.",
            "Texas",
            "Of which state was Maria Lopez the former governor?",
        ),
    ],
)
def test_an_apposed_office_is_asked_by_its_body(
    nlp: Any, text: str, answer: str, question: str
) -> None:
    assert _asked(nlp, office_question, text, answer) == question


@pytest.mark.parametrize(
    ("text", "answer"),
    [  # one of many; two offices; a place inside another place's phrase; no office
        ("Maria Lopez, a member of the Green Party, was elected on Sunday.", "Green Party"),
        ("Maria Lopez, a member of the Green Party and a teacher, was elected.", "Green Party"),
        ("Maria Lopez, mayor of the Polish city of Gdansk, was stabbed on Sunday.", "Gdansk"),
        # one of a body's many, with no "a" to say so: "Of which party was she the member?"
        ("Maria Lopez, member of the Green Party, was elected on Sunday.", "Green Party"),
        ("Maria Lopez, supporter of the Green Party, was elected on Sunday.", "Green Party"),
    ],
)
def test_an_office_saying_more_is_not_asked(nlp: Any, text: str, answer: str) -> None:
    assert _asked(nlp, office_question, text, answer) is None
