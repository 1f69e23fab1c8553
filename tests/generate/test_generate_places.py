"""Places and countries asked with same-kind wrong options, from sentences of the corpus.

"too few options" was the top refusal over the corpus, places a large part of it: the model
called "Herat" an organisation and "IE6" a place, "England", "Korea" and "U.S." had no known
kind, and the city "Kabul" got "Mexico City" from the article.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from questions.generate.countrythe import says_the
from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.places import places_named
from questions.generate.pools import city_names, continent, country_code, place_kind
from tests.generate.generated import SharedGenerations

CORPUS = Path(__file__).parent / "corpus"


def _facts(nlp: Any, text: str) -> list[Fact]:
    """Return the facts of a short text after the article-wide place corrections."""
    sentences = list(nlp(text).sents)
    found = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    return [f for facts in places_named(found, sentences) for f in facts]


def _options(nlp: Any, text: str, key: Fact, stem: str) -> list[str]:
    """Choose the wrong options for a key of a short article, in a question's stem."""
    article = _facts(nlp, text)
    sentences = list(nlp(text).sents)
    ctx = option_context(article_context(text, article, sentences), key, stem)
    return choose_distractors(key, key.text, article, "", stem, ctx)[0]


def test_the_uks_nations_and_initials_are_countries() -> None:
    for nation in ("England", "Scotland", "Wales", "Northern Ireland"):
        assert place_kind(nation) == "country", nation
    assert place_kind("U.S.") == place_kind("U.K.") == "country"
    assert country_code("UK") == "GB" and country_code("USA") == "US"
    assert country_code("SA") == ""  # South Africa or Saudi Arabia: no one country
    assert country_code("England") == "GB"  # inside the United Kingdom, so never beside it


def test_cities_written_without_accents_or_with_their_district() -> None:
    assert place_kind("Herat") == "city"  # geonames writes "Herāt"
    assert place_kind("Washington D.C.") == "city"
    assert "Herat" in city_names()["AF"] and "Kandahar" in city_names()["AF"]


def test_a_city_the_model_calls_an_organisation_is_a_city(nlp: Any) -> None:
    text = ("Even applying for a visa required the entire team to travel about 500 miles "
            "(800 km) from Herat, their home, to the capital in Kabul, through territory "
            "controlled by the Taliban.")  # fmt: skip
    kinds = {f.text: (f.kind, f.subtype) for f in _facts(nlp, text)}
    assert kinds["Herat"] == ("place", "city")
    assert kinds["Taliban"] == ("organization", "")  # no gazetteer knows it: unchanged
    text = ("Wikinews observed the USI exhibit identifies and features Polaroids of fashion "
            "designer Halston, a former resident of Evansville.")  # fmt: skip
    assert ("Evansville", "city") in {(f.text, f.subtype) for f in _facts(nlp, text)}


def test_software_is_no_place(nlp: Any) -> None:
    text = "Web developers face big problems with IE6. IE6 shipped with Windows XP in 2001."
    assert [f.text for f in _facts(nlp, text) if f.kind == "place"] == []


def test_a_short_name_of_a_country_the_article_names_in_full(nlp: Any) -> None:
    text = (
        "In the first game of the day, Sweden faced South Korea at the Nizhny Novgorod "
        "Stadium. Korea's Kim Shin-Wook was shown a yellow card early in the game."
    )
    subtypes = {f.text: f.subtype for f in _facts(nlp, text) if f.kind == "place"}
    assert subtypes["Korea"] == "country"
    assert subtypes["Nizhny Novgorod Stadium"] == "place"  # a stadium stays a stadium
    text = "According to Yonhap news agency, quoting North Korea's main news agency, it said."
    assert ("North Korea", "country") in {(f.text, f.subtype) for f in _facts(nlp, text)}


WORLD_CUP = (
    "Yesterday, day five of the 2018 FIFA football World Cup, Sweden defeated South Korea 1–0; "
    "Belgium defeated debutants Panama 3–0; and Tunisia lost 1–2 to England, with a late goal "
    "from English captain Harry Kane."
)


def test_england_gets_the_other_teams_and_never_the_united_kingdom(nlp: Any) -> None:
    key = next(f for f in _facts(nlp, WORLD_CUP) if f.text == "England")
    stem = "Which country did Tunisia lose to 1–2, with a late goal from Harry Kane?"
    options = _options(nlp, WORLD_CUP, key, stem)
    assert len(options) == 3
    assert set(options) <= {"Sweden", "South Korea", "Belgium", "Panama"}  # not Tunisia
    alone = _options(nlp, "Tunisia lost 1–2 to England.", key, stem)
    assert len(alone) == 3 and "United Kingdom" not in alone and "Ireland" in alone
    assert all(place_kind(o) == "country" for o in alone)


def test_a_city_gets_cities_of_its_own_country(nlp: Any) -> None:
    text = ("They had to travel from Herat to the capital in Kabul. Next year's competition "
            "is scheduled to take place in Mexico City.")  # fmt: skip
    key = next(f for f in _facts(nlp, text) if f.text == "Kabul")
    options = _options(nlp, text, key, "Where is the capital of the country the team is from?")
    assert len(options) == 3 and "Mexico City" not in options
    assert all(o in city_names()["AF"] for o in options)


def test_a_country_after_the_gets_only_names_said_with_the(nlp: Any) -> None:
    text = "The six-member Afghan team had been denied visas to enter the United States."
    key = next(f for f in _facts(nlp, text) if f.text == "United States")
    stem = "The six-member Afghan team had been denied visas to enter the _____."
    assert key.subtype == "country"
    after_the = _options(nlp, text, key, stem)  # "enter the Canada" is no English
    assert "Canada" not in after_the and all(says_the(o) for o in after_the)
    options = _options(nlp, text, key, "Which country had denied the Afghan team visas?")
    assert len(options) == 3 and all(continent(o) == "NA" for o in options)


def test_korea_article_asks_which_country_with_countries(generation: SharedGenerations) -> None:
    questions = generation.corpus("north-korea-quasi-state-of-war").qset.questions
    asked = [q for q in questions if "which country" in q.text.lower()]
    assert asked, [q.text for q in questions]
    for q in asked:
        assert all(place_kind(o) == "country" for o in q.options), q.options
        # the side that evacuated and broadcast, or the one that threatened to respond
        assert q.options[q.answer] in ("South Korea", "North Korea")
        # Its neighbours by land and by sea, not far-off populous countries.
        assert set(q.options) == {"South Korea", "North Korea", "Japan", "China"}, q.options


def test_country_options_come_nearest_first(nlp: Any) -> None:
    text = "Teams from Morocco and Iran both had difficulties crossing the border."
    key = next(f for f in _facts(nlp, text) if f.text == "Morocco")
    options = _options(nlp, text, key, "Teams from _____ and Iran had difficulties.")
    assert set(options) <= {"Algeria", "Tunisia", "Mauritania", "Libya"}, options
