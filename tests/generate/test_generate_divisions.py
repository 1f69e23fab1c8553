"""Teams the article lists under a division of its competition ("men's games with …,
women's games with …") are offered only for questions of their own division: a women's
match result never gets teams the article has play only among the men."""

from __future__ import annotations

from typing import Any

from questions.generate.divisions import stem_division, team_divisions
from questions.generate.pipeline import generate

GOALBALL = """Finland beats Canada in goalball at the Paralympics

Tuesday, August 31, 2021

Tokyo, Japan — The Finnish women beat Canada 7 goals to 2 in the goalball arena this \
afternoon, in the last round of group play for both teams.

Finland scored four goals in the first half and three in the second, before a small crowd. \
Canada's coach said the team had played well in the second half.

Canada, ranked fourth in the world, had lost to Turkey 1 to 5 in its first game, and then \
lost to Israel by 3 goals to 4.

Other goalball games today include men's games with Lithuania playing Algeria, Egypt playing \
Ukraine, and Morocco playing Israel, women's games with Japan playing Turkey, Brazil playing \
Israel.
"""


def _divisions(nlp: Any, text: str) -> dict[str, frozenset[str]]:
    """Return the divisions of the teams a text lists."""
    return team_divisions(list(nlp(text).sents))


def test_teams_take_the_division_they_are_listed_under(nlp: Any) -> None:
    """Each team listed after "men's games" is a men's team, to the next division."""
    found = _divisions(
        nlp,
        "Games today include men's games with Lithuania playing Algeria, and Egypt playing "
        "Israel, women's games with Japan playing Turkey, Brazil playing Israel.",
    )
    assert found["lithuania"] == frozenset({"men"})
    assert found["japan"] == frozenset({"women"})
    assert found["israel"] == frozenset({"men", "women"})


def test_no_divisions_without_two_of_them(nlp: Any) -> None:
    """One possessive alone ("the club's games") sorts no teams into divisions."""
    assert _divisions(nlp, "The club's games with Lithuania and Algeria were sold out.") == {}


def test_the_question_takes_its_teams_division() -> None:
    """A key listed in both takes the division of the team the stem names."""
    divisions = {"turkey": frozenset({"women"}), "israel": frozenset({"men", "women"})}
    stem = "Canada had lost to Turkey 1 to 5, and then lost to _____ by 3 goals to 4."
    assert stem_division(stem, "Israel", divisions) == "women"


def test_a_womens_result_gets_no_mens_team() -> None:
    """ "lost to _____ by 3 goals to 4" of the women's group: no Lithuania, Algeria, Egypt
    or Morocco, listed among the men only."""
    quiz = generate(GOALBALL, slug="goalball", title="Finland beats Canada in goalball")
    asked = [q for q in quiz.qset.questions if q.correct_option == "Israel"]
    mens = {"Lithuania", "Algeria", "Egypt", "Morocco"}
    for question in asked:
        assert not mens & set(question.options), question.options
