"""Blind review 52 on made-up sentences: a person's own country is no rival where the question
asks where his life happened ("In which country had X lived …?"); a country asked by its
officeholder's office takes no rival whose form of state has no such office ("President …
of the _____": no monarchy); and "became known as" after a fronted date takes do-support
("In which year did X become known as …?")."""

from __future__ import annotations

from typing import Any

import pytest

from tests.generate.generate_checks import asked_wh


@pytest.mark.parametrize(
    ("text", "key", "asked"),
    [
        (
            "In 2001 Harbor Trust became known as the Bay Fund.",
            "2001",
            "In which year did Harbor Trust become known as the Bay Fund?",
        ),
        (
            "In 2003 the Pell bridge got damaged in a storm.",
            "2003",
            "In which year did the Pell bridge get damaged in a storm?",
        ),
    ],
)
def test_became_known_as_takes_do_support(nlp: Any, text: str, key: str, asked: str) -> None:
    assert asked_wh(nlp, text, key)[0] == asked


def test_a_true_auxiliary_still_inverts(nlp: Any) -> None:
    text = "In 2001 Harbor Trust had become known as the Bay Fund."
    assert asked_wh(nlp, text, "2001")[0] == (
        "In which year had Harbor Trust become known as the Bay Fund?"
    )
