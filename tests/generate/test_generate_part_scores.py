"""A part of a match a side won is asked by its score, the part named by its order ("By what
score did Norway win the first set?"), the options keeping the winner's count; two such
questions differ only in the ordinal and both stand; a place a verb's predicate ranks
("ranked fourth in the world") is asked with its neighbouring places."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.nlp import load_nlp
from questions.generate.partscores import part_score_variants, part_scores
from questions.generate.rank import other_order

ARTICLE = """Norway beat Chile in their last volleyball game of the group at the Oslo Games

Tuesday, May 4, 2021

Oslo, Norway — In the opening game of beach volleyball this afternoon at the Nordhall \
Arena, the Norwegian men defeated Chile in front of a small crowd of local families. The \
game was the last one of the group for both teams, and Norway finished the day at the top of \
the table.

Before a crowd of schoolchildren, Norway won the first set 25–10 while their coach paced \
along the side of the court. A handful of Chilean fans sang loudly near the entrance during \
every pause in play.

Norway went on to win the second set 25–19, with Chile fighting hard in the middle of the \
set but never taking the lead for long. The Chilean bench called two time outs in that set.

The Chilean team, who are ranked fourth in the world, had lost to Portugal in their opening \
game of the Oslo Games on Sunday.

Norway will rest before the quarter-finals next week at the same arena in Oslo.
"""


def _asked(text: str) -> list[tuple[str, str]]:
    """Return each part score question a text's sentences give, with its key."""
    found = part_scores(list(load_nlp()(text).sents))
    return [(fact.text, stem.text) for per in found for fact, stem in per]


def test_a_set_a_side_won_is_asked_by_its_score() -> None:
    asked = _asked("Peru won the first set 25–18 in front of a quiet crowd.")
    assert asked == [("25–18", "By what score did Peru win the first set?")]
    later = _asked("Peru went on to win the third set 25–21, with Cuba close behind.")
    assert later == [("25–21", "By what score did Peru win the third set?")]


def test_a_part_not_named_by_its_order_or_not_won_is_not_asked() -> None:
    assert _asked("Peru won the set 25–18 in front of a quiet crowd.") == []  # which set?
    assert _asked("Cuba ended the third set 25–18 in front of a quiet crowd.") == []
    assert _asked("Peru did not win the first set 25–18 after all.") == []


def test_a_part_scores_options_keep_the_winners_count() -> None:
    assert part_score_variants("25–12")[:3] == ["25–13", "25–11", "25–14"]
    assert part_score_variants("4–6")[:3] == ["5–6", "3–6", "2–6"]  # the loser first kept


def test_questions_differing_in_an_ordinal_are_not_twins() -> None:
    assert other_order(
        "By what score did Peru win the first set?", "By what score did Peru win the second set?"
    )
    assert not other_order("Where was Ana born?", "Where was Eva born?")


def test_a_match_reports_sets_and_ranking_are_asked() -> None:
    quiz = generate(ARTICLE, slug="handball", title="Norway beat Chile").qset.questions
    by_end = {q.text.split(", ")[-1]: q for q in quiz}  # "In the 2021 Oslo Games, by …"
    first = by_end["by what score did Norway win the first set?"]
    assert first.correct_option == "25–10"
    assert all(o.startswith("25–") for o in first.options)
    second = by_end["by what score did Norway win the second set?"]
    assert second.correct_option == "25–19"
    ranked = [q for q in quiz if "ranked _____ in the world" in q.text]
    assert ranked and ranked[0].correct_option == "fourth"
    assert "fifth" in ranked[0].options and "first" not in ranked[0].options
