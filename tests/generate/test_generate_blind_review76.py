"""Blind review 76 on made-up text: options of the wrong kind or of another time.

A body WordNet says was gone before the question's year ("a former executive department …
combined with the Navy Department in 1947") is no option beside a 2010 briefing's White
House; a name the sentence places ("through Kelmora, in Tibet") is a place whatever the
model's label, and a country is no spot inside a state; a person's surname after "according
to" is the person, never the city of that name; a subject the writer left bare ("electoral
board has had success") takes the "the" the article writes it with elsewhere."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.bodyeras import asked_years, lifetime, of_their_time
from questions.generate.facts import Fact, sentence_facts
from questions.generate.personplaces import person_places
from questions.generate.placednames import placed_names, too_large
from questions.generate.relabel import people_named
from questions.generate.slips import spelled_right


def test_a_body_gone_before_the_question_s_year_is_no_rival() -> None:
    assert lifetime("War Department") == (1789, 1947)  # WordNet: "… combined … in 1947"
    rivals = ["War Department", "Justice Department", "Energy Department"]
    gone = of_their_time(rivals, "White House", [2010])
    assert gone == ["Justice Department", "Energy Department"]


def test_a_body_not_yet_made_is_no_rival_and_a_history_keeps_its_own() -> None:
    rivals = ["War Department", "Justice Department", "Energy Department"]
    # in 1940 the War Department stood and the Energy Department (1977) did not
    assert of_their_time(rivals, "White House", [1940]) == ["War Department", "Justice Department"]
    # a key of another time than the question's keeps every rival: the question is history
    assert of_their_time(rivals, "Navy Department", [2010]) == rivals
    assert of_their_time(rivals, "White House", []) == rivals


def test_the_years_asked_are_the_question_s_own_else_the_article_s() -> None:
    headline = "📰 Press corps veteran retires (June 2010)\n"
    assert asked_years(headline + "In 1940, she joined the _____ press room.", 2010) == [1940]
    assert asked_years(headline + "She left the _____ press room.", 2010) == [2010]
    assert asked_years("She left the _____ press room.", None) == []


def _judged(nlp: Any, text: str) -> list[list[Fact]]:
    """Return a text's facts per sentence after the article-level relabelling of names."""
    sentences = list(nlp(text).sents)
    stated = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    relabelled = person_places(people_named(stated, sentences), sentences)
    return placed_names(relabelled, sentences)


def _kinds(found: Sequence[Fact], name: str) -> list[str]:
    """Return the kinds a sentence's facts give a name."""
    return [f.kind for f in found if f.text == name]


def test_a_name_the_sentence_places_is_a_place(nlp: Any) -> None:
    found = _judged(nlp, "Trucks will pass via Kelmora, in Tibet, next year.")
    assert _kinds(found[0], "Kelmora") == ["place"]  # the model: a person


def test_a_person_so_placed_stays_a_person(nlp: Any) -> None:
    found = _judged(nlp, "The money was sent through Anna Okoro, in Lagos, to the farmers.")
    assert _kinds(found[0], "Anna Okoro") == ["person"]


def test_a_country_or_a_country_s_region_is_no_spot_inside_a_state() -> None:
    stem = "A trade route would be allowed through _____, in Sikkim."
    assert too_large("India", "Kelmora", stem)
    assert too_large("Assam", "Kelmora", stem)  # a state beside a state
    assert too_large("North-East of Kenya", "Kelmora", stem)
    assert not too_large("Tawang", "Kelmora", stem)
    assert not too_large("India", "Kelmora", "A trade route would be allowed through _____.")


def test_a_state_may_lie_in_a_country_and_a_list_places_nothing() -> None:
    assert not too_large("Ohio", "Indiana", "Two jets nearly collided over _____, United States.")
    assert too_large("Canada", "Indiana", "Two jets nearly collided over _____, United States.")
    assert not too_large("Kenya", "Uganda", "Refugees came from _____, Eritrea, Libya and Chad.")


_LILLE = (
    "Tomas Lille, head of the election office, said the vote was ready. "
    "Lille added that staff had been trained. "
    "According to Lille, the office has had success with observers."
)


def test_a_surname_after_according_to_is_the_person(nlp: Any) -> None:
    found = _judged(nlp, _LILLE)
    # the model: a place (GPE); a lone surname's kind is the article's other mentions'
    assert _kinds(found[2], "Lille") in (["person"], ["name"])


def test_the_city_where_no_person_has_its_name_stays(nlp: Any) -> None:
    found = _judged(nlp, "Tomas Berg said the vote was ready. Trade grew in Lille last year.")
    assert _kinds(found[1], "Lille") == ["place"]


_BOARD = (
    "Lena Varga said the electoral board was ready. "
    "According to Varga, electoral board has had success with observers."
)


def test_a_bare_subject_takes_the_article_s_own_the(nlp: Any) -> None:
    sentence = list(nlp(_BOARD).sents)[1]
    stem = "According to _____, electoral board has had success with observers."
    fixed = spelled_right(sentence, stem, _BOARD)
    assert fixed == "According to _____, the electoral board has had success with observers."
    # never without the article's own "the": a mass noun may stand bare
    assert spelled_right(sentence, stem, "According to Varga, electoral board has had") == stem


def test_a_lone_or_quoted_or_small_clause_noun_stays_bare(nlp: Any) -> None:
    text = (
        'The dig was slow. "Folk music was about what people felt," she said. The law made '
        "early voting legal. Work stopped after the early voting and the folk music."
    )
    for sentence in list(nlp(text).sents)[1:3]:
        assert spelled_right(sentence, sentence.text, text) == sentence.text
