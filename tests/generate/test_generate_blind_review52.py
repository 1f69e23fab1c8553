"""Blind review 52 on made-up sentences: a person's own country is no rival where the question
asks where his life happened ("In which country had X lived …?"); a country asked by its
officeholder's office takes no rival whose form of state has no such office ("President …
of the _____": no monarchy); and "became known as" after a fronted date takes do-support
("In which year did X become known as …?")."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import sentence_facts
from questions.generate.officeform import country_form, office_clash, office_form
from questions.generate.options import article_context, option_context, option_problem
from tests.generate.generate_checks import asked_wh

LIVED = (
    "President Tomas Varga of Chile met farmers in Valparaiso on Monday. "
    "He said he had lived for years in Peru as a boy."
)


def _place_problem(nlp: Any, text: str, key: str, stem: str, option: str) -> str | None:
    """Return why a place option is refused for a key of a made-up article."""
    sentences = list(nlp(text).sents)
    facts = [f for n, s in enumerate(sentences) for f in sentence_facts(s, n)]
    fact = next(f for f in facts if f.text == key)
    base = article_context(text, facts, sentences)
    ctx = option_context(base, fact, stem, sentence=sentences[fact.sentence])
    return option_problem(option, ctx)


def test_a_persons_own_country_is_no_rival_for_where_he_lived(nlp: Any) -> None:
    stem = "In which country had President Tomas Varga lived for years?"
    assert _place_problem(nlp, LIVED, "Peru", stem, "Chile") is not None
    assert _place_problem(nlp, LIVED, "Peru", stem, "Bolivia") is None


@pytest.mark.parametrize(
    "deed",
    [
        "grew up in Peru",  # a particle's verb: "grow up"
        "was born in Peru",  # WordNet's "be born"
        "studied in Peru",  # "be a student": not the first sense of "study"
    ],
)
def test_a_persons_own_country_is_no_rival_for_his_lifes_other_places(nlp: Any, deed: str) -> None:
    text = LIVED.replace("had lived for years in Peru", deed)
    stem = "In which country was President Tomas Varga born?"
    assert _place_problem(nlp, text, "Peru", stem, "Chile") is not None


def test_his_own_country_stays_a_rival_where_the_deed_places_no_life(nlp: Any) -> None:
    text = LIVED.replace("had lived for years in Peru", "gave a speech in Peru")
    stem = "In which country did President Tomas Varga give a speech?"
    assert _place_problem(nlp, text, "Peru", stem, "Chile") is None


def test_wordnet_gives_an_offices_and_a_countrys_form_of_state() -> None:
    assert office_form("president") == "republic"
    assert office_form("king") == "monarchy"
    assert office_form("prime minister") == ""  # both have one
    assert country_form("United Kingdom") == "monarchy"
    assert country_form("France") == "republic"
    assert country_form("Israel") == ""  # a republic, and an ancient kingdom
    assert country_form("Russia") == ""  # a former empire is no form of today's Russia


def _clash(nlp: Any, text: str, key: str, option: str) -> bool:
    """Tell whether a country option clashes with the office of a key's sentence."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    return office_clash(option, sentence.doc[fact.start : fact.end].root)


def test_a_presidents_country_has_no_monarchy_for_a_rival(nlp: Any) -> None:
    text = "President Tomas Varga of the Dominican Republic met farmers in Valparaiso."
    assert _clash(nlp, text, "Dominican Republic", "United Kingdom")
    assert not _clash(nlp, text, "Dominican Republic", "France")
    assert not _clash(nlp, text, "Dominican Republic", "United Arab Emirates")  # a federation
    # and the options' check refuses it
    stem = "President Tomas Varga of the _____ met farmers in Valparaiso."
    assert _place_problem(nlp, text, "Dominican Republic", stem, "United Kingdom") is not None


def test_an_office_both_forms_have_strikes_no_rival(nlp: Any) -> None:
    text = "Prime Minister Tomas Varga of the Netherlands met farmers in Valparaiso."
    assert not _clash(nlp, text, "Netherlands", "France")
    assert not _clash(nlp, text, "Netherlands", "United Kingdom")


def test_a_kings_country_has_no_republic_for_a_rival(nlp: Any) -> None:
    text = "The king of Norway opened a bridge in Bergen on Monday."
    assert _clash(nlp, text, "Norway", "France")
    assert not _clash(nlp, text, "Norway", "Sweden")


@pytest.mark.parametrize(
    ("text", "key", "asked"),
    [
        (
            "In 2001 Harbor Trust became known as the Bay Fund.",
            "2001",
            "In which year did Harbor Trust become known as the Bay Fund?",
        ),
        (
            "In 2003 the Pell bridge got damaged in a storm.",
            "2003",
            "In which year did the Pell bridge get damaged in a storm?",
        ),
    ],
)
def test_became_known_as_takes_do_support(nlp: Any, text: str, key: str, asked: str) -> None:
    assert asked_wh(nlp, text, key)[0] == asked


def test_a_true_auxiliary_still_inverts(nlp: Any) -> None:
    text = "In 2001 Harbor Trust had become known as the Bay Fund."
    assert asked_wh(nlp, text, "2001")[0] == (
        "In which year had Harbor Trust become known as the Bay Fund?"
    )
