"""A day ("On the 25th of last month") of a relative month is a date the article's own date
settles; without it, the day alone is no date a question can say."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import RELATIVE, ArticleDate, resolve_relative
from questions.generate.reviewed import dropped_occasion, named_occasion
from tests.generate.test_generate_review_rules import _sentence_fact

CALL = (
    "On the 25th of last month, President Xi focused on the situation in Afghanistan when "
    "talking on the phone with Russian President Putin."
)


def test_a_day_of_last_month_is_resolved_against_the_articles_date() -> None:
    assert RELATIVE.match("the 25th of last month")
    assert resolve_relative("the 25th of last month", ArticleDate(9, 18, 2021)) == (
        "on August 25, 2021"
    )
    assert resolve_relative("the 3rd of next month", ArticleDate(12, 1, 2021)) == (
        "on January 3, 2022"
    )
    assert resolve_relative("the 25th of last month", None) is None  # left out, never guessed


def test_an_undated_question_never_says_the_day_alone(nlp: Any) -> None:
    """seed: 'Who focused on … with Russian President Putin on 25th?' (the month cut)."""
    sentence, fact = _sentence_fact(nlp, CALL, "Xi")
    undated = "Who focused on the situation in Afghanistan when talking on the phone with Putin?"
    assert named_occasion(sentence, fact, undated, dated=False) == undated
    assert dropped_occasion(sentence, fact, undated, dated=False) is not None  # no context
