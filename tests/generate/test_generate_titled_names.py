"""Titles before a name that the parse lists with it ("American academic and professor Marc
Lamont Hill") are one person's, not a list: the person is asked with "Who …?"."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact, sentence_facts
from questions.generate.unique import shared_answer
from questions.generate.write import wh_question

TITLED = (
    'American academic and professor Marc Lamont Hill commented, "Hoping that the movement '
    'translates into a substantive national conversation on race, punishment, and incarceration."'
)


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Fact]:
    """Return a one-sentence text's sentence and its fact whose text is `answer`."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def test_titles_before_a_name_are_asked_as_one_person(nlp: Any) -> None:
    """The player reads who made the comment, with no title left dangling in the question."""
    sentence, fact = _fact(nlp, TITLED, "Marc Lamont Hill")
    stem, _ = wh_question(sentence, fact, {})
    assert stem is not None
    assert stem.text.startswith('Who commented, "Hoping that the movement translates')
    assert shared_answer(sentence, fact) is None  # no list: the only one who commented


def test_a_real_list_of_a_role_and_a_name_is_still_a_list(nlp: Any) -> None:
    """'The mayor and Jane Smith said': two people said it, so no 'Who said …?'."""
    sentence, fact = _fact(nlp, 'The mayor and Jane Smith said, "It works."', "Jane Smith")
    assert wh_question(sentence, fact, {})[0] is None
    assert shared_answer(sentence, fact) is not None
