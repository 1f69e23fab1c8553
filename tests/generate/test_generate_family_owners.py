"""Whose relative someone is, asked where the options are made-up names ("Whose parents say
…?" beside three invented women: none of them can be the key's sister), with the verb in
the number of the owned noun, and of a place as well as of a deed ("Whose parents have
been in Brenford …?"); an identity ("Whose father is a baker?") still is not. Made-up text."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts
from questions.generate.kinowners import kin_owner
from tests.generate.generate_checks import asked_wh, written_options

_ARTICLE = (
    "Family fears for woman who joined remote commune\n\n"
    "Tuesday, March 4, 2014\n\n"
    "Marta Kowalczyk, a 31 year-old nurse from Ohio, joined the Hollow Pine commune near "
    "Brenford, Montana in January. Marta Kowalczyk's parents say they have hardly heard "
    "from her since February. Marta Kowalczyk's parents have been in Brenford since March. "
    "The commune's founder told reporters that members are free to leave at any time. The "
    "founder said the group grows its own food and keeps no telephones. The local sheriff's "
    "office has received four complaints about the commune since 2012, but no charges have "
    "been filed. The commune has about 60 members, most of them from neighbouring states."
)


def test_whose_parents_is_asked_beside_made_up_names(monkeypatch: pytest.MonkeyPatch) -> None:
    written = written_options(_ARTICLE, monkeypatch, "Family fears")
    key, *others = written["Whose parents say they have hardly heard from her since February 2014?"]
    assert key == "Marta Kowalczyk"
    assert len(others) == 3 and not any(o in _ARTICLE for o in others)  # nobody's sister
    key, *_ = written["Whose parents have been in Brenford since March 2014?"]
    assert key == "Marta Kowalczyk"


def test_whose_relative_is_refused_beside_the_articles_people(nlp: Any) -> None:
    sentence = next(nlp("In 2004, Greta Lindqvist's uncle Harald married a baker.").sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == "Greta Lindqvist")
    assert kin_owner(sentence, fact, "article") is not None  # her brother's uncle too
    assert kin_owner(sentence, fact, "library") is None  # no made-up name is her brother


@pytest.mark.parametrize(
    ("text", "question"),
    [
        (
            "Marta Kowalczyk's parents say they have not heard from her since June.",
            "Whose parents say they have not heard from her since June?",
        ),
        (
            "Marta Kowalczyk's parents have been in Lowmoor since June.",
            "Whose parents have been in Lowmoor since June?",
        ),
    ],
)
def test_whose_plural_noun_keeps_its_verb(nlp: Any, text: str, question: str) -> None:
    assert asked_wh(nlp, text, "Marta Kowalczyk")[0] == question


def test_whose_in_an_identity_is_still_refused(nlp: Any) -> None:
    text = "Marta Kowalczyk's father is a retired baker."
    assert asked_wh(nlp, text, "Marta Kowalczyk") == (None, "an owner in an identity statement")
