"""Places a question's own words rule out (blind review 58): the side a winner "beat the
Americans" cannot be the United States; a country whose states the question lists ("lived in
Ohio, Michigan and Nevada") leaves no other country possible; "_____, England" takes English
cities, never Cardiff."""

from __future__ import annotations

from typing import Any

from questions.generate.citynations import states_give_country
from questions.generate.demonyms import people_nations
from questions.generate.facts import Fact
from questions.generate.fit import only_places
from questions.generate.giveaways import echoed_option
from questions.generate.options import article_context, option_context
from questions.generate.pipeline import generate
from questions.generate.statecities import region_cities
from questions.generate.whphrase import place_wh, wh_phrase

MATCH = """Portugal knocks out rivals at youth hockey championship

Monday, May 4, 2015

Portugal beat the Americans 3-1 to reach the semi-finals against Chile at the World Youth \
Hockey Championship.

Portuguese forward Tiago Moreira scored twice in the second half, and the home crowd cheered \
every pass. The United States pressed forward late in the match but could not find a second \
goal before the final whistle.

Chile beat Argentina 2-0 in the other quarter-final on Sunday, with both goals coming from \
corners. The semi-final between the two sides will be played on Wednesday evening, and the \
final is set for Saturday afternoon at the same ground.
"""


def test_the_side_the_winner_beat_is_no_rival() -> None:
    """ "Which country beat the Americans …?": the United States is not among the options."""
    quiz = generate(MATCH, slug="match", title=MATCH.splitlines()[0])
    asked = [q for q in quiz.qset.questions if "beat the Americans" in q.text and "which country"
             in q.text.lower()]  # fmt: skip
    assert asked, [q.text for q in quiz.qset.questions]
    for question in asked:
        assert question.correct_option == "Portugal"
        assert "United States" not in question.options, question.options


def test_a_people_said_by_adjective_or_noun_names_its_country() -> None:
    """WordNet's pertainyms and people's nouns, plural too; a country's own name is none."""
    assert people_nations("Which side beat the Americans?") == {"US"}
    assert people_nations("the French coach and two Spaniards") == {"FR", "ES"}
    assert people_nations("the Kiwis and the New Zealanders") == {"NZ"}
    assert people_nations("Which country beat Brazil?") == frozenset()
    # "Georgian" is first a native of the US state: no country
    assert people_nations("Two Georgians won.") == frozenset()
    # part of a name: the Organization of American States is no US body
    assert people_nations("It voted for an Organization of American States motion.") == set()
    # a side's noun, not students said Brazilian, who may be at home in Brazil
    assert people_nations("the Brazilian students", nouns=True) == frozenset()
    assert people_nations("Which side beat the Americans?", nouns=True) == {"US"}


def test_states_of_the_key_in_the_question_give_the_country_away() -> None:
    """ "Fraudsters within the _____ lived in Ohio, Michigan and Nevada": no other country."""
    stem = "Fraudsters living within the _____ most often lived in Ohio, Michigan and Nevada."
    assert echoed_option(stem, "United States", ["Canada", "Mexico", "Cuba"]) is not None
    provinces = "Which country's forests burned in Alberta and Saskatchewan last summer?"
    assert states_give_country(provinces, "Canada") is not None
    # states of another country than the key's are no giveaway
    assert states_give_country("Fraudsters in Ohio sent money to the _____.", "Nigeria") is None
    # a state called like a given name alone may be a person: "Queen Victoria"
    assert states_give_country("Queen Victoria ruled the _____ then.", "Australia") is None
    # "Georgia" is a country's name too
    assert states_give_country("Which country's ships reached Georgia?", "Russia") is None


def _city_options(stem: str, key: str) -> list[str] | None:
    fact = Fact(0, 0, 1, key, "GPE", "place", "city")
    context = option_context(article_context(stem, [fact], [], None), fact, stem)
    return only_places(fact, key, context)


def test_a_city_blank_before_its_region_takes_that_regions_cities(nlp: Any) -> None:
    """ "_____, England": English cities; "_____, Wales": Welsh ones."""
    options = _city_options("A fire at the Harbour Arena in _____, England closed the road.",
                            "Leeds")  # fmt: skip
    assert options and {"Birmingham", "Manchester"} <= set(options), options
    assert not {"Cardiff", "Glasgow", "Leeds"} & set(options)
    welsh = _city_options("A fire at the Harbour Arena in _____, Wales closed the road.", "Newport")
    assert welsh and set(welsh) <= set(region_cities("Wales")) and "London" not in welsh
    # a region whose divisions geonames numbers ("Ontario": "08") is found by its WordNet cities
    assert "Toronto" in region_cities("Ontario") and "Vancouver" not in region_cities("Ontario")


def test_a_nation_of_the_key_country_gives_it_away() -> None:
    """ "Wales is to stay part of the _____" keyed the United Kingdom: Wales tells the key, so
    the question is refused; a sister nation tells nothing of a nation key ("England")."""
    assert states_give_country("Wales is to stay part of the _____.", "United Kingdom")
    assert states_give_country("Scotland votes to stay in the _____.", "UK")
    assert states_give_country("Wales beat _____ 2-1 in Cardiff.", "England") is None
    assert states_give_country("The _____ left the European Union in 2020.", "UK") is None


def test_a_city_blank_before_a_numbered_division_takes_its_cities(nlp: Any) -> None:
    """ "_____, Ontario": Ontario's cities, though geonames numbers Canada's provinces ("08");
    no US city, nor Vancouver in British Columbia."""
    stem = "A fire at the Cedar Street library in _____, Ontario, closed the building on Friday."
    options = _city_options(stem, "Kitchener")
    assert options and {"Toronto", "Ottawa"} <= set(options), options
    assert not {"Vancouver", "Seattle", "Boston", "Kitchener"} & set(options)
    assert set(_city_options(stem.replace("Ontario", "Queensland"), "Cairns") or ()) <= set(
        region_cities("Queensland")
    ) and "Brisbane" in region_cities("Queensland")
    # a division's name that is a country's too ("Mexico": a Mexican state) fixes no cities
    assert region_cities("Mexico") == ()


def test_a_division_is_asked_by_its_own_kind() -> None:
    """ "Pensioners in which province": Manitoba is a province, Yukon a territory, Queensland a
    state; a name two kinds share ("Punjab") stays "which state"."""
    manitoba = Fact(0, 2, 3, "Manitoba", "GPE", "place", "state")
    assert wh_phrase(manitoba, None) == "which province"
    assert place_wh(Fact(0, 0, 1, "Yukon", "GPE", "place", "state")) == "which territory"
    assert place_wh(Fact(0, 0, 1, "Queensland", "GPE", "place", "state")) == "which state"
    assert place_wh(Fact(0, 0, 1, "Punjab", "GPE", "place", "state")) == "which state"
    assert place_wh(Fact(0, 0, 1, "Ohio", "GPE", "place", "state")) == "which state"
