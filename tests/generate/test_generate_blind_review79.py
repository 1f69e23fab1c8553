"""Blind review 79: counts whose stem names every member counted, a whole said almost
reached, and a range offered as a rival for one value."""

from __future__ import annotations

from typing import Any

from questions.generate.countedmembers import named_members
from questions.generate.distractors import choose_distractors
from questions.generate.enumerated import counted_member
from questions.generate.facts import Fact, sentence_facts
from questions.generate.options import article_context, option_context
from questions.generate.scalelimits import range_unlike, short_of_whole


def _sentence(nlp: Any, text: str) -> Any:
    return next(nlp(text).sents)


def _fact(sentence: Any, text: str) -> Fact:
    return next(f for f in sentence_facts(sentence, 0) if f.text == text)


def _blanked(nlp: Any, text: str, count: str) -> tuple[Any, Fact, str]:
    """Return a made-up sentence, its count's fact and the stem with the count blanked."""
    sentence = _sentence(nlp, text)
    return sentence, _fact(sentence, count), text.replace(count, "_____", 1)


BAKERS = (
    "Three bakers for the palace kitchen were to be tried on Friday: a pastry cook named "
    "Ida Berg, a baker named Otto Lind, and Karl Moss."
)
PACT = (
    "Norway is one of the four members of the fishing pact with the lowest catch "
    "alongside Chile, Peru, and Iceland."
)


def test_a_count_whose_colon_list_names_each_member_is_refused(nlp: Any) -> None:
    sentence, fact, stem = _blanked(nlp, BAKERS, "Three")
    assert named_members(sentence, fact, stem) is not None
    cut = "_____ bakers for the palace kitchen were to be tried on Friday."
    assert named_members(sentence, fact, cut) is None


def test_the_subject_of_one_of_the_n_with_its_list_is_counted(nlp: Any) -> None:
    sentence, fact, stem = _blanked(nlp, PACT, "four")
    assert named_members(sentence, fact, stem) is not None
    # a list of another count's length names no whole set
    fewer, five, _ = _blanked(nlp, PACT.replace("four", "five", 1), "five")
    assert named_members(fewer, five, stem) is None


def test_a_whole_said_almost_reached_is_refused(nlp: Any) -> None:
    sentence = _sentence(nlp, "Rindal has very high vaccination rates, at almost 100% in schools.")
    assert short_of_whole(sentence, _fact(sentence, "100%")) is not None
    lower = _sentence(nlp, "Rindal has high vaccination rates, at almost 80% in schools.")
    assert short_of_whole(lower, _fact(lower, "80%")) is None
    plain = _sentence(nlp, "Rindal reached 100% vaccination in schools.")
    assert short_of_whole(plain, _fact(plain, "100%")) is None


def test_a_range_is_no_rival_for_one_value(nlp: Any) -> None:
    assert range_unlike("15–20%", "8%")
    assert range_unlike("8%", "15-20%")
    assert not range_unlike("9%", "8%")
    text = (
        "Ferry use rose from 10% in 1998 to 17% in 2010. The cycling share is now 15–20%, "
        "while 9% walk and 8% drive."
    )
    sentences = list(nlp(text).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    fact = next(f for f in facts if f.text == "10%")
    stem = "Ferry use rose from _____ in 1998 to 17% in 2010."
    base = article_context(text, facts, sentences)
    context = option_context(base, fact, stem, sentence=sentences[0])
    options, _ = choose_distractors(fact, fact.text, facts, stem, stem, context)
    assert "15–20%" not in options
    assert "9%" in options  # the article's single values still stand


def test_a_member_of_a_set_listed_in_full_is_no_key(nlp: Any) -> None:
    colon = _sentence(nlp, BAKERS)
    assert counted_member(colon, _fact(colon, "Otto Lind")) is not None
    pact = _sentence(nlp, PACT)
    assert counted_member(pact, _fact(pact, "Iceland")) is not None
    alone = _sentence(nlp, "Norway is one of the four members of the fishing pact.")
    assert counted_member(alone, _fact(alone, "Norway")) is None
