"""A city the question places in a US state, after the blank or inside a name it shows, takes
only that state's cities as options (review 25: "_____, New York" offered Los Angeles; "the
University of Southern Indiana's exhibit" offered North Carolina towns)."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.fit import only_places
from questions.generate.options import article_context, option_context
from questions.generate.placefit import wrong_place
from questions.generate.statecities import named_state_cities, state_cities


def _options(stem: str, key: str) -> list[str] | None:
    fact = Fact(0, 0, 1, key, "GPE", "place", "city")
    context = option_context(article_context(stem, [fact], [], None), fact, stem)
    return only_places(fact, key, context)


def test_a_blank_before_its_state_and_more_text_takes_that_states_cities(nlp: Any) -> None:
    stem = "The quilts hang at Harmon College in _____, New York and a later show opens in May."
    options = _options(stem, "Saratoga Springs")
    assert options and {"Buffalo", "Rochester"} <= set(options), options
    assert "Los Angeles" not in options and "Saratoga Springs" not in options


def test_a_state_inside_a_name_the_question_shows_fixes_the_city(nlp: Any) -> None:
    stem = "Where is the University of Southern Indiana's pottery show held?"
    options = _options(stem, "Evansville")
    assert options and set(options) <= set(state_cities("Indiana")), options
    assert "Evansville" not in options and "Durham" not in options
    ohio = _options("Which city hosts the Ohio State University marching band?", "Columbus")
    assert ohio and "Cleveland" in ohio and "Pittsburgh" not in ohio


def test_a_state_the_key_is_not_in_fixes_nothing(nlp: Any) -> None:
    # "Boston, Washington and Chicago" lists cities; Boston lies in no Washington
    assert named_state_cities("The tour went to _____, Washington and Chicago.", "Boston") is None
    # "West Virginia" is not Virginia; "Washington, D.C." is no state
    assert named_state_cities("Where did the West Virginia team train?", "Richmond") is None
    assert named_state_cities("He flew from Washington, D.C. to _____.", "Seattle") is None
    # the key's own name says the state: no hint to the reader
    assert named_state_cities("Where is the New York Herald printed?", "New York City") is None


def test_a_metropolis_parts_are_not_its_states_cities() -> None:
    # geonames lists New York City's boroughs and neighbourhoods as cities of their own
    cities = state_cities("New York")
    assert "New York City" in cities and "Buffalo" in cities and "Yonkers" in cities
    assert not {"Brooklyn", "Queens", "Upper West Side", "Harlem"} & set(cities)
    assert "Saint Paul" in state_cities("Minnesota")  # a twin city is a city


def test_a_state_the_question_names_does_not_rule_out_its_capital() -> None:
    stem = "Where is the University of Southern Indiana's pottery show held?"
    assert not wrong_place("Indianapolis", "Evansville", stem, "city")
    # a people the stem names still rules out its country
    assert wrong_place("Afghanistan", "Pakistan", "Where did the Afghan team land?", "country")
