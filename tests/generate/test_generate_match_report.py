"""A match report's own shapes: a phrasal verb's gerund ("ended up scoring") is the doer's
deed, asked by a wh-question; an ordinal's noun doing a deed no other such noun does ("The
second half went scoreless") is the one answer."""

from __future__ import annotations

from typing import Any

from questions.generate.unique import repeated_ordinal
from questions.generate.write import wh_question
from tests.generate.generate_checks import sentence_fact as _fact

SCORED = "Okafor ended up scoring 31 goals in the season."
WENT = "The second half went scoreless for all forty minutes."
WAS = "The second half was dull."


def test_a_phrasal_verbs_gerund_is_the_doers_deed(nlp: Any) -> None:
    # "end" alone is a state verb holding a gerund; "end up" is "finish", the doer's own deed
    stem, why = wh_question(*_fact(nlp, SCORED, "31"), {})
    assert stem is not None, why
    assert stem.text == "How many goals did Okafor end up scoring in the season?"


def test_an_ordinal_doing_a_deed_said_once_is_unique(nlp: Any) -> None:
    sentence, fact = _fact(nlp, WENT, "second")
    other = next(nlp("The first half was lively.").sents)
    assert repeated_ordinal(sentence, fact, [other, sentence]) is None


def test_the_same_deed_of_two_ordinals_is_not_unique(nlp: Any) -> None:
    sentence, fact = _fact(nlp, WENT, "second")
    other = next(nlp("The first half went scoreless too.").sents)
    assert repeated_ordinal(sentence, fact, [other, sentence]) is not None


def test_a_copula_picks_no_ordinal(nlp: Any) -> None:
    sentence, fact = _fact(nlp, WAS, "second")
    assert repeated_ordinal(sentence, fact, [sentence]) is not None


def test_a_named_series_edition_is_not_picked_by_its_deed(nlp: Any) -> None:
    # every edition of "Comic Fest Ohio" may take place at the same hall
    sentence, fact = _fact(nlp, "The 9th Comic Fest Ohio took place at the Dayton Arena.", "9th")
    assert repeated_ordinal(sentence, fact, [sentence]) is not None
