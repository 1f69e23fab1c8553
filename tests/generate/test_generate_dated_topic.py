"""An undated article's "the summit on <its lead's day>" is the summit its lead is about,
said by the name the article gives that kind of thing most, and its "summit last year" the
one the year before; "the member states" of a sentence that names one body are that body's
members: the question stands alone."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import GenerationResult
from questions.generate.facts import Fact
from questions.generate.occasion import name_dated_topic, name_last_years
from questions.generate.persons import Cast
from questions.generate.references import unresolved_reference
from questions.generate.render import join
from questions.generate.replacements import replacements

TOPIC = {"summit": "Nordic Council Summit"}


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("On the day of the summit on March 3, the leaders signed the Oslo Declaration.", True),
        ("At the summit on March 3, the leaders signed the Oslo Declaration.", True),
        ("On the day of the summit on May 9, the leaders signed the Oslo Declaration.", False),
        ("On the day of the joint summit on March 3, the leaders signed a statement.", False),
    ],
)
def test_the_summit_on_the_leads_day_is_the_articles_summit(
    nlp: Any, text: str, said: bool
) -> None:
    sentence = next(nlp(text).sents)
    summit = next(t for t in sentence if t.lower_ == "summit")
    replace: dict[int, str] = {}
    name_dated_topic(sentence, "March 3", TOPIC, replace)
    assert (replace.get(summit.i) == "Nordic Council Summit") == said


@pytest.mark.parametrize(
    ("text", "named"),
    [
        (
            "On March 3, the leaders of the member states signed the Oslo Declaration on the "
            "Anniversary of the Nordic Council.",
            True,
        ),
        (
            "On March 3, the leaders of the member states signed the Oslo Declaration with "
            "the Nordic Council and the Arctic Council.",
            False,
        ),
        (  # the model tags the city ORG: a lone proper noun has no members
            "At the regional summit in Dushanbe on September 17, 2021, the member states "
            "signed the Oslo Declaration.",
            False,
        ),
    ],
)
def test_the_member_states_are_the_named_bodys(nlp: Any, text: str, named: bool) -> None:
    sentence = next(nlp(text).sents)
    law = next(e for e in sentence.ents if e.label_ == "LAW")
    fact = Fact(0, law.start, law.end, law.text, "LAW", "document", "", "")
    stem = "Which declaration did the leaders of the member states sign on March 3?"
    assert (unresolved_reference(sentence, fact, stem) is None) == named


SEED_QUESTION = (
    "Which declaration did the leaders of the member states sign on the 20th Anniversary of the "
    "Shanghai Cooperation Organization on the day of the Shanghai Cooperation Summit on "
    "September 17?"
)


def test_the_seed_asks_the_declaration_signed_on_its_summits_day(
    seed_result: GenerationResult,
) -> None:
    by_key = [
        q.text for q in seed_result.qset.questions if q.correct_option.endswith("Declaration")
    ]
    assert by_key == [SEED_QUESTION]


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "At the Nordic Council Summit last year, the minister proposed a fishing pact.",
            "At the Nordic Council Summit the year before the one on March 3, the minister "
            "proposed a fishing pact.",
        ),
        (  # a festival is not what the lead is about: last year's is any of that year
            "At the Oslo Jazz Festival last year, the minister proposed a fishing pact.",
            "At the Oslo Jazz Festival, the minister proposed a fishing pact.",
        ),
    ],
)
def test_last_years_summit_is_the_one_before_the_leads(nlp: Any, text: str, said: str) -> None:
    sentence = next(nlp(text).sents)
    replace = replacements(sentence, None, {}, Cast()) or {}
    name_last_years(sentence, "March 3", frozenset({"summit", "meeting"}), replace)
    assert join(list(sentence), replace) == said


def test_the_seed_asks_what_xi_proposed_at_last_years_summit(
    seed_result: GenerationResult,
) -> None:
    proposed = [
        (q.text, q.correct_option)
        for q in seed_result.qset.questions
        if "the year before the one on September 17" in q.text
    ]
    assert (
        "At the Shanghai Cooperation Summit the year before the one on September 17, President "
        'Xi proposed for the first time the construction of the "_____" of health, safety, '
        "development, and humanities.",
        "four communities",
    ) in proposed
    assert not any("last year" in q.text for q in seed_result.qset.questions)
