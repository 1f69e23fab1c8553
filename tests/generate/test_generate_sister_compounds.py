"""A compound WordNet does not know ("ocean pollution") is asked with the article's other
compounds of its head noun as options; "This year's theme" is said as the theme of that
year's one occasion the article is about."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.facts import Fact
from questions.generate.persons import Cast
from questions.generate.render import join
from questions.generate.replacements import replacements
from questions.generate.sistercompounds import sister_compounds, sister_rivals
from questions.generate.yearowned import name_year_owned

THEME = "This year's theme was ocean pollution."
SISTERS = "Speakers came from the Air Pollution Board and the Noise Pollution League."
MAY_2019 = ArticleDate(year=2019, month=5, day=2)


def _facts(nlp: Any, text: str) -> tuple[list[Fact], list[Any]]:
    """Return the sister-compound facts of a made-up text, and its sentences."""
    sentences = list(nlp(text).sents)
    return [f for found in sister_compounds([[] for _ in sentences], sentences) for f in found], (
        sentences
    )


def test_an_unknown_compound_with_sisters_in_the_article_is_a_fact(nlp: Any) -> None:
    facts, sentences = _facts(nlp, f"The harbour festival opened on Friday. {THEME} {SISTERS}")
    assert [f.text for f in facts] == ["ocean pollution"]
    assert sister_rivals(facts[0], sentences) == ["air pollution", "noise pollution"]


def test_without_two_sisters_it_is_no_fact(nlp: Any) -> None:
    only_one = "Speakers came from the Air Pollution Board."
    assert _facts(nlp, f"The harbour festival opened on Friday. {THEME} {only_one}")[0] == []


def test_a_sister_its_own_sentence_says_is_no_option(nlp: Any) -> None:
    text = f"The theme was ocean pollution, not air pollution. {SISTERS}"
    facts, sentences = _facts(nlp, text)
    assert all("air pollution" not in sister_rivals(f, sentences) for f in facts)


def test_this_year_the_model_split_is_resolved_and_owned_by_the_occasion(nlp: Any) -> None:
    sentence = nlp(THEME)[:]
    replace = replacements(sentence, MAY_2019, {}, Cast())
    assert replace is not None
    assert join(list(sentence), replace) == "2019's theme was ocean pollution."
    named = {"contest": "harbour kite contest"}
    name_year_owned(sentence, named, named, replace)
    said = join(list(sentence), replace)
    assert said == "the theme of 2019's harbour kite contest was ocean pollution."


def test_no_one_occasion_leaves_the_year_as_it_is(nlp: Any) -> None:
    sentence = nlp(THEME)[:]
    replace = replacements(sentence, MAY_2019, {}, Cast()) or {}
    named = {"contest": "kite contest", "tournament": "chess tournament"}
    name_year_owned(sentence, named, named, replace)
    assert join(list(sentence), replace) == "2019's theme was ocean pollution."
