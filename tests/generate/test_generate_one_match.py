"""A one-match report without a score heading names its match as a heading would ("In
Norway's win over Chile at the 2031 Atlantic Cup, who …?"), and a deed two players do is one
answer when the question says what sets the key's apart ("… in the 87th minute?")."""

from __future__ import annotations

from questions.generate.pipeline import generate

REPORT = """Norway edge past Chile in the Atlantic Cup

Sunday, May 4, 2031

On Saturday, Norway defeated Chile 2–1 in the final of the 2031 Atlantic Cup with Lars \
Wessel scoring the winning goal late in the match. With this victory, Norway won their first \
title in the tournament.

Chile started the match with attacking style. Chilean defender Tomas Ibarra committed a foul \
early in the game. Diego Castro scored from the resulting free kick, giving Chile an early \
lead in the match. In the 20th minute, Erik Solberg came close to equalising for Norway, but \
missed. The first half ended with Chile having a one-goal advantage.

In the 58th minute, Norway got the equalising goal as Henrik Dahl scored from Erik Solberg's \
pass. Chile made a substitution in the 66th minute when Pablo Rojas came on for Castro. Lars \
Wessel came to Norway's rescue in the 87th minute, scoring from close range from Dahl's pass. \
Mateo Vidal came on for Ibarra in the 89th minute. Norway held on as the match ended 2–1.
"""


def _asked() -> list[str]:
    result = generate(REPORT, slug="atlantic", title="Atlantic Cup")
    return [f"{q.text} -> {q.options[q.answer]}" for q in result.qset.questions]


def test_a_one_match_report_names_its_match() -> None:
    named = "In Norway's win over Chile at the 2031 Atlantic Cup, who committed a foul"
    assert any(text.startswith(named) for text in _asked())


def test_a_deed_set_apart_by_its_minute_is_one_answer() -> None:
    # "came close to equalising" in the 20th minute is Solberg's; the 87th minute's is Wessel's
    assert any(text.endswith("in the 87th minute? -> Lars Wessel") for text in _asked())


def test_two_scores_are_no_one_match() -> None:
    two = REPORT.replace(
        "defeated Chile 2–1 in the final", "beat Chile by scores of 2–1 and 3–0 in"
    )
    result = generate(two, slug="atlantic", title="Atlantic Cup")
    assert not any("win over" in q.text for q in result.qset.questions)


def test_a_score_written_with_an_em_dash_or_spaces_names_the_match_too() -> None:
    # Every reader of results shares one score shape: an em dash or a spaced hyphen is a score
    for written in ("2—1", "2 - 1"):
        report = REPORT.replace("2–1", written)
        asked = [q.text for q in generate(report, slug="atlantic", title="Atlantic").qset.questions]
        assert any(text.startswith("In Norway's win over Chile") for text in asked), written
