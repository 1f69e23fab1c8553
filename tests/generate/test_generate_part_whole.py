"""A count asked as the whole of a part the question states ("seven of the _____ presses")
gets only wrong options above that part, and one asked as the part of a stated whole
("_____ out of 20 printers") only options below it: the question's own words rule out the
rest, so a reader could strike them unread (blind review of fresh10)."""

from __future__ import annotations

import pytest

from questions.generate.levels import whole_number
from questions.generate.partwhole import on_stated_side, stated_side
from questions.generate.pipeline import generate

ARTICLE = """Police detain newspaper staff in Veloria

Monday, March 9, 2015

{sentence}

The newspaper's editor, Joan Pell, said the newspaper had printed for 40 years. The paper \
sold 12,000 copies a day before the raids, and its owner, Victor Hale, said he would appeal \
to the Supreme Court in Marren.

Of the 120 reporters at the paper, many have left the country since January. Police said \
the raids would continue until the courts ruled on the case, and the government declined \
to comment on the arrests.
"""


def _asked(sentence: str, blanked: str) -> tuple[str, list[int]]:
    """Return the key and the options' numbers of the question whose text holds `blanked`."""
    quiz = generate(ARTICLE.format(sentence=sentence), slug="veloria", title="Veloria")
    question = next(q for q in quiz.qset.questions if blanked in q.text)
    numbers = [whole_number(o) for o in question.options]
    assert None not in numbers, question.options
    return question.correct_option, [n for n in numbers if n is not None]


@pytest.mark.parametrize(
    ("sentence", "blanked", "key", "part"),
    [
        (
            "On Sunday, 31 of the 40 districts of Veloria reported raids on newspapers by police.",
            "31 of the _____ districts",
            "40",
            31,
        ),
        (
            "On Sunday, three of the four editors of the Veloria Courier were arrested by police "
            "in Marren.",
            "three of the _____ editors",
            "four",
            3,
        ),
        (
            "On Sunday, seven of the eight printing presses of the Veloria Courier were seized by "
            "police in Marren.",
            "seven of the _____ printing presses",
            "eight",
            7,
        ),
    ],
)
def test_a_whole_gets_only_options_above_its_stated_part(
    sentence: str, blanked: str, key: str, part: int
) -> None:
    """Keyed 40 in "31 of the _____ districts", 30 or 20 are fewer than the 31 the question
    itself counts among them: every option is above the part."""
    answer, numbers = _asked(sentence, blanked)
    assert answer == key
    assert len(numbers) == 4 and all(n > part for n in numbers), numbers


@pytest.mark.parametrize(
    ("sentence", "blanked", "key", "whole"),
    [
        (
            "On Saturday, police detained 18 out of 20 printers of the Veloria Courier in Marren.",
            "_____ out of 20 printers",
            "18",
            20,
        ),
        (
            "On Sunday, officers searched 45 out of 50 homes of the Veloria Courier's staff in "
            "Marren.",
            "_____ out of 50 homes",
            "45",
            50,
        ),
        (
            "On Sunday, police arrested 9 out of 10 editors of the Veloria Courier in Marren.",
            "_____ out of 10 editors",
            "9",
            10,
        ),
    ],
)
def test_a_part_gets_only_options_below_its_stated_whole(
    sentence: str, blanked: str, key: str, whole: int
) -> None:
    """Keyed 18 in "_____ out of 20 printers", 22 is more printers than there were: every
    option is below the whole."""
    answer, numbers = _asked(sentence, blanked)
    assert answer == key
    assert len(numbers) == 4 and all(n < whole for n in numbers), numbers


def test_wh_forms_and_a_leading_whole_state_the_side_too() -> None:
    """A wh-question states a side as a blank does: "Approximately 20 of how many employees
    …?" wants more than 20, "How many of its 16 games …?" fewer than 16; and "Of the _____
    delegates, only 80 voted" more than 80."""
    assert stated_side("Approximately 20 of how many employees were taken?") == (1, 20.0)
    assert stated_side("How many of its 16 games did the team win?") == (-1, 16.0)
    assert stated_side("Of the _____ delegates at the congress, only 80 voted.") == (1, 80.0)
    assert not on_stated_side("18", "count", "Approximately 20 of how many employees …?")
    assert on_stated_side("25", "count", "Approximately 20 of how many employees …?")
    assert not on_stated_side("$50 million", "money", "_____ of the $40 million budget")


def test_no_side_where_the_question_states_none() -> None:
    """A bound below the part ("fewer than 20 of the _____"), a share ("two-thirds of",
    "20% of"), a year ("_____ of 2000 levels") or a noun between ("_____ residents of the
    three villages") states no side of the key."""
    for stem in (
        "fewer than 20 of the _____ staff were paid",
        "two-thirds of the _____ staff were paid",
        "20% of the _____ staff were paid",
        "losses exceeded _____ of 2000 levels",
        "_____ residents of the three villages fled",
    ):
        assert stated_side(stem) is None, stem
    assert on_stated_side("5%", "percent", "_____ of the 40 districts")
