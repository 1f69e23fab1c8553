"""Counts a "there were" sentence states, asked of the things themselves."""

from __future__ import annotations

from typing import Any

from questions.generate.existential import there_question
from questions.generate.facts import sentence_facts


def _there(nlp: Any, text: str, answer: str) -> str | None:
    """Write the "there were" question whose key is `answer` in a one-sentence text."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == answer)
    stem = there_question(sentence, fact, {})
    return stem.text if stem else None


def test_things_there_were_are_counted_by_what_was_done_with_them(nlp: Any) -> None:
    text = (
        "There were also two Syrian teams scheduled to compete, one national and one made up "
        "of refugees."
    )
    # the aside counting them again ("one … and one …") is left out
    assert _there(nlp, text, "two") == "How many Syrian teams were scheduled to compete?"


def test_a_there_count_without_a_participle_is_not_asked(nlp: Any) -> None:
    # "How many votes were there in the Senate?" reads as a tally of ballots
    assert _there(nlp, "There were two votes in the Senate.", "two") is None


def test_a_there_count_under_a_fronted_phrase_or_a_hedge_is_not_asked(nlp: Any) -> None:
    fronted = "In 2019, there were three teams scheduled to compete."
    assert _there(nlp, fronted, "three") is None
    hedged = "There were only three teams scheduled to compete."
    assert _there(nlp, hedged, "three") is None
