"""A goal's "is to …" cannot front a question: "Where is the aim of Welsh Power to reconnect
…?" (code review 17); the deed the goal names is asked only as a blank, and an ordinary "is
to" of an event ("The meeting is to take place in Paris") is still asked."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.write import wh_question


def _asked(nlp: Any, text: str, key: str) -> str | None:
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    stem, _ = wh_question(sentence, fact, {})
    return None if stem is None else stem.text


def test_a_place_inside_what_an_aim_is_to_do_is_not_asked_with_where(nlp: Any) -> None:
    text = "The aim of Welsh Power is to reconnect 12,000 homes in Bangor before Friday."
    assert _asked(nlp, text, "Bangor") is None
    goal = "The goal of the council is to plant 5,000 trees in Leeds by 2030."
    assert _asked(nlp, goal, "Leeds") is None


def test_an_event_that_is_to_take_place_somewhere_is_still_asked(nlp: Any) -> None:
    asked = _asked(nlp, "The summit of the G20 leaders is to take place in Paris in May.", "Paris")
    assert asked == "Where is the summit of the G20 leaders to take place in May?"
