"""A sum whose currency sign the model leaves out of its entity ("£150") is still asked as a
sum: the key and every option carry the sign, and the stem has no stray "£ _____"."""

from __future__ import annotations

from typing import Any

from questions.generate.entityspans import entity_spans
from questions.generate.facts import sentence_facts


def test_a_sign_left_outside_the_entity_joins_the_sum(nlp: Any) -> None:
    sentence = next(nlp("Members pay a fee in excess of £150 for a single course.").sents)
    sums = [e.text for e in entity_spans(sentence) if e.label_ == "MONEY"]
    assert sums == ["£150"]


def test_the_sum_is_asked_with_its_sign(nlp: Any) -> None:
    sentence = next(nlp("Members pay a fee in excess of £150 for a single course.").sents)
    facts = [f for f in sentence_facts(sentence, 0) if "150" in f.text]
    assert facts and all(f.text == "£150" for f in facts)


def test_a_sign_set_apart_from_its_number_is_left_alone(nlp: Any) -> None:
    # "£ 150" with a space is written as the article wrote it: no sum is glued together
    sentence = next(nlp("The charity asked for $ 40 from each of its members.").sents)
    for ent in entity_spans(sentence):
        assert not ent.text.startswith("$ ")
