"""A name the model calls an organisation that is a street, a building, a team or a school is
asked as one ("Which street …", "Which team's goalkeeper …"), and only names of its own kind
are its rivals: a player or a competition is no club's, a weather service no university's."""

from __future__ import annotations

from questions.generate.nlp import load_nlp
from questions.generate.thingkinds import asked_as_thing, name_kind, other_thing, thing_kinds

_MATCH = """Harbour Rovers win the Coastal Cup

Northbridge football club Harbour Rovers beat Westfield Athletic 2-1 on Saturday to win the \
Coastal Cup for the third time.

Westfield Athletic's goalkeeper Sam Reyes saved a penalty in the tenth minute. Westfield \
Athletic's striker Leo Marsh scored first, but Harbour Rovers' striker Tom Dale scored twice \
after the break.

Westfield Athletic's attack had four shots on goal in the first half. Coach Ana Ruiz said \
the team would rest for a week before the league starts again. About 9,000 fans watched \
the final at the Northbridge ground, where the cup was first played in 1987.
"""


def test_a_goalkeepers_side_is_a_team() -> None:
    """ "Westfield Athletic's goalkeeper" and "football club Harbour Rovers": both teams."""
    kinds = thing_kinds(load_nlp()(_MATCH).sents)
    assert kinds.get("westfield athletic") == "team"
    assert kinds.get("harbour rovers") == "team"


def test_a_team_is_asked_as_a_team_and_no_player_is_its_rival() -> None:
    """ "Which organization's goalkeeper" of a club reads "Which team's goalkeeper"; a player
    and a competition are no club's rivals, another club is."""
    kinds = thing_kinds(load_nlp()(_MATCH).sents)
    asked = "Which organization's goalkeeper saved a penalty in the tenth minute?"
    assert asked_as_thing(asked, "Westfield Athletic", kinds) == (
        "Which team's goalkeeper saved a penalty in the tenth minute?"
    )
    assert other_thing("Sam Reyes", "Westfield Athletic", kinds)
    assert other_thing("Coastal Cup", "Westfield Athletic", kinds)
    assert not other_thing("Harbour Rovers", "Westfield Athletic", kinds)


def test_a_street_is_asked_as_a_street() -> None:
    """ "Which organization was the town's main thoroughfare?" of a street misreads."""
    asked = "Which organization was the town's main thoroughfare in May 2009?"
    assert asked_as_thing(asked, "Quay Street", {}) == (
        "Which street was the town's main thoroughfare in May 2009?"
    )
    assert other_thing("Harbour Trust", "Quay Street", {})  # a body is no street's rival
    assert not other_thing("Mill Road", "Quay Street", {})


def test_a_loft_complex_is_a_building_and_a_body_stays_a_body() -> None:
    """ "Elm Mill Lofts" is a building ("which building"); "Harbour Trust" keeps "which
    organization"; "Red Cross", a body WordNet knows, is no building for its "Cross"."""
    assert name_kind("Elm Mill Lofts") == "building"
    assert asked_as_thing("Which organization is located in Eastside?", "Elm Mill Lofts", {}) == (
        "Which building is located in Eastside?"
    )
    said = "Which organization said the park would close?"
    assert asked_as_thing(said, "Harbour Trust", {}) == said
    assert name_kind("Red Cross") == ""


def test_a_school_takes_schools_only() -> None:
    """ "Lakeside Tech" is a school: a weather service or a loft complex is no rival of it, a
    university is."""
    assert other_thing("National Weather Service", "Lakeside Tech", {})
    assert other_thing("Elm Mill Lofts", "Lakeside Tech", {})
    assert not other_thing("Hill State University", "Lakeside Tech", {})


def test_an_acronym_takes_the_kind_of_what_it_abbreviates() -> None:
    """ "USI", spelled out as a university: a school; "Red Cross", of several words, is judged
    by its own words, not by the head noun "cross" a kinds list gives it."""
    kinds = thing_kinds([], {"usi": "university", "red cross": "cross"})
    assert kinds == {"usi": "school"}
    assert other_thing("Andy Warhol Foundation", "USI", kinds)
