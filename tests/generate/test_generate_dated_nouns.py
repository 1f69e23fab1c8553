"""A year before its noun ("the 2009 floods") is asked as "which year's floods", as an
ordinal's noun is "which meeting"; a year the parse ran into a name is not."""

from __future__ import annotations

from typing import Any

import pytest

from tests.generate.generate_checks import asked_wh


@pytest.mark.parametrize(
    ("text", "year", "question"),
    [
        (
            "The 2009 floods destroyed hundreds of homes in the valley.",
            "2009",
            "Which year's floods destroyed hundreds of homes in the valley?",
        ),
        (
            "The council approved the 2019 budget after a long debate.",
            "2019",
            "Which year's budget did the council approve after a long debate?",
        ),
        (  # a name's year is asked where the article dates another edition of it
            "Lena Park won gold at the 2012 Winter Games in Oslo after a fall at the 2008 "
            "Winter Games.",
            "2012",
            "At which year's Winter Games in Oslo did Lena Park win gold after a fall at the 2008 "
            "Winter Games?",
        ),
        (  # a preposition of time is kept: the year orders the clause's deed
            "The town's last election was held before the 2016 riots.",
            "2016",
            "Before which year's riots was the town's last election held?",
        ),
    ],
)
def test_a_year_before_its_noun_is_asked_as_the_years_noun(
    nlp: Any, text: str, year: str, question: str
) -> None:
    assert asked_wh(nlp, text, year)[0] == question


def test_a_year_after_an_owner_is_not_asked(nlp: Any) -> None:
    # "Which year's Sweden's win …" reads as nothing
    assert asked_wh(nlp, "Sweden's 1958 win was its last victory in the final.", "1958")[0] is None
