"""A question its sentence leaves unplaced ("More than how many people remain displaced?") is
put after its paragraph's past, dated event ("… after the earthquake in March?"); an event
still to come, an undated one, or two of them place nothing."""

from __future__ import annotations

from typing import Any

from questions.generate.aftermath import paragraph_event, placed_after
from questions.generate.write import Stem

AFTERMATH = (
    "The aftershock is a new blow to a country wounded after the massive earthquake in March, "
    "which caused a tsunami that washed away whole towns. "
    "More than 150,000 people remain displaced, living in emergency shelters."
)


def _sentences(nlp: Any, text: str) -> list[Any]:
    """Return a one-paragraph text's sentences."""
    return list(nlp(text).sents)


def test_a_sentence_after_a_dated_event_is_put_after_it(nlp: Any) -> None:
    sentences = _sentences(nlp, AFTERMATH)
    assert paragraph_event(sentences, [0, 0], 1) == "the earthquake in March"
    stem = Stem("More than how many people remain displaced?", "wh", "rule:count-subject")
    placed = placed_after(stem, sentences, [0, 0], 1).text
    assert placed == "More than how many people remain displaced after the earthquake in March?"


def test_a_question_that_names_something_or_a_blank_is_left_as_it_is(nlp: Any) -> None:
    sentences = _sentences(nlp, AFTERMATH)
    named = Stem("How many people remain displaced in Fukushima?", "wh", "rule:count-subject")
    assert placed_after(named, sentences, [0, 0], 1) == named
    said = Stem("How many workers returned following the earthquake?", "wh", "rule:count-subject")
    assert placed_after(said, sentences, [0, 0], 1) == said  # said once is enough
    blank = Stem("More than _____ people remain displaced.", "cloze", "rule:cloze")
    assert placed_after(blank, sentences, [0, 0], 1) == blank


def test_no_event_of_another_paragraph_nor_one_to_come(nlp: Any) -> None:
    sentences = _sentences(nlp, AFTERMATH)
    assert paragraph_event(sentences, [0, 1], 1) == ""  # a new paragraph: another story
    coming = _sentences(
        nlp, "Officials will prepare for the storm in May. About 300 people will stay in shelters."
    )
    assert paragraph_event(coming, [0, 0], 1) == ""
    undated = _sentences(
        nlp, "The country was wounded by the earthquake. About 300 people remain in shelters."
    )
    assert paragraph_event(undated, [0, 0], 1) == ""


def test_no_event_that_has_not_happened_or_is_only_expected(nlp: Any) -> None:
    # a code review: "About how many people remain displaced after the storm in November?"
    # of a storm that "has not arrived yet"; "the hurricane in October is expected to hit"
    for text in (
        "The storm in November has not arrived yet, but forecasters say it will be severe. "
        "About 40,000 people remain displaced.",
        "The hurricane in October is expected to hit the islands hard. "
        "More than 6,000 families remain without power.",
    ):
        assert paragraph_event(_sentences(nlp, text), [0, 0], 1) == ""
    struck = "The storm in November has struck the coast. About 40,000 people remain displaced."
    assert paragraph_event(_sentences(nlp, struck), [0, 0], 1) == "the storm in November"
