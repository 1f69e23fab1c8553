"""Person keys that used to get too few options: a match's own award winner, asked with
another match's winner in the article."""

from __future__ import annotations

from questions.generate import generate
from tests.generate.test_generate_standalone import WORLD_CUP


def test_another_matchs_award_winner_leaves_the_question_of_this_match_one_answer() -> None:
    # Kane won the award in England's match: who won it in Sweden's has one answer.
    questions = generate(WORLD_CUP, slug="wc", title="World Cup").qset.questions
    award = [q for q in questions if q.text.endswith("Man of the Match award?")]
    assert any(q.correct_option == "Andreas Granqvist" for q in award), [q.text for q in award]
