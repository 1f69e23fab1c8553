"""A past date under a present perfect dates a noun, not the verb: "has grown from a single
weekend concert in 1995" is no "In which year has the festival grown …?"."""

from __future__ import annotations

from typing import Any

from tests.generate.generate_checks import asked_wh


def test_a_present_perfect_is_not_asked_when(nlp: Any) -> None:
    text = "The Bergen festival has grown from a single weekend concert in 1995."
    assert asked_wh(nlp, text, "1995") == (None, "a past date under a present perfect")


def test_a_simple_past_and_since_are_still_asked(nlp: Any) -> None:
    past = asked_wh(nlp, "The Bergen festival began as a single weekend concert in 1995.", "1995")
    assert past[0] == "In which year did the Bergen festival begin as a single weekend concert?"
    since = asked_wh(nlp, "The festival has been held in Bergen since 1995.", "1995")
    assert since[0] == "Since which year has the festival been held in Bergen?"
