"""A body or country a named person is "of" or "from" outside the subject: "… by Maria Delgado
of the University of Lima" is asked "Which university was Maria Delgado from?", not as a blank."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.affiliation import affiliation_question
from questions.generate.facts import Fact, sentence_facts
from questions.generate.forms import write_form


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Any]:
    """Return a one-sentence text's sentence and the fact of `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "The survey was carried out by Maria Delgado of the University of Lima over three "
            "seasons.",
            "University of Lima",
            "Which university was Maria Delgado from?",
        ),
        (
            '"We were surprised by how many frogs we counted," said ecologist Tomas Brandt of '
            "the Andean Wildlife Trust in a statement.",
            "Andean Wildlife Trust",
            "Which trust was ecologist Tomas Brandt from?",
        ),
        (
            "The runners included Samuel Otieno of Kenya, who finished first, and Lena Fischer "
            "of Germany.",
            "Kenya",
            "Which country was Samuel Otieno from?",
        ),
    ],
)
def test_a_persons_body_or_country_is_asked_of_the_person(
    nlp: Any, text: str, answer: str, question: str
) -> None:
    sentence, fact = _fact(nlp, text, answer)
    stem, _ = write_form(sentence, fact, {}, None)
    assert stem is not None and stem.form == "wh"
    assert stem.text == question


@pytest.mark.parametrize(
    ("text", "answer", "kind"),
    [  # two bodies, either one the key; a title's "of"; the name gives it away
        (
            "The plan was backed by Tom Hale of the Green Party and the Red Party.",
            "Green Party",
            "organization",
        ),
        (
            "The plan was praised by Minister of Finance Tom Hale on Monday.",
            "Finance",
            "organization",
        ),
        (
            "The plant was bought by Tom Hale of Hale Industries last year.",
            "Hale Industries",
            "organization",
        ),
        # a doer's country: "Who won the race?" is the sentence's question
        ("Samuel Otieno of Kenya won the race in the hills on Sunday.", "Kenya", "place"),
        # an office's "of": he is its president, which "from" would not say
        (
            "The treaty was signed by President Tom Hale of Ruritania on Monday.",
            "Ruritania",
            "place",
        ),
        ("The treaty was signed by President Tom Hale of France on Monday.", "France", "place"),
    ],
)
def test_other_of_phrases_are_not_asked(nlp: Any, text: str, answer: str, kind: str) -> None:
    sentence = next(nlp(text).sents)
    facts = [f for f in sentence_facts(sentence, 0) if f.text == answer]
    if not facts:  # a name the model leaves untagged ("Ruritania") is still checked, as asked
        words = next(t for t in sentence if t.text == answer.split()[0])
        facts = [Fact(0, words.i, words.i + len(answer.split()), answer, "", kind)]
    assert all(affiliation_question(sentence, f, {}) is None for f in facts)
