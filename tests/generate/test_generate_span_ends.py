"""One end of an event's span asked alone ("In which month and year did the survey begin?"),
and a share asked with its preposition ("To what share of Australian salt is …?")."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.facts import sentence_facts
from questions.generate.spans import span_end_question
from tests.generate.generate_checks import asked_wh, key_and_options
from tests.generate.test_generate_date_ranges import SURVEY


def _span_end(nlp: Any, text: str, answer: str) -> str | None:
    """Write the span-end question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem = span_end_question(sentence, fact, {})
    return stem.text if stem else None


def test_an_event_s_span_is_asked_by_when_it_began_or_ended(nlp: Any) -> None:
    text = "A survey of 2150 schoolchildren was carried out between March 2004 and October 2005."
    assert _span_end(nlp, text, "March 2004") == (
        "In which month and year did the survey of 2150 schoolchildren begin?"
    )
    assert _span_end(nlp, text, "October 2005") == (
        "In which month and year did the survey of 2150 schoolchildren end?"
    )


def test_a_bare_event_keeps_its_participle_phrase(nlp: Any) -> None:
    text = "The strike was held in Ontario and Quebec between March 2004 and October 2005."
    assert _span_end(nlp, text, "March 2004") == (
        "In which month and year did the strike held in Ontario and Quebec begin?"
    )


def test_no_span_end_for_a_thing_that_is_no_event_or_a_clause_not_over(nlp: Any) -> None:
    museum = "The museum was closed between March 2004 and October 2005."
    assert _span_end(nlp, museum, "March 2004") is None  # a museum does not begin
    sold = "The firm sold cars between March 2004 and October 2005."
    assert _span_end(nlp, sold, "March 2004") is None  # nor does a firm with an object
    held_off = "The strike was suspended between March 2004 and October 2005."
    assert _span_end(nlp, held_off, "March 2004") is None  # it began before it was suspended
    coming = "The survey will be carried out between March 2024 and October 2025."
    assert _span_end(nlp, coming, "March 2024") is None


def test_one_question_per_span_the_count_beside_it_kept() -> None:
    result = generate(SURVEY, slug="survey", title="Children short of vitamin D, study finds")
    lines = [q.text.splitlines()[-1] for q in result.qset.questions]
    key, options = key_and_options(
        result.qset, "In which month and year did the survey of 2150 schoolchildren begin?"
    )
    assert key == "March 2004"
    assert options == ["April 2004", "February 2004", "June 2004", "March 2004"]
    assert not any(line.startswith("Between which months") for line in lines)
    assert not any(line.endswith(" end?") for line in lines)  # a refrain of the same span


def test_a_share_after_a_verb_s_goal_is_fronted_with_its_preposition(nlp: Any) -> None:
    text = "Professor Eastman says iodine is added to only 10 per cent of Australian salt."
    assert asked_wh(nlp, text, "10 per cent")[0] == (
        "To what share of Australian salt is iodine added, according to Professor Eastman?"
    )


def test_a_prepositional_verb_s_share_strands_its_preposition(nlp: Any) -> None:
    text = "IE's various versions accounted for 70 percent of the market in 2009."
    assert asked_wh(nlp, text, "70 percent")[0] == (
        "What share of the market did IE's various versions account for in 2009?"
    )
