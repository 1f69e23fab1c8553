"""Places no city or state gazetteer holds: a US county gets its state's counties, a river
WordNet places gets the rivers of its land; a place no library knows is still refused.

Every text here is made up.
"""

from __future__ import annotations

from typing import Any

from questions.generate.counties import county_rivals, county_state
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.landmarks import landmark_rivals, place_options, unknown_place
from questions.generate.options import article_context, option_context
from questions.generate.three import too_few_options

COURT = """A judge in California's Fresno County sentenced a former bank clerk to eight \
years in prison on Monday. The clerk, who lives in Fresno, had taken money from elderly \
customers for a decade. Prosecutor Helen Marsh said the sentence sent a clear message.
"""

RIVER = """Hundreds of rowers gathered in Glasgow on Saturday for a charity race on the \
river Clyde. Organiser Fiona Baird said the race raised money for a children's hospital, \
and that the Rowing Society hoped to hold it again next spring.
"""

VILLAGE = """Flood water reached the village of Tarnwick on Sunday, and the local council \
opened a shelter in a school. Councillor Peter Hale said the water was falling slowly.
"""


def _options(nlp: Any, text: str, key: str, stem: str, others: list[Fact]) -> list[str]:
    """Return the wrong options for a place key of a made-up article, once the question
    count rule has judged them (none where it refuses)."""
    sentences = list(nlp(text).sents)
    fact = Fact(0, 0, 1, key, "GPE", "place", "place")
    article = [fact, *others]
    base = article_context(text, article, sentences)
    chosen, origin = choose_distractors(
        fact, key, article, stem, stem, option_context(base, fact, stem)
    )
    return [] if too_few_options(fact, key, chosen, origin) else chosen


def test_a_county_gets_other_counties_of_its_state(nlp: Any) -> None:
    """Beside Fresno County stand three other California counties, never the key's city,
    its state, or a county of another state."""
    state = Fact(1, 0, 1, "California", "GPE", "place", "state")
    city = Fact(2, 0, 1, "Fresno", "GPE", "place", "city")
    stem = "A judge in California's _____ sentenced a former bank clerk to eight years."
    chosen = _options(nlp, COURT, "Fresno County", stem, [state, city])
    assert len(chosen) == 3, chosen
    california = set(county_rivals("Fresno County", [], "seed"))
    assert set(chosen) <= california, chosen
    assert all(option.endswith(" County") for option in chosen)


def test_a_county_several_states_share_is_placed_by_the_article() -> None:
    """ "Orange County" is a county of several states: the state the article names decides;
    with none named it is no one state's and gets no rivals."""
    florida = [Fact(1, 0, 1, "Florida", "GPE", "place", "state")]
    assert county_state("Orange County", florida) == "FL"
    assert county_state("Orange County", []) == ""
    assert county_rivals("Orange County", [], "seed") == []
    assert "Miami-Dade County" in county_rivals("Orange County", florida, "seed")


def test_a_river_gets_rivers_of_its_land(nlp: Any) -> None:
    """The Clyde, a river of Scotland: the Forth first, then rivers of Britain; never the
    article's other places, nor a river of another continent."""
    city = Fact(1, 0, 1, "Glasgow", "GPE", "place", "city")
    stem = "Hundreds of rowers gathered for a charity race on the river _____."
    chosen = _options(nlp, RIVER, "Clyde", stem, [city])
    assert len(chosen) == 3, chosen
    assert "Forth" in chosen
    assert set(chosen) <= set(landmark_rivals("Clyde"))
    assert not {"Mississippi", "Nile", "Amazon", "Glasgow"} & set(chosen)


def test_a_place_no_library_knows_is_refused(nlp: Any) -> None:
    """A village no gazetteer or WordNet holds gets no invented rivals."""
    stem = "Flood water reached the village of _____ on Sunday."
    assert _options(nlp, VILLAGE, "Tarnwick", stem, []) == []


def test_a_surname_taken_for_a_place_gets_no_lakes() -> None:
    """ "Baykal" of a man the article names in full is no lake: WordNet's lakes are not its
    rivals, and the key is refused as an unknown place rather than set among lakes."""
    person = Fact(1, 0, 1, "Omer Baykal", "PERSON", "person")
    fact = Fact(0, 0, 1, "Baykal", "GPE", "place", "place")
    assert landmark_rivals("Baykal")  # WordNet's Lake Baikal, spelt so
    assert place_options(fact, "Baykal", [fact, person], "seed") == []
    assert unknown_place(fact, "Baykal", [fact, person], "seed")


def test_no_rival_holds_or_is_held_by_the_key() -> None:
    """A range of the Alps is no rival to the Alps (it is the Alps too); a continent's
    rivals are left to the continents' own rule."""
    assert "Tyrolean Alps" not in landmark_rivals("Alps")
    assert "Pyrenees" in landmark_rivals("Alps")
    assert landmark_rivals("Africa") == ()


def test_a_rival_is_written_as_the_key_is() -> None:
    """Beside "Mount McKinley" stand "Mount …" names, not WordNet's bare "Hubbard"."""
    assert "Mount Hubbard" in landmark_rivals("Mount McKinley")
    assert "Hubbard" not in landmark_rivals("Mount McKinley")
