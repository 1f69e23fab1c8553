"""A place said as the modifier of a home, flat or office ("died in her Memphis, Tennessee
home", "found dead in his Manhattan apartment") is asked "where", keyed by the city alone;
the state after it is no second question, and a case, a market or a race is no home."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.homeplace import home_question, second_place, sited_noun
from questions.generate.optionkinds import wrong_kind
from questions.generate.places import places_named

_ARTICLE = """Singer Mara Vell dies at 71

Friday, June 5, 2015

The singer Mara Vell died in her Memphis, Tennessee home on the morning of June 3, 2015, \
her manager said. She was 71.

Vell recorded more than 30 albums over a career of five decades. She grew up in Chicago and \
moved to Nashville at the age of 18, where she signed with a small label.

Her first hit reached the charts in 1962. She toured Europe for the first time in 1971 and \
played 40 concerts in 12 countries that year. Her last album, recorded with a choir of \
children, came out in 2013 and sold more than 200,000 copies in its first month.
"""


def _place(nlp: Any, text: str, name: str) -> tuple[Any, Any]:
    """Return the sentence and the fact for `name`, as the places stage labels it."""
    sentence = next(nlp(text).sents)
    found = places_named([sentence_facts(sentence, 0)], [sentence])[0]
    return sentence, next(f for f in found if f.text == name)


def _asked(nlp: Any, text: str, name: str) -> str | None:
    """Return the home question written for the place `name`, or None."""
    sentence, fact = _place(nlp, text, name)
    stem = home_question(sentence, fact, {})
    return stem.text if stem is not None else None


def test_a_city_of_a_home_is_asked_where(nlp: Any) -> None:
    text = "The actor Sam Reed died in his Phoenix, Arizona home on Friday."
    assert _asked(nlp, text, "Phoenix") == "Where did the actor Sam Reed die on Friday?"
    text = "The band recorded its third album at its Nashville studio in 2008."
    assert _asked(nlp, text, "Nashville") == "Where did the band record its third album in 2008?"
    text = "The writer Ana Lind died at her London flat in 1999."
    assert _asked(nlp, text, "London") == "Where did the writer Ana Lind die in 1999?"


def test_the_state_after_the_city_is_no_second_question(nlp: Any) -> None:
    sentence, state = _place(
        nlp, "The actor Sam Reed died in his Phoenix, Arizona home on Friday.", "Arizona"
    )
    assert second_place(sentence, state) and home_question(sentence, state, {}) is None


def test_only_a_thing_that_stands_somewhere_is_a_home() -> None:
    for word in ("home", "house", "apartment", "flat", "residence", "office", "studio"):
        assert sited_noun(word), word
    for word in ("case", "market", "meeting", "race", "speech"):
        assert not sited_noun(word), word


def test_a_place_of_no_home_is_left_to_the_other_forms(nlp: Any) -> None:
    assert _asked(nlp, "The judge ruled in the Tennessee case on Friday.", "Tennessee") is None
    assert _asked(nlp, "Prices fell in the London market on Monday.", "London") is None


def test_the_article_asks_where_she_died_keyed_by_the_city() -> None:
    questions = generate(_ARTICLE, slug="x", title="X").qset.questions
    where = [q for q in questions if "Where did the singer Mara Vell die" in q.text]
    assert len(where) == 1
    asked = where[0]
    assert asked.correct_option == "Memphis"
    assert "Tennessee" not in asked.options and "Memphis" not in asked.text
    assert not any("_____, Tennessee" in q.text or "Memphis, _____" in q.text for q in questions)


def test_the_city_a_district_key_lies_in_is_no_option() -> None:
    key = Fact(0, 0, 1, "Manhattan", "GPE", "place", "city")
    assert wrong_kind(key, "city", "New York City")  # true of a death in Manhattan as well
    assert not wrong_kind(key, "city", "Boston")
