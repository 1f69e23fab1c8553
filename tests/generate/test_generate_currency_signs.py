"""A sum's currency sign the model leaves outside the entity is part of the amount asked."""

from __future__ import annotations

from typing import Any

from questions.generate.entityspans import entity_spans
from questions.generate.facts import sentence_facts


def test_a_sign_left_outside_the_sum_joins_it(nlp: Any) -> None:
    text = "The council plans to raise the library budget to $80,000 next spring."
    sentence = next(nlp(text).sents)
    assert [e.text for e in sentence.ents if e.label_ == "MONEY"] == ["80,000"]  # the model's
    assert "$80,000" in [e.text for e in entity_spans(sentence)]
    money = [f for f in sentence_facts(sentence, 0) if f.kind == "money"]
    assert [f.text for f in money] == ["$80,000"]  # options "$40,000", not a bare "40,000"


def test_a_sign_apart_or_inside_is_left_as_it_is(nlp: Any) -> None:
    sentence = next(nlp("The bakery sold 300 loaves for $2 each on Friday.").sents)
    texts = [e.text for e in entity_spans(sentence)]
    assert "300" in texts and "$2" in texts  # a count keeps no sign; the sum takes its own
    sentence = next(nlp("He paid $5 million for the house.").sents)
    assert [e.text for e in entity_spans(sentence)] == ["$5 million"]  # inside: not twice
    sentence = next(nlp("Tickets cost $ 40 at the door.").sents)
    assert [e.text for e in entity_spans(sentence)] == ["40"]  # a sign set apart: untouched
