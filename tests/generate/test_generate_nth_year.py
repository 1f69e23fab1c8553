"""The "Nth year that" construction: the clause on the period's noun is stated, and a fact in
it is asked over that clause alone; occasions counted ("the second time that") are not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.generate.generate_checks import asked_wh


def test_the_nth_year_that_states_its_clause(nlp: Any) -> None:
    text = "This is the ninth consecutive year that Maria Lopez has chaired the forum since 2013."
    assert asked_wh(nlp, text, "2013")[0] == "Since which year has Maria Lopez chaired the forum?"


@pytest.mark.parametrize(
    "text",
    [
        # occasions counted: "Since which year has the company moved …?" says it never stopped
        "It is the second time that the company has moved its headquarters since 1990.",
        # the first year: the clause only now began to hold
        "It was the first year that the club had won the cup since 1990.",
        # a clause opened by a preposition ("in which") is no sentence without it
        "This is the ninth year in which the company has paid dividends since 2013.",
    ],
)
def test_other_nth_clauses_are_not_stated(nlp: Any, text: str) -> None:
    assert asked_wh(nlp, text, "1990" if "1990" in text else "2013")[0] is None
