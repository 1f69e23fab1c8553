"""A lone "that" or "this" after a preposition ("Despite that, …", "because of this") stands
for what an earlier sentence said: a question keeping it ("… despite that?") does not stand
alone (blind review of fresh17), and is asked without its opener where it has one."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.pointing import points_back

ARTICLE = """Valdora chess club to hold its own open

Thursday, June 5, 2025

The Valdora Chess Club lost its bid to host the national open in 2026, which went to the \
city of Porto Lindo instead.

Despite that, club secretary Anna Holm states that the new Valdora Open was not planned in \
revenge and that talks on it began long before the national vote. Club president Ivo Marsh \
said the open would be held at the Grand Library in Valdora in August.

Entry costs 30 dollars, and the club expects 200 players from nine countries. The winner \
will receive a silver cup made by local artist Greta Lund, whose work was shown in Porto \
Lindo in 2019.
"""


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("Despite that, the club went ahead with the plan.", ["that"]),
        ("After this, prices rose sharply.", ["this"]),
        ("Because of that, the mayor resigned in May.", ["that"]),
        # said right there, or no lone pronoun
        ("Police dealt with those at the gate.", []),
        # a noun of its own sentence it may stand for
        ("Heat and ozone harm crops, but nobody has looked at these together.", []),
        ("The mayor thanked those who helped.", []),
        ("He said that the plan failed.", []),
        ("Despite that plan, the club lost.", []),
    ],
)
def test_a_lone_demonstrative_points_back(nlp: Any, text: str, pointing: list[str]) -> None:
    assert [t.text for t in nlp(text) if points_back(t)] == pointing


def test_no_question_ends_despite_that() -> None:
    questions = generate(ARTICLE, slug="chess", title="Valdora chess club").qset.questions
    texts = [q.text.split("\n")[-1] for q in questions]
    assert not any("despite that" in t.lower() for t in texts)
    assert texts
