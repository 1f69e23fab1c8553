"""A short "Who <verb> …?" is refused where another named person of the article does the same
deed: "Who tweeted to the mayor?" has two right answers when the article has two people tweet.
Shown on sentences of no article."""

from __future__ import annotations

from typing import Any

from questions.generate.deeds import shared_deed
from questions.generate.facts import Fact


def _person(sentence: Any, name: str) -> Fact:
    ent = next(e for e in sentence.ents if e.text == name)
    return Fact(0, ent.start, ent.end, ent.text, ent.label_, "person")


TEXT = (
    "Senator Laura Whitfield tweeted to the mayor on Monday. "
    "Later, actor Daniel Brooks tweeted about the flood and praised the volunteers."
)


def test_a_short_who_question_is_refused_when_another_person_did_the_deed(nlp: Any) -> None:
    sentences = list(nlp(TEXT).sents)
    fact = _person(sentences[0], "Laura Whitfield")
    why = shared_deed(sentences[0], fact, "Who tweeted to the mayor?", sentences)
    assert why is not None and "Brooks" in why


def test_a_longer_question_says_which_deed(nlp: Any) -> None:
    sentences = list(nlp(TEXT).sents)
    fact = _person(sentences[0], "Laura Whitfield")
    asked = "Who tweeted to the mayor of Riverton about the closed bridge on Monday?"
    assert shared_deed(sentences[0], fact, asked, sentences) is None


def test_a_deed_nobody_else_did_keeps_its_short_question(nlp: Any) -> None:
    text = "Senator Laura Whitfield tweeted to the mayor on Monday. Daniel Brooks wrote a letter."
    sentences = list(nlp(text).sents)
    fact = _person(sentences[0], "Laura Whitfield")
    assert shared_deed(sentences[0], fact, "Who tweeted to the mayor?", sentences) is None


def test_being_something_is_no_shared_deed(nlp: Any) -> None:
    # "Who is the mayor?" is not answered by "Anna Kowalski is happy …"
    text = "Senator John Reed is the mayor of Bexley. Anna Kowalski is happy with the bridge."
    sentences = list(nlp(text).sents)
    fact = _person(sentences[0], "John Reed")
    assert shared_deed(sentences[0], fact, "Who is the mayor?", sentences) is None


def test_a_deed_with_another_object_is_another_deed(nlp: Any) -> None:
    text = "Laura Whitfield won the cup in May. Daniel Brooks won a prize for his painting."
    sentences = list(nlp(text).sents)
    fact = _person(sentences[0], "Laura Whitfield")
    assert shared_deed(sentences[0], fact, "Who won the cup?", sentences) is None
