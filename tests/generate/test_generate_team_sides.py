"""A one-match report's person options from the side the question puts its key on: the
article tells each side's people by a change, a substitution, a lead given or a coach's
side, with or without a score heading (review 41)."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import Fact
from questions.generate.lineups import one_match
from questions.generate.options import OptionContext
from questions.generate.scenes import person_teams
from questions.generate.sidemix import mixed_sides
from questions.generate.sides import wrong_side

REPORT = (
    "Chile beats Peru 2-1 in the Andes Cup final\n\n"
    "On Saturday, Chile defeated Peru 2–1 in the final of the Andes Cup in Lima. "
    "Peruvian midfielder Diego Salas committed a foul early in the game. "
    "Pedro Morales scored from the free kick, giving Chile an early lead. "
    "In the 20th minute, Javier Soto came close to doubling the lead for Chile, but missed. "
    "Chilean defender Felipe Araya was booked in the 30th minute. "
    "Just after the hour mark, Luis Ortega missed a chance to level for Peru. "
    "Peru's striker Carlos Vega equalised in the 70th minute. "
    "Peru made a change in the 75th minute; Marco Diaz was taken off for Pablo Rojas. "
    "Gonzalo Rivas came on for Araya in the 80th minute. "
    "Javier Soto scored the winner in the 88th minute.\n\n"
    'After the match, Peru\'s coach Jorge Castillo said, "We all feel the pain of defeat."\n'
)


def _teams(nlp: Any, text: str) -> dict[str, frozenset[str]]:
    return person_teams(list(nlp(text).sents))


def test_a_sides_change_and_a_substitution_tell_the_players_side(nlp: Any) -> None:
    teams = _teams(nlp, REPORT)
    assert teams["marco diaz"] == teams["pablo rojas"] == frozenset({"peru"})
    assert teams["gonzalo rivas"] == frozenset({"chilean"})  # on for Araya, Chilean
    assert teams["jorge castillo"] == frozenset({"peru"})  # "Peru's coach Jorge Castillo"


def test_a_lead_given_or_doubled_tells_the_scorers_side(nlp: Any) -> None:
    teams = _teams(nlp, REPORT)
    assert teams["pedro morales"] == frozenset({"chile"})  # "giving Chile an early lead"
    assert teams["javier soto"] == frozenset({"chile"})  # "doubling the lead for Chile"
    # a penalty for a side is no deed of the side's: its taker may be either side's
    assert "ana ruiz" not in _teams(nlp, "Ana Ruiz won a penalty for Chile.")


def test_a_report_of_one_match_has_a_score_between_its_two_sides(nlp: Any) -> None:
    sentences = list(nlp(REPORT).sents)
    assert one_match(sentences, person_teams(sentences))
    unscored = [s for s in sentences if "2–1" not in s.text]
    assert not one_match(unscored, person_teams(unscored))


def _context(stem: str, **kw: Any) -> OptionContext:
    fact = Fact(0, 0, 2, "Luis Ortega", "PERSON", "person")
    teams = {
        "luis ortega": frozenset({"peru"}),
        "diego salas": frozenset({"peruvian"}),
        "pedro morales": frozenset({"chile"}),
    }
    return OptionContext(fact, stem, "", frozenset(), frozenset(), frozenset(), (),
                         teams=teams, **kw)  # fmt: skip


def test_in_a_one_match_report_the_other_sides_player_is_no_option() -> None:
    stem = "Who missed a chance to level for Peru?"
    assert wrong_side("Pedro Morales", "Luis Ortega", _context(stem, match=True))
    assert not wrong_side("Diego Salas", "Luis Ortega", _context(stem, match=True))
    # an article of no one match: people of two nations may be anyone's options
    assert not wrong_side("Pedro Morales", "Luis Ortega", _context(stem))


def test_options_of_no_side_give_way_to_the_keys_teammates() -> None:
    ctx = _context("Who was taken off?", match=True)
    chosen = ["Diego Salas", "Tom Reed", "Ana Ruiz"]
    pool = ["Diego Salas", "Tom Reed", "Ana Ruiz", "Max Lee"]
    assert mixed_sides(chosen, pool, "Luis Ortega", lambda o: True, ctx) == chosen
    teams = {**ctx.teams, "max lee": frozenset({"peru"})}
    ctx = OptionContext(ctx.fact, ctx.stem, "", frozenset(), frozenset(), frozenset(), (),
                        teams=teams, match=True)  # fmt: skip
    assert mixed_sides(chosen, pool, "Luis Ortega", lambda o: True, ctx) == [
        "Diego Salas",
        "Max Lee",
        "Ana Ruiz",
    ]


def test_a_match_reports_person_questions_keep_to_the_keys_side() -> None:
    quiz = generate(REPORT, slug="andes", title="Chile beats Peru 2-1 in the Andes Cup final")
    teams = {
        "peru": {"Diego Salas", "Luis Ortega", "Carlos Vega", "Marco Diaz", "Pablo Rojas",
                 "Jorge Castillo"},
        "chile": {"Pedro Morales", "Javier Soto", "Felipe Araya", "Gonzalo Rivas"},
    }  # fmt: skip
    asked = 0
    for question in quiz.qset.questions:
        side = next((s for s in teams.values() if question.correct_option in s), None)
        if side is None:
            continue
        asked += 1
        others = set().union(*teams.values()) - side
        assert not others & set(question.options), question.text
    assert asked
