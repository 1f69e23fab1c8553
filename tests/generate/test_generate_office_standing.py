"""A key of high public office gets rivals of like standing only, and a body's short and long
names are never two options (blind review 67).

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.bodytwins import one_body
from tests.generate.test_generate_people import _options

_RALLY = (
    "Norway's Premier Maria Holmberg spoke at the farm fair on Friday. "
    "Fair director Jonas Brekke said the hall was full. "
    "Fair intern and college student Lena Dahl handed out leaflets. "
    "Volunteer Per Olsen sold tickets at the gate. "
    "Voters chose Conservative candidate for Norwegian Premier, Erik Vang, over Maria Holmberg."
)
_PEERS = _RALLY + " Senator Anna Lind of Sweden, Governor Karl Berg and Mayor Ola Nilsen came too."


def test_a_premier_gets_no_director_or_intern_as_rival(nlp: Any) -> None:
    stem = "Voters chose Conservative candidate for Norwegian Premier, Erik Vang, over _____."
    assert _options(nlp, _RALLY, "Maria Holmberg", stem) == []


def test_a_candidate_for_a_nations_head_gets_no_fair_staff(nlp: Any) -> None:
    stem = "Voters chose Conservative candidate for Norwegian Premier, _____, over Maria Holmberg."
    assert _options(nlp, _RALLY, "Erik Vang", stem) == []


def test_a_premier_keeps_rivals_of_public_standing(nlp: Any) -> None:
    stem = "Voters chose Conservative candidate for Norwegian Premier, Erik Vang, over _____."
    options = _options(nlp, _PEERS, "Maria Holmberg", stem)
    assert options and set(options) <= {"Anna Lind", "Karl Berg", "Ola Nilsen"}


def test_a_bodys_name_with_its_owner_added_is_one_body() -> None:
    assert one_body("Water Board", "Water Board of the Ministry of Farming")
    assert one_body("Harbour Council of Oslo", "Harbour Council")
    assert not one_body("Congress", "Congress of Fishermen")  # one word names no body
    assert not one_body("Water Board", "Water Board Union")


def test_a_deed_naming_no_office_keeps_the_articles_people(nlp: Any) -> None:
    # review 22: a coach, an ambassador and a founder are fair for "Who personally asked …?"
    stem = "Who opened the farm fair on Friday?"
    assert _options(nlp, _RALLY, "Maria Holmberg", stem)
