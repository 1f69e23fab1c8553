"""A person's bare rank is not asked on one side's word among the other side's players: "On the
Lakeport side, who was second with 9 points?" beside Hawks names gives the key away, so a
person's rank takes no side phrase and stays refused; its count still carries the side."""

from __future__ import annotations

from typing import Any

from questions.generate.danglingrefs import needed_setting
from questions.generate.pipeline import generate
from tests.generate.test_generate_setting35 import ARTICLE, TALLY


def test_a_persons_rank_takes_the_time_but_not_the_side(nlp: Any) -> None:
    rank = list(nlp(TALLY).sents)[3]
    assert needed_setting(rank, person=True) == ["At the end of the first half"]
    assert needed_setting(rank) == ["At the end of the first half", "On the Lakeport side"]


def test_the_article_never_asks_who_was_second_on_one_side() -> None:
    quiz = generate(ARTICLE, slug="hawks", title="Hawks beat Owls").qset
    stems = [q.text for q in quiz.questions]
    assert not [s for s in stems if "who was second" in s.lower()], stems
