"""A name described by a participle between commas ("X, dubbed Y, has been …") is the main
verb's subject, however the parse hung it: the question asks who had the deed done."""

from __future__ import annotations

from typing import Any

from questions.generate.pipeline import generate
from questions.generate.reduced import mend_reduced_relative

SENTENCE = (
    "Wu Jiandong, dubbed the Copper King, has been given a life sentence for years of "
    "smuggling and corruption that added up to billions of dollars."
)


def test_the_described_name_is_the_main_verbs_subject(nlp: Any) -> None:
    """The participle describes the name; the name is the one given the sentence."""
    doc = nlp(SENTENCE)
    mend_reduced_relative(doc)
    name = doc[1]
    assert (name.dep_, name.head.lemma_) == ("nsubjpass", "give")
    assert (doc[3].dep_, doc[3].head.i) == ("acl", 1)


def test_a_clause_with_its_own_auxiliary_is_left(nlp: Any) -> None:
    """'X was dubbed Y' is a clause of its own; the parse of it is not touched."""
    doc = nlp("Wu Jiandong was dubbed the Copper King, and he has been given a life sentence.")
    before = [(t.dep_, t.head.i) for t in doc]
    mend_reduced_relative(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before


def test_the_name_is_asked_as_who_was_given_the_sentence() -> None:
    """A whole article: the described name is asked by its deed, not as a blank."""
    text = (
        f"{SENTENCE} The court in Xiamen heard the case over six weeks in 2011.\n\n"
        "Wu paid 40 officials a total of 2 million dollars in bribes, prosecutors said. He "
        "fled to Canada in 1999 and was sent back in 2010. His lawyer, Mary Cole, said he "
        "would appeal against the sentence.\n\n"
        "The judge, Peter Hale, said the smuggling had cost the state 300 million dollars. "
        "Wu's company, Copper Holdings, was closed in 2012. About 120 workers lost their "
        "jobs when it closed, the union said."
    )
    quiz = generate(text, slug="wu", title="Copper King jailed for life").qset
    asked = [q.text for q in quiz.questions if q.correct_option == "Wu Jiandong"]
    assert any(
        q.endswith(
            "Who has been given a life sentence for years of smuggling and "
            "corruption that added up to billions of dollars?"
        )
        for q in asked
    )


def test_a_speakers_aside_is_left(nlp: Any) -> None:
    """'Visitors, said Keller, are asked …': "said" has its own subject after it; it is no
    participle describing the visitors, and the parse of it is not touched."""
    doc = nlp("Museum visitors, said Keller, are asked to leave their bags at the door.")
    before = [(t.dep_, t.head.i) for t in doc]
    mend_reduced_relative(doc)
    assert [(t.dep_, t.head.i) for t in doc] == before
