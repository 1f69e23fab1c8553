"""One side of a vote asked beside the other ("passed with 71 yeas and _____ nays") gets no
option that adds up with the shown side to more votes than the body holds: 37 nays beside 74
yeas make 111 in a 100-seat Senate, struck out unread (blind review 34). Where the article
names no body, the shown side fixes the scale: no total far above the key's own."""

from __future__ import annotations

import pytest

from questions.generate.levels import whole_number
from questions.generate.pipeline import generate
from questions.generate.tallies import shown_side

ARTICLE = """{body} passes harbor renewal bill

Thursday, April 3, 2014

The {body} passed a bill on Thursday that sets aside money for dredging the ports of the \
Gulf Coast and for repairing old piers, after weeks of debate over its cost.

Dana Whitcombe, who wrote the bill, said the ports had waited for years. "The harbors cannot \
wait another season," she said. Critics said the bill spent too much on ports that few \
ships still use.

{sentence}

The bill now goes to the governor, who is expected to sign it before the summer recess.
"""


def _asked(body: str, sentence: str, blanked: str) -> tuple[str, list[int]]:
    """Return the key and the options' numbers of the question whose text holds `blanked`."""
    text = ARTICLE.format(body=body, sentence=sentence)
    quiz = generate(text, slug="harbor", title="Harbor")
    question = next(q for q in quiz.qset.questions if blanked in q.text)
    numbers = [whole_number(o) for o in question.options]
    assert None not in numbers, question.options
    return question.correct_option, [n for n in numbers if n is not None]


@pytest.mark.parametrize(
    ("body", "sentence", "blanked", "key", "most"),
    [
        (  # the U.S. Senate: 100 seats, so at most 28 nays beside 72 yeas
            "U.S. Senate",
            "The harbor bill was passed with 72 yeas and 26 nays.",
            "72 yeas and _____ nays",
            "26",
            28,
        ),
        (  # the House of Representatives: 435 seats, so at most 34 nays beside 401 yeas
            "U.S. Senate",
            "The harbor bill was passed with 401 yeas and 30 nays in the House of Representatives.",
            "401 yeas and _____ nays",
            "30",
            34,
        ),
        (  # a body whose size the article states: "the 40-member council"
            "Marren council",
            "The harbor bill was passed with 22 yeas and 17 nays in the 40-member council.",
            "22 yeas and _____ nays",
            "17",
            18,
        ),
        (  # no body named: the 98 votes cast fix the scale, so no total far above 98
            "Marren assembly",
            "The harbor bill was passed with 58 yeas and 40 nays.",
            "58 yeas and _____ nays",
            "40",
            50,
        ),
    ],
)
def test_a_vote_side_keeps_a_plausible_total(
    body: str, sentence: str, blanked: str, key: str, most: int
) -> None:
    """Keyed 27 in "71 yeas and _____ nays" in the Senate, 34 or 37 nays would make more
    than 100 votes: every option keeps the total within the body."""
    answer, numbers = _asked(body, sentence, blanked)
    assert answer == key
    assert len(numbers) == 4 and all(n <= most for n in numbers), numbers


def test_a_senate_vote_side_is_not_the_largest_option_every_time() -> None:
    """With 100 seats and 98 votes cast, spread options would all fall below 27 (21, 17,
    14): the options are the counts beside it instead, so 27 is no lone largest guess."""
    answer, numbers = _asked(
        "U.S. Senate", "The harbor bill was passed with 71 yeas and 27 nays.", "_____ nays"
    )
    assert answer == "27"
    assert all(abs(n - 27) <= 4 for n in numbers), numbers


def test_yeas_asked_alone_stay_within_the_senate() -> None:
    """Asked "How many ayes did the harbor bill win?" in a Senate article: no 108 or 133."""
    answer, numbers = _asked(
        "U.S. Senate", "The harbor bill won 71 ayes and 27 noes.", "How many ayes"
    )
    assert answer == "71"
    assert len(numbers) == 4 and all(n <= 100 for n in numbers), numbers


@pytest.mark.parametrize(
    "stem",
    [
        "The number of seats rose from 9 to _____ after the vote.",  # a change, not a tally
        "Children aged 5 to _____ may enter the park.",  # a range, no vote
        "Senate votes on harbor bill\nChildren aged 5 to _____ may enter.",  # headline's vote
    ],
)
def test_a_range_or_a_change_is_no_vote(stem: str) -> None:
    """Two numbers joined by "to" are a vote's sides only where the question says a vote."""
    assert shown_side(stem) is None
