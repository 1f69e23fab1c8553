"""Blind review 36 on made-up sentences: a question copied from a sentence that opens with a
connective ("However, …", "But …", "In addition, …") leaves it out, since the sentence it
ties to is not shown; and one that likens its thing to something it does not name ("a
similar scheme", "some 2.5 million others") is not asked at all."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts
from questions.generate.moved import fronted
from questions.generate.pointing import points_back
from questions.generate.stems import cloze


def _blank(nlp: Any, text: str, key: str) -> str:
    """Return the one-blank question a sentence gives for a key."""
    doc = nlp(text)
    fact = next(f for f in sentence_facts(next(doc.sents), 0) if f.text == key)
    stem = cloze(fact, list(doc), {})
    assert stem is not None
    return stem.text


@pytest.mark.parametrize(
    "opener",
    ["However,", "But", "In addition,", "Meanwhile,", "Also,", "Nevertheless,", "Similarly,"],
)
def test_a_blank_leaves_out_an_opening_connective(nlp: Any, opener: str) -> None:
    text = f"{opener} the museum in Dayton will receive two engines from the old factory."
    assert _blank(nlp, text, "two") == (
        "The museum in Dayton will receive _____ engines from the old factory."
    )


def test_a_blank_keeps_a_time_of_its_own(nlp: Any) -> None:
    # "Now," dates a present statement; "Initially," is part of what is claimed
    text = "Now, the museum in Dayton holds two engines from the old factory."
    assert _blank(nlp, text, "two").startswith("Now, the museum")
    text = "Initially, the museum in Dayton planned to hire 40 guides for the new wing."
    assert _blank(nlp, text, "40").startswith("Initially, the museum")


def test_a_wh_question_leaves_out_a_connective_phrase(nlp: Any) -> None:
    doc = nlp("In addition, the museum in Dayton will receive two engines from the factory.")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    subject = next(c for c in verb.children if c.dep_ == "nsubj")
    moved, problem = fronted([t for t in doc if t.i < subject.left_edge.i], verb)
    assert not problem and not moved  # not "… from the factory in addition?"


def _pointing(nlp: Any, text: str) -> list[str]:
    """Return the words of a sentence that point to something it does not say."""
    return [t.text for t in nlp(text) if points_back(t)]


def test_a_likened_thing_it_does_not_name_is_refused(nlp: Any) -> None:
    text = "A similar bus scheme was turned down by the council in March 2019."
    assert _pointing(nlp, text) == ["similar"]  # similar to what?
    text = "A bus scheme similar to the one in Leeds was turned down in March 2019."
    assert _pointing(nlp, text) == []


def test_others_besides_a_count_left_behind_are_refused(nlp: Any) -> None:
    text = "The floods killed 300 people in 2019 and left some 40,000 others homeless."
    assert _pointing(nlp, text) == ["others"]  # "How many others …?": besides whom?
    # "most others" is a share of everyone, not the others besides a count
    assert _pointing(nlp, "Like most others, he had been asleep when the train crashed.") == []
