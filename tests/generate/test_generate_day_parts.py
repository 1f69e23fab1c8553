"""A part of a day said relative to the article's date ("last night", "this morning") is
dated in a question against the dateline, or left out without one: review 32 failed "was
stabbed last night" copied into a question read weeks later."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.dates import ArticleDate
from questions.generate.dayparts import day_part_said, part_of_day


@pytest.mark.parametrize(
    ("noun", "part"),
    [("morning", True), ("afternoon", True), ("evening", True), ("night", True),
     ("hour", False), ("week", False), ("weekend", False), ("year", False)],
)  # fmt: skip
def test_parts_of_the_day_come_from_wordnet(noun: str, part: bool) -> None:
    """WordNet's kinds and parts of daytime, and its opposite, are parts of the day; units
    of time are not."""
    assert part_of_day(noun) is part


def _time(nlp: Any, text: str) -> Any:
    """Return the first time entity of a sentence."""
    return next(e for e in nlp(text).ents if e.label_ == "TIME")


def test_last_night_is_the_night_before_the_dateline(nlp: Any) -> None:
    """ "last night" in an article of Monday, March 4, 2019 is the night of March 3; "this
    morning" the morning of March 4."""
    dated = ArticleDate(3, 4, 2019)
    night = _time(nlp, "The mayor was attacked last night at a concert in the town.")
    assert day_part_said(night, dated) == "on the night of March 3, 2019"
    morning = _time(nlp, "The council met this morning to discuss the budget for schools.")
    assert day_part_said(morning, dated) == "on the morning of March 4, 2019"


def test_without_a_date_it_is_left_out(nlp: Any) -> None:
    """An article without a year says nothing for "last night": it is never guessed."""
    night = _time(nlp, "The mayor was attacked last night at a concert in the town.")
    assert day_part_said(night, ArticleDate(3, 4, None)) == ""
    assert day_part_said(night, None) == ""


def test_a_question_says_the_night_not_last_night() -> None:
    """A question copied from "… was stabbed last night" says the night's date."""
    from questions.generate.pipeline import generate

    text = """Arrest made after mayor stabbed at concert

Monday, March 4, 2019

Police have arrested a man after Peter Vance, the mayor of Harlow Bay, was stabbed last \
night while on stage at a charity concert in Harbour Square, a police spokesman said.

Vance was taken to the Royal Harlow Hospital, where surgeons operated on him for five hours. \
Prime Minister Oliver Grant called the attack "an assault on all of us". Interior Minister \
Sarah Doyle said the suspect, a 27-year-old man, had entered the stage with a press badge. \
The concert raised more than £200,000 for the town's children's hospice, organisers said. \
Around 3,000 people attended the event in Harbour Square, and the concert was stopped at once.
"""
    quiz = generate(text, slug="attack", title="Arrest made after mayor stabbed")
    stabbed = [q.text for q in quiz.qset.questions if "stabbed" in q.text]
    assert stabbed and all("last night" not in q for q in stabbed)
    assert any("on the night of March 3, 2019" in q for q in stabbed)
