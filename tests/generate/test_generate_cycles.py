"""Review 10's World Cup question: years in the event's cycle, and the tournament named."""

from __future__ import annotations

from questions.generate.cycles import year_cycle
from questions.generate.variants import year_variants
from tests.generate.generated import SharedGenerations


def test_world_cup_years_are_asked_among_world_cup_years(generation: SharedGenerations) -> None:
    # Review 10: "the World Cup since _____" offered 1955, 1956, 1957 — no World Cup years.
    asked = generation.keyed("world-cup-2018-day-five", "1958")
    assert asked, "no question on 1958"
    _, options = asked[0]
    assert all((int(option) - 1958) % 4 == 0 for option in options), options


def test_a_cycle_needs_the_same_event_dated_whole_cycles_away() -> None:
    text = "The 2018 FIFA football World Cup began. Sweden last won an opener in 1958."
    stem = "Sweden's first opening win at the World Cup since _____?"
    events = frozenset({"the World Cup"})  # the model's EVENT names
    assert year_cycle("1958", stem, text, events) == 4
    assert year_cycle("1958", stem, text) == 1  # no event named: a place, a team
    assert year_cycle("1959", stem, text, events) == 1  # 59 years: no four-year rhythm
    assert year_cycle("1958", "Which law passed in _____?", text, events) == 1  # another event
    assert year_cycle("June 1958", stem, text, events) == 1  # a date is not asked by its year
    # code review: "Hong Kong" dated four years away is no event of a four-year rhythm
    hong_kong = "In 2014 Hong Kong saw protests."
    assert year_cycle("2018", "In which year did Hong Kong vote?", hong_kong, events) == 1
    assert year_variants("1958", 4) == ["1954", "1962", "1950", "1966", "1946", "1970"]


def test_a_question_on_every_world_cup_still_names_this_one(
    generation: SharedGenerations,
) -> None:
    # Review 10: "… the opening match of the World Cup since _____" never said which World
    # Cup the win was in; the year cannot go inside "the World Cup" (every World Cup is meant).
    text, _ = generation.keyed("world-cup-2018-day-five", "1958")[0]
    assert text.startswith("In the 2018 FIFA World Cup, Sweden's win over Korea Republic")
    assert "opening match of the World Cup since _____" in text
