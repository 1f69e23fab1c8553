"""A changed figure's end on made-up text (review 75): "seats increased from 9 to _____" is
asked without its start, as the start and the story's one gain add up to the key; with the
change's size stated too ("rose by 3 from 9 to _____") it is refused; a range or a term of
office ("from 1990 to _____") is no change and stays."""

from __future__ import annotations

import pytest

from questions.generate import generate
from questions.generate.changestart import summed_change, without_start

ARTICLE = """Harbour party gains a seat in Kerrow council vote

Sunday, March 9, 2025

On Saturday, the Harbour Party won the Mill Ward of the Kerrow council from the Valley \
League. Mara Holt of the Mill Ward defeated her rivals, so the Harbour Party's seats on the \
council increased from 9 to 10.

The Valley League kept 14 seats, and turnout in Kerrow was 48 percent, the council said. \
Council clerk Tom Reed said 21,400 residents voted at 32 polling stations across the town.

Holt, a nurse at Kerrow General Hospital, said she would push for a new bridge over the River \
Kerrow. The Valley League's leader, Owen Marsh, said his party would study the result before \
the budget vote in June.

The council, founded in 1974, meets in the old town hall on Quay Street. Its next election \
is due in March 2029, when all 25 seats will be contested.
"""


@pytest.mark.parametrize(
    ("stem", "asked"),
    [
        ("Mara Holt won, so the party's seats increased from 9 to _____.",
         "Mara Holt won, so the party's seats increased to _____."),
        ("The toll fell from $4.50 to _____ in May.", "The toll fell to _____ in May."),
        ("Its staff grew from 120 workers to _____ in a year.",
         "Its staff grew to _____ in a year."),
    ],
)  # fmt: skip
def test_a_changed_figure_is_asked_without_its_start(stem: str, asked: str) -> None:
    assert without_start(stem) == asked
    assert summed_change(asked) is None


@pytest.mark.parametrize(
    "stem",
    [
        "Holt was mayor of Kerrow from 1990 to _____.",  # a term, no figure moved
        "Shifts last from 6 to _____ hours.",  # a range
    ],
)
def test_a_range_or_a_term_stays(stem: str) -> None:
    assert without_start(stem) == stem and summed_change(stem) is None


def test_a_change_with_its_size_stated_is_refused() -> None:
    stem = "The party's seats rose by 1 from 9 to _____."
    assert without_start(stem) == stem and summed_change(stem) is not None


def test_no_question_gives_the_start_of_the_asked_end() -> None:
    quiz = generate(ARTICLE, slug="kerrow", title="Harbour party gains a seat")
    stems = [q.text.splitlines()[-1] for q in quiz.qset.questions]
    assert stems
    assert not any("from 9 to _____" in s for s in stems), stems
    assert any("increased to _____" in s for s in stems), stems
