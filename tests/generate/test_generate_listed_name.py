"""A subject the parse lists with a person by a bare comma ('commonly know as "Super District
Council" seats, pan-democracy camp's Kwong Chun-yu … received 491,667 votes') is the person:
the question asks how many votes he received, not the seats; a real list keeps its subject."""

from __future__ import annotations

from typing import Any

from questions.generate.appositions import listed_name
from tests.generate.generated import SharedGenerations

SLIP = (
    'In the District Council (Second) functional constituency, commonly know as "Super '
    "District Council\" seats, pan-democracy camp's Kwong Chun-yu of the Democratic Party "
    "received 491,667 votes, the highest in this constituency."
)


def _subject(nlp: Any, text: str, verb: str) -> Any:
    """Return the subject a sentence's verb has in the parse."""
    doc = nlp(text)
    found = next(t for t in doc if t.text == verb)
    return next(c for c in found.children if c.dep_ == "nsubj")


def test_a_noun_listed_with_a_person_by_a_comma_is_the_person(nlp: Any) -> None:
    subject = _subject(nlp, SLIP, "received")
    assert subject.text == "seats"  # the parse's slip, which the rule mends
    assert listed_name(subject).text == "yu"  # the last word of "Kwong Chun-yu"


def test_a_listed_subject_joined_by_and_is_itself(nlp: Any) -> None:
    subject = _subject(nlp, "The workers and Kwong Chun-yu received the award.", "received")
    assert listed_name(subject) is subject


def test_the_super_district_council_votes_are_asked(generation: SharedGenerations) -> None:
    quiz = generation.corpus("hong-kong-legislative-election-2016").qset.questions
    votes = next(q for q in quiz if q.correct_option == "491,667")
    assert votes.text.endswith(
        "how many votes did pan-democracy camp's Kwong Chun-yu of the Democratic Party receive?"
    )
    assert "seats" not in votes.text
