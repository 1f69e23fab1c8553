"""A sum after "to" a verb of change reaches is asked "To what amount …?"."""

from __future__ import annotations

from typing import Any

from questions.generate.derived import changes_level
from questions.generate.facts import sentence_facts
from questions.generate.write import wh_question


def _asked(nlp: Any, text: str) -> str | None:
    """Return the wh-question written for the sum of a made-up sentence, or None."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.kind == "money")
    stem = wh_question(sentence, fact, {})[0]
    return stem.text if stem is not None else None


def test_wordnet_tells_a_verb_of_change() -> None:
    assert changes_level("raise") and changes_level("grow") and changes_level("cut")
    assert not changes_level("compare") and not changes_level("sell")


def test_the_level_a_sum_is_changed_to_is_asked(nlp: Any) -> None:
    asked = _asked(nlp, "The council raised the parking fine to $90 in March.")
    assert asked == "To what amount did the council raise the parking fine in March?"
    asked = _asked(nlp, "Sales grew to $3 million in 2019.")
    assert asked == "To what amount did sales grow in 2019?"


def test_a_sum_after_another_to_is_not_a_level(nlp: Any) -> None:
    # "compared to $2 million": no level reached, and "To what amount did … compare" misreads
    assert _asked(nlp, "The firm compared its profit to $2 million in 2019.") is None
    assert _asked(nlp, "Fines of up to $500 apply to drivers in Riverton.") is None
