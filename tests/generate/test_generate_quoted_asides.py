"""A comma-set clause inside a quotation is the speaker's words: never cut as an aside
(blind review 70's set: 'suggested such robots might be put in place "through a confined
passageway, …, after which they would …"' lost its close, and its speaker went unasked)."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.quotedwh import kept_whole
from questions.generate.write import wh_question

SAID = (
    'Nora Pell, a senior harbour engineer, said the drones might be sent "into a flooded '
    'tunnel, after which they would map its walls on their own".'
)
ASIDE = "Nora Pell, who runs the harbour lab, said the drones were cheap."


def _asked(nlp: Any, text: str, key: str) -> str | None:
    """Return the wh-question asking for a key of one made-up sentence, kept only whole."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    stem, _ = wh_question(sentence, fact, {})
    whole = kept_whole(stem, sentence, {})
    return None if whole is None else whole.text


def test_the_speaker_is_asked_with_the_quotation_whole(nlp: Any) -> None:
    assert _asked(nlp, SAID, "Nora Pell") == (
        'Who said the drones might be sent "into a flooded tunnel, after which they would map '
        'its walls on their own"?'
    )


def test_an_aside_outside_quotation_marks_is_still_cut(nlp: Any) -> None:
    assert _asked(nlp, ASIDE, "Nora Pell") == "Who said the drones were cheap?"
