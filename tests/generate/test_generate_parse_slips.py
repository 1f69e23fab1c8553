"""Slips of the parse a reader would see (blind review 8): a verb read as a noun ("the exhibit
identifies"), an acronym whose full name, and so its kind, only a sentence too vague to ask
spells out."""

from __future__ import annotations

from tests.generate.generated import SharedGenerations

WARHOL = "warhol-photo-legacy"


def test_a_verb_the_parse_read_as_a_noun_makes_no_question(generation: SharedGenerations) -> None:
    # "Wikinews observed the USI exhibit identifies and features Polaroids …": spaCy takes
    # "identifies" for the exhibit's plural noun; "Which organization's exhibit identifies did
    # Wikinews observe?" was the result.
    texts = [q.text for q in generation.corpus(WARHOL).qset.questions]
    assert texts
    assert not any("identifies" in text for text in texts)


def test_a_universitys_options_are_bodies_not_the_news_site_reporting_it(
    generation: SharedGenerations,
) -> None:
    asked = [
        q for q in generation.corpus(WARHOL).qset.questions
        if q.correct_option == "University of Southern Indiana"
    ]  # fmt: skip
    assert asked
    for question in asked:
        assert "Wikinews" not in question.options, question.text
