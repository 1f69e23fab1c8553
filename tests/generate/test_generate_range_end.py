"""One end of a span is no question: "support ranging from Obama to Zuckerberg" is never "To
whom did Mohamed receive support ranging from Obama?" (blind review 14, a held-out article)."""

from __future__ import annotations

from typing import Any

from tests.generate.generate_checks import asked_wh


def test_one_end_of_a_span_is_not_asked(nlp: Any) -> None:
    text = ("Mohamed received support online ranging from US President Barack Obama to "
            "Facebook creator Mark Zuckerberg.")  # fmt: skip
    assert asked_wh(nlp, text, "Mark Zuckerberg")[0] is None


def test_a_move_from_one_place_to_another_is_still_asked(nlp: Any) -> None:
    text = "The company moved its headquarters from London to Paris in 2019."
    assert asked_wh(nlp, text, "Paris")[0] == (
        "To which city did the company move its headquarters from London in 2019?"
    )
