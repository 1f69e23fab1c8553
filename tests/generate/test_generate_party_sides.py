"""A party the question names rules out only people the article ties to another party."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.options import article_context, option_context, option_problem

TRIAL = (
    "A court in Norland sentenced Marco Delvane to life in prison on Monday. "
    "Delvane was a senior official of the Liberty Party for a decade. "
    "The court also convicted Liberty Party treasurer Anna Brisk. "
    "Lawyer Peter Oakes said he would appeal. "
    "Senator Ruth Callow of the Unity Party welcomed the ruling."
)


def _person(text: str, sentence: int) -> Fact:
    """Build a person fact that is not tied to a parse."""
    return Fact(sentence, 0, 0, text, "X", "person", "", "")


def test_a_person_of_no_party_may_stand_beside_a_partys_official(nlp: Any) -> None:
    article = [
        _person("Marco Delvane", 0),
        Fact(1, 0, 0, "Liberty Party", "X", "organization", "", ""),
        _person("Anna Brisk", 2),
        _person("Peter Oakes", 3),
        _person("Ruth Callow", 4),
        Fact(4, 0, 0, "Unity Party", "X", "organization", "", ""),
    ]
    sentences = list(nlp(TRIAL).sents)
    base = article_context(TRIAL, article, sentences, 2021)
    stem = "_____ was sentenced to life in prison, along with another Liberty Party official."
    ctx = option_context(base, article[0], stem)
    assert option_problem("Peter Oakes", ctx) is None  # the article gives him no party
    assert option_problem("Ruth Callow", ctx) is not None  # the Unity Party's senator


HEARING = (
    "Judge Karim Hussein opened the hearing in Norland on Monday. "
    "Former general Hussein Adel Farouk was acquitted. "
    "Former minister Nabil Sarraf was sentenced to ten years."
)


def test_a_full_name_opening_with_anothers_surname_is_a_name_if_it_is_a_given_name(
    nlp: Any,
) -> None:
    # "Hussein" is Karim Hussein's surname, and a given name in a name list other than the
    # English one: "Hussein Adel Farouk" is a person
    article = [
        _person("Karim Hussein", 0),
        _person("Hussein Adel Farouk", 1),
        _person("Nabil Sarraf", 2),
    ]
    sentences = list(nlp(HEARING).sents)
    base = article_context(HEARING, article, sentences, 2021)
    stem = "Former minister _____ was sentenced to ten years."
    ctx = option_context(base, article[2], stem)
    assert option_problem("Hussein Adel Farouk", ctx) is None
