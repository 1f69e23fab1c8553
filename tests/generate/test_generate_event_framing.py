"""A question set in the article's event takes the event's own preposition ("On the 2014
World Kindness Day, …", "At the 2019 … summit, …"); a subject stays whole when a fronted
phrase moves to the question's end, and a fronted time the parse ran into it is no part of
it; a subject's apposition goes with the wh-phrase that replaces the subject's owner."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.eventframe import event_frame, event_preposition
from questions.generate.subjectedge import stranded_modifiers, swallowed_time
from tests.generate.generated import SharedGenerations

ARTICLE = """Ruritanian health agency marks World Kindness Day with smoking warning

Thursday, November 13, 2014

The Ruritanian Health Agency marked World Kindness Day on Thursday with a warning that smoking \
among young people is rising across the Balkans. The agency's director, Elena Marsh, called \
for higher taxes on cigarettes on World Kindness Day.

According to the Andean Herald, in the last ten years female and adolescent smoking in Peru has \
tripled. The agency said that only four countries in the region ban tobacco advertising on \
television.

Last year female smoking in Bolivia rose sharply, the agency said. On Friday, Norway's \
parliament, the Storting, passed a law to ban cigarette vending machines. Marsh said the law \
would protect children in Oslo and Bergen.

The agency will present its report to health ministers in Zagreb next month.
"""


@pytest.fixture(scope="module")
def asked(generation: SharedGenerations) -> dict[str, str]:
    """Map each question of the made-up article to its key."""
    qset = generation(ARTICLE, "kindness-day", "Kindness Day").qset
    return {q.text: q.correct_option for q in qset.questions}


@pytest.mark.parametrize(
    ("event", "preposition"),
    [
        ("the 2014 World Kindness Day", "On"),  # a day
        ("Christmas Eve", "On"),
        ("the Day of the Lakes", "On"),  # the head before "of"
        ("the 2019 Nordic Trade Summit", "At"),  # the meeting, not the mountain top
        ("the 2017 Baltic energy conference", "At"),
        ("the 2016 Ruritanian awards ceremony", "At"),
        ("the 2012 Baltic Fashion Week", "During"),  # a stretch of time
        ("the 2015 Ruritanian Film Festival", "During"),
        ("the 2014 Alpine Cup", "In"),  # what was right stays
        ("the 2016 Ruritanian general election", "In"),
        ("the 2018 Alpine Cup match against Ruritania", "In"),
        ("Ruritania's win over Freedonia", "In"),
    ],
)
def test_an_event_takes_its_head_nouns_preposition(event: str, preposition: str) -> None:
    assert event_preposition(event) == preposition
    assert event_frame(event) == f"{preposition} {event}, "


def test_a_day_is_framed_with_on(asked: dict[str, str]) -> None:
    framed = [t for t in asked if "World Kindness Day, " in t]
    assert framed, "the article's day frames some question"
    assert all(t.startswith("On the 2014 World Kindness Day, ") for t in framed)
    assert not any(t.startswith("In the 2014 World Kindness Day") for t in asked)


def test_a_subject_stays_whole_when_its_fronted_phrase_moves(asked: dict[str, str]) -> None:
    peru = [t for t, key in asked.items() if key == "Peru"]
    assert peru == [
        "On the 2014 World Kindness Day, in which country has female and adolescent smoking "
        "tripled in the last ten years, according to the Andean Herald?"
    ]
    assert not any(t.rstrip("?").endswith("female and adolescent") for t in asked)


def test_a_fronted_time_run_into_the_subject_keeps_its_preposition(
    asked: dict[str, str],
) -> None:
    bolivia = [t for t, key in asked.items() if key == "Bolivia"]
    assert bolivia and all("In 2013, female smoking in _____ rose sharply" in t for t in bolivia)
    assert not any("2013 female smoking" in t.replace("In 2013, ", "") for t in asked)


def test_an_owners_question_drops_the_subjects_apposition_whole(asked: dict[str, str]) -> None:
    norway = [t for t, key in asked.items() if key == "Norway"]
    assert norway and all("Which country's parliament passed a law" in t for t in norway)
    assert not any("parliament the Storting" in t for t in asked)


def _subject(nlp: Any, text: str) -> list[Any]:
    """Return the words of the first sentence's subject as the parse hangs them."""
    doc = nlp(text)
    head = next(t for t in doc if t.dep_ in ("nsubj", "nsubjpass"))
    return list(head.subtree)


def test_modifiers_hung_on_a_fronted_phrase_go_back_to_the_subject(nlp: Any) -> None:
    doc = nlp("According to the Andean Herald, in the last ten years female and adolescent "
              "smoking in Peru has tripled.")  # fmt: skip
    words = list(next(t for t in doc if t.dep_ == "nsubj").subtree)
    stranded = stranded_modifiers(words)
    assert " ".join(t.text for t in [*stranded, *words]).startswith("female and adolescent smoking")
    # a subject whose fronted phrase a comma closes is left as parsed
    doc = nlp("In the last ten years, smoking in Peru has tripled.")
    head = next(t for t in doc if t.dep_ == "nsubj")
    assert stranded_modifiers(list(head.subtree)) == []


def test_a_fronted_time_inside_the_subject_is_found(nlp: Any) -> None:
    assert swallowed_time(_subject(nlp, "Last year female smoking in Bolivia rose sharply."))


def test_a_time_of_its_own_opening_a_subject_is_no_swallowed_time(nlp: Any) -> None:
    assert not swallowed_time(_subject(nlp, "The 1990s economic boom in Ruritania ended."))
    assert not swallowed_time(_subject(nlp, "Tuesday's vote in Freedonia was close."))
