"""Places an atlas answers or spells twice: a capital asked right after "capital" ("the
Libyan capital _____") is no question about the article, and a place written with and without
its Arabic article ("Az Zawiyah", "Zawiya") is offered once (review 21)."""

from __future__ import annotations

from typing import Any

from questions.generate.closest import closest, same_place
from questions.generate.facts import sentence_facts
from questions.generate.giveaways import named_capital


def _place(nlp: Any, text: str, key: str) -> tuple[Any, Any]:
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == key)


def test_a_capital_after_the_word_capital_is_not_asked(nlp: Any) -> None:
    text = "The ship docked at a port east of the Egyptian capital Cairo on Monday."
    assert named_capital(*_place(nlp, text, "Cairo")) is not None


def test_a_capital_said_otherwise_is_still_asked(nlp: Any) -> None:
    text = "The ministers met in Cairo on Monday to discuss the canal."
    assert named_capital(*_place(nlp, text, "Cairo")) is None


def test_one_place_with_and_without_its_arabic_article_is_one_place() -> None:
    assert same_place("Az Zawiyah", "Zawiya")
    assert same_place("Al Khums", "Khums")
    assert not same_place("Al Khums", "Zliten")
    assert not same_place("Mosul", "Mosel")  # neither has an article: not judged here


def test_closest_offers_one_spelling_of_a_place() -> None:
    picked = closest(["Az Zawiyah", "Zliten", "Zawiya", "Misratah"], "Janzur", bool, set())
    assert not {"Az Zawiyah", "Zawiya"} <= set(picked)
    assert len(picked) == 3
