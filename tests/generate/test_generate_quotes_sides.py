"""A quotation asked with no speaker, a quoted "these measures" and a match's key alone on
its side among the options (review 25)."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.filters import unattributed_quote
from questions.generate.options import OptionContext
from questions.generate.references import unresolved_reference
from questions.generate.scenes import no_countries
from questions.generate.sidemix import mixed_sides


def test_a_blank_in_a_quotation_no_one_is_said_to_speak_is_refused() -> None:
    stem = "\"Those who back the plan will forget the _____ and say, 'Give me a new road'\"."
    assert unattributed_quote(stem) is not None
    assert unattributed_quote('"Voters will forget the _____ by next spring.') is not None
    assert unattributed_quote("“Voters will forget the _____ by next spring.”") is not None


def test_a_quotation_asked_with_its_speaker_stands() -> None:
    assert unattributed_quote('Mayor Ana Holt said: "Voters will forget the _____."') is None
    assert unattributed_quote('"Voters will forget the _____," said Mayor Ana Holt.') is None
    assert unattributed_quote('Who said "Voters will forget the cost by spring"?') is None
    assert unattributed_quote("The council spent _____ on the new road.") is None


def _fact(sentence: Any, text: str, kind: str) -> Fact:
    start = next(t.i for t in sentence if sentence.doc[t.i : t.i + len(text.split())].text == text)
    end = start + len(text.split())
    return Fact(0, start, end, text, "X", kind)


def test_these_inside_a_quotation_points_back_when_the_blank_is_in_it(nlp: Any) -> None:
    text = 'Mayor Ana Holt said, "Backers of these measures will ignore the high cost of Route 9."'
    sentence = next(nlp(text).sents)
    route = _fact(sentence, "Route 9", "name")
    stem = 'Mayor Ana Holt said, "Backers of these measures will ignore the high cost of _____."'
    assert "these measures" in (unresolved_reference(sentence, route, stem) or "")
    # asking who said it: the words are hers, what she means by them is no question's
    holt = _fact(sentence, "Ana Holt", "person")
    asked = 'Who said, "Backers of these measures will ignore the high cost of Route 9."?'
    assert unresolved_reference(sentence, holt, asked) is None


def test_a_country_the_model_once_took_for_a_person_is_still_a_side() -> None:
    assert no_countries({"tunisia", "lukaku", "harry kane"}) == {"lukaku", "harry kane"}


def _context(teams: dict[str, frozenset[str]]) -> OptionContext:
    fact = Fact(0, 0, 2, "Diego Salas", "PERSON", "person")
    scene = frozenset(teams) | {"ana ruiz", "tom reed"}
    return OptionContext(fact, "Who was substituted off?", "", frozenset(), frozenset(),
                         frozenset(), (), scene=scene, teams=teams)  # fmt: skip


def test_a_key_alone_on_its_side_gets_a_teammate_among_the_options() -> None:
    teams = {
        "diego salas": frozenset({"peru"}),
        "luis ortega": frozenset({"peruvian"}),
        "kwame boateng": frozenset({"ghana"}),
    }
    chosen = ["Kwame Boateng", "Tom Reed", "Ana Ruiz"]
    pool = ["Kwame Boateng", "Luis Ortega", "Tom Reed"]
    mixed = mixed_sides(chosen, pool, "Diego Salas", lambda o: True, _context(teams))
    assert mixed == ["Kwame Boateng", "Tom Reed", "Luis Ortega"]  # the other side's kept too


def test_options_with_a_teammate_or_a_key_of_no_side_stay() -> None:
    teams = {"diego salas": frozenset({"peru"}), "luis ortega": frozenset({"peru"})}
    chosen = ["Luis Ortega", "Tom Reed", "Ana Ruiz"]
    ctx = _context(teams)
    assert mixed_sides(chosen, ["Luis Ortega"], "Diego Salas", lambda o: True, ctx) == chosen
    others = ["Tom Reed", "Ana Ruiz", "Max Lee"]
    assert mixed_sides(others, ["Luis Ortega"], "Max Vela", lambda o: True, ctx) == others
    # a teammate the question cannot take ("_____ replaced Luis Ortega") is no option
    assert mixed_sides(others, ["Luis Ortega"], "Diego Salas", lambda o: False, ctx) == others
