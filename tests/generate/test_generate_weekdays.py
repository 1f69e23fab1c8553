"""A bare weekday is dated by the way its verb points: back for what happened, ahead for what
is still to come, and left out when the sentence does not say which."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.dates import ArticleDate, resolve_relative
from questions.generate.persons import Cast
from questions.generate.replacements import replacements

WEDNESDAY = ArticleDate(3, 4, 2020)  # the article's dateline: Wednesday, March 4, 2020


def _said(nlp: Any, sentence: str) -> str:
    """Return what a question says for the sentence's weekday ('' when it is left out)."""
    span = next(iter(nlp(sentence).sents))
    replace = replacements(span, WEDNESDAY, {}, Cast()) or {}
    day = next(t for t in span if t.text.endswith("day") and t.text[0].isupper())
    return " ".join(v for i, v in sorted(replace.items()) if v and abs(i - day.i) <= 1)


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("The council voted on Monday to close the bridge.", "on March 2, 2020"),
        ("Police said on Sunday that 12 people died.", "on March 1, 2020"),
        ("The council will vote on Friday on the plan.", "on March 6, 2020"),
        ("The minister is meeting the union on Friday.", "on March 6, 2020"),
        ("The minister is expected to visit the town on Friday.", "on March 6, 2020"),
        ("The bridge stays closed until Friday, officials said.", "March 6, 2020"),
        ("The bridge was closed until Friday.", ""),  # which Friday: not said
        ("The league said 12 matches were postponed to Friday because of snow.", ""),
        ("A further six games were moved to Thursday, the secretary said.", ""),
        ("The final has been postponed to Friday.", ""),
        ("The final is moved to Friday.", "March 6, 2020"),
        ("The ferry company announced a plan to cut six routes on Friday.", ""),
        ("The ferry company plans to cut six routes on Friday.", "on March 6, 2020"),
        ("The minister said he would visit the town on Friday.", ""),
        # the broadcast the station is sued over has been aired: no later Monday
        ("The band is suing the radio station over Monday night's broadcast of its song.", ""),
    ],
)
def test_a_weekday_is_dated_the_way_its_verb_points(nlp: Any, sentence: str, said: str) -> None:
    assert _said(nlp, sentence) == said


def test_a_weekday_still_to_come_is_the_next_one() -> None:
    assert resolve_relative("Friday", WEDNESDAY, ahead=True) == "on March 6, 2020"
    assert resolve_relative("Friday", WEDNESDAY) == "on February 28, 2020"  # news's past day
    assert resolve_relative("Wednesday", WEDNESDAY, ahead=True) == "on March 4, 2020"
    assert resolve_relative("Friday", WEDNESDAY, ahead=None) is None


def test_a_sentence_the_model_gives_no_verb_is_dated_and_ends(nlp: Any) -> None:
    # the model reads "Riverside United sacked manager Peter Hall" as one noun phrase: the
    # search for the clause's verb once never ended (an upload hung)
    sentence = "Riverside United sacked manager Peter Hall on Sunday after a 4-0 defeat."
    assert _said(nlp, sentence) in ("", "on March 1, 2020")


def test_an_undated_weekday_owning_a_noun_leaves_no_bare_part_of_the_day(nlp: Any) -> None:
    # "over Monday night's broadcast" with no way to tell which Monday: the phrase goes whole,
    # never "over night's broadcast"
    sentence = "The band is suing the radio station over Monday night's broadcast of its song."
    span = next(iter(nlp(sentence).sents))
    replace = replacements(span, WEDNESDAY, {}, Cast()) or {}
    kept = " ".join(replace.get(t.i, t.text) for t in span if replace.get(t.i, t.text))
    assert "night" not in kept and "Monday" not in kept
    assert kept.startswith("The band is suing the radio station")
