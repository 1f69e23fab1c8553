"""A small article's places: the state written after a city and a comma ("Abilene, Texas")
is never asked by a wh-question, whose "which state" would stand for the city; a place
said of a church or a woman ("a Nevada church", "an Oregon woman") is given no kind that
would keep the article's own states apart as rivals; a country of few large cities offers
its towns too (Galway, Waterford beside Dublin). A measure's rivals are written as the key
is, a noun or an adjective ("270 meters", not "155-meter"). Made-up text."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.citytable import city_names
from questions.generate.distractors import choose_distractors
from questions.generate.facts import sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.placekinds import place_kinds
from tests.generate.generate_checks import asked_wh


def _options(nlp: Any, text: str, key: str, stem: str) -> list[str]:
    """Return the options a made-up text gives a key, judged in its context."""
    sentences = list(nlp(text).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    fact = next(f for f in facts if f.text == key)
    context = option_context(article_context(text, facts, sentences, 2015), fact, stem)
    return choose_distractors(context.fact, key, facts, "", stem, context)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Lubbock, Texas is a city located about 300 miles west of Dallas.",  # Lubbock's state
        "Abilene, Texas is a city located about 150 miles west of Dallas.",  # hung on Abilene
    ],
)
def test_the_state_after_a_city_is_asked_by_no_wh_question(nlp: Any, text: str) -> None:
    assert asked_wh(nlp, text, "Texas")[0] is None  # not "Which state is a city located …?"


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "At the Riverside Arena, Portugal's team beat Chile on Sunday.",
            "Portugal",
            "Which country's team beat Chile on Sunday at the Riverside Arena?",
        ),
        (
            "According to Okafor, Nigeria wants to build three new ports.",
            "Nigeria",
            "Which country wants to build three new ports, according to Okafor?",
        ),
    ],
)
def test_a_subject_after_an_opening_phrase_is_still_asked(
    nlp: Any, text: str, answer: str, question: str
) -> None:
    assert asked_wh(nlp, text, answer)[0] == question


def test_a_place_said_of_a_church_or_a_woman_is_no_kind_of_place(nlp: Any) -> None:
    text = (
        "A small Nevada church has drawn reporters since May. Its pastor met an Oregon woman "
        "who joined the church in June. The woman's parents live in Vermont."
    )
    assert place_kinds(list(nlp(text).sents)) == {}
    stem = "A small _____ church has drawn reporters since May."
    assert "Oregon" in _options(nlp, text, "Nevada", stem)  # the article's own state


def test_a_country_of_few_cities_offers_its_towns(nlp: Any) -> None:
    assert {"Galway", "Waterford"} <= set(city_names()["IE"])
    assert len(city_names()["US"]) > 8 and "Tyler" not in city_names()["US"]  # many cities
    text = "Riots broke out in Dublin on Saturday. Police said 14 people were hurt."
    options = _options(nlp, text, "Dublin", "Riots broke out in _____ on Saturday.")
    assert len(options) == 3 and set(options) <= set(city_names()["IE"])


def test_a_measure_is_offered_beside_measures_written_alike(nlp: Any) -> None:
    text = (
        "In April, the 155-meter vessel was seized by pirates off Somalia. On Sunday four "
        "pirates in a skiff came within 270 meters of the ship, the navy said."
    )
    stem = "On Sunday four pirates in a skiff came within _____ of the ship, the navy said."
    options = _options(nlp, text, "270 meters", stem)
    assert len(options) == 3 and all(o.endswith(" meters") for o in options)
