"""A sentence opened by a run of fronted phrases ("At 9:15pm on …, near the harbour in
Portland, Maine, X launched …") still has a subject: the parse's misreading of it as one more
place of the list is mended, so the sentence is asked as a wh-question, not only a blank."""

from __future__ import annotations

from typing import Any

from questions.generate.fronted import mend_dated_places, mend_fronted_subjects
from questions.generate.movement import broken_movement
from questions.generate.pipeline import generate

SENTENCE = (
    "At 9:15pm on February 27, 2011, near the harbour in Portland, Maine, Northern Atlantic "
    "Shipping Company launched its new Sea Hawk ferry at full speed for nearly 2 hours."
)
ARTICLE = (
    "Atlantic ferry makes its first run in Maine\n\n"
    "Wednesday, March 2, 2011\n\n"
    f"{SENTENCE} The crew then shut down one of the four engines and ran the trial for 20 "
    "more minutes. The company said the ferry had worked as planned.\n\n"
    "The trial woke residents of houses 3 miles away, and some said they had not been warned. "
    "Westbrook lies just west of Portland.\n\n"
    "The company plans to put the Sea Hawk into service in 2012. It was founded by Carla Reyes "
    "in 1998 and employs about 300 people."
)


def test_the_name_after_the_last_fronted_comma_is_the_subject(nlp: Any) -> None:
    """The company the parse ran into "in Portland, Maine" is the launching's subject, and
    the places stay in their phrase."""
    doc = nlp(SENTENCE)
    mend_fronted_subjects(doc)
    verb = next(t for t in doc if t.lemma_ == "launch")
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    assert [" ".join(t.text for t in s.subtree) for s in subjects] == [
        "Northern Atlantic Shipping Company"
    ]
    portland = next(t for t in doc if t.text == "Portland")
    assert portland.head.text == "in"


def test_a_sentence_with_a_subject_or_none_needed_is_left(nlp: Any) -> None:
    """An imperative after a fronted phrase, or a subject the parse found, is not touched."""
    for text in (
        "In the morning, call your mother.",
        "Shortly after midnight, outside the stadium in Leeds, the club opened its new stand.",
    ):
        doc = nlp(text)
        before = [(t.dep_, t.head.i) for t in doc]
        mend_fronted_subjects(doc)
        assert [(t.dep_, t.head.i) for t in doc] == before


def test_a_place_after_a_date_is_the_events(nlp: Any) -> None:
    """ "on February 27, 2011, near the harbour": the harbour is where the launch was, not a
    part of the date."""
    doc = nlp(SENTENCE)
    mend_fronted_subjects(doc)
    mend_dated_places(doc)
    near = next(t for t in doc if t.text == "near")
    assert near.head.lemma_ == "launch"


def test_a_place_and_its_region_split_no_clause() -> None:
    """ "in Portland, Maine" and a date's closing comma are one phrase's; two places listed
    with no "and" still split the clause."""
    placed = "When did the firm open its depot near the harbour in Portland, Maine?"
    dated = "How long did the firm test it on May 2, 2014, near the old harbour?"
    listed = "When did the firm open its depot near France, Germany?"
    # mid-question with no closing comma, an aside was cut around it: "a villa in Lyon"
    cut = "Since when had the team studying a villa in Lyon, France been digging at it?"
    assert broken_movement(placed, "wh", "rule:date-prep") is None
    assert broken_movement(dated, "wh", "rule:duration") is None
    assert broken_movement(listed, "wh", "rule:date-prep") is not None
    assert broken_movement(cut, "wh", "rule:date-prep") is not None


def test_the_fronted_sentence_is_asked_by_its_subject() -> None:
    """A whole article: the launch is asked when and for how long, the company its subject."""
    quiz = generate(ARTICLE, slug="ferry", title="Atlantic ferry makes its first run in Maine").qset
    asked = {q.correct_option: q for q in quiz.questions}
    when = asked["February 27, 2011"]
    assert when.text.endswith(
        "When did Northern Atlantic Shipping Company launch its new Sea Hawk ferry at full "
        "speed for nearly 2 hours at 9:15pm near the harbour in Portland, Maine?"
    )
    assert len(when.options) == 4
    long = asked["2 hours"]
    assert long.text.endswith(
        "For about how many hours did Northern Atlantic Shipping Company launch its new Sea "
        "Hawk ferry at full speed at 9:15pm on February 27, 2011, near the harbour in "
        "Portland, Maine?"
    )
    assert "3 hours" in long.options
