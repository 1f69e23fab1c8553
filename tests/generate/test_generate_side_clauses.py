"""A "not" in a side clause ("…, although the trains will not …") leaves the key's own clause
asked as so; a referring word inside a compound modifier ("same-day") points back to nothing;
a headline's topic keeps its hyphenated words whole."""

from __future__ import annotations

from functools import cache
from typing import Any

import pytest

from questions.generate import generate
from questions.generate.headlinetopic import headline_topic, placed_topic
from questions.schema import QuestionSet
from tests.generate.generate_checks import key_and_options

RAIL = (
    "Estonia opens high-speed rail line\n\n"
    "Tuesday, March 3, 2015\n\n"
    "Estonia opened a new high-speed rail line on Tuesday. Prime Minister Taavi Roivas said the "
    "line would cut travel times between Tallinn and Tartu. Estonia becomes the ninth country in "
    "Europe to run trains at 250 km/h, although the trains will not reach full speed until "
    "June. Estonian Railways has offered same-day return tickets to students since 1998. "
    "The line was built by the Dutch firm Railbouw. Transport minister Kristen Michal said "
    "2,000 passengers a day were expected in the first year."
)


@cache
def _rail() -> QuestionSet:
    """Generate the made-up rail story once for every test here."""
    return generate(RAIL, slug="rail", title="Estonia opens high-speed rail line").qset


@pytest.mark.parametrize(
    ("line", "key", "options"),
    [
        # the "not" is the side clause's: the key's own clause is said as so
        (
            "Which country becomes the ninth country in Europe to run trains at 250 km/h, "
            "although the trains will not reach full speed until June 2015?",
            "Estonia",
            ["Estonia", "Finland", "Russia", "Sweden"],
        ),
        # "same-day" points back to no day said before: the question stands alone
        (
            "Since which year has Estonian Railways offered same-day return tickets to students?",
            "1998",
            ["1995", "1998", "1999", "2000"],
        ),
    ],
)
def test_side_clause_nots_and_compound_words_leave_a_question_asked(
    line: str, key: str, options: list[str]
) -> None:
    assert key_and_options(_rail(), line) == (key, options)


def test_a_headline_topic_keeps_its_hyphenated_words_whole(nlp: Any) -> None:
    # the 📰 line a question shows when the whole headline would give its key away
    # a headline's object names no story alone (blind review 64): it is shown after the
    # headline's places ("Estonia: high-speed rail line"), its hyphenated words whole
    assert headline_topic(nlp("Estonia opens high-speed rail line")) is None
    assert placed_topic(nlp("Estonia opens high-speed rail line")) == (
        ("Estonia",),
        "high-speed rail line",
    )
    assert placed_topic(nlp("Portugal debates long-term care plan")) == (
        ("Portugal",),
        "long-term care plan",
    )
    # the event it was closed by follows the topic (headline-lines: "… carpark fire")
    assert headline_topic(nlp("Hungary: Multi-storey hospital in Pecs closed by flood")) == (
        "Multi-storey hospital flood"
    )
