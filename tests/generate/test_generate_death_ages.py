"""An age at death is asked "At what age did <name> die?": it needs no date, names who died,
and is never asked where the headline states it."""

from __future__ import annotations

from typing import Any

from questions.generate.deathage import death_ages
from questions.generate.facts import sentence_facts
from questions.generate.setting import Setting


def _asked(nlp: Any, text: str, headline: str | None = None) -> list[tuple[str, str]]:
    """Return (question, key) for each age at death a made-up text states."""
    sentences = list(nlp(text).sents)
    facts = [sentence_facts(s, i) for i, s in enumerate(sentences)]
    people = {"Okafor": "Adaeze Okafor"}
    found = death_ages(sentences, facts, sentences, Setting(headline=headline, people=people))
    return [(stem.text, fact.text) for each in found for fact, stem in each]


def test_age_of_a_named_person_who_died_is_asked(nlp: Any) -> None:
    text = "The painter Marguerite Lindqvist has died at the age of 81 in her home in Uppsala."
    assert _asked(nlp, text) == [("At what age did Marguerite Lindqvist die?", "81")]


def test_aged_and_at_age_are_ages_at_death(nlp: Any) -> None:
    assert _asked(nlp, "Harold Bexley died on Monday at age 92.") == [
        ("At what age did Harold Bexley die?", "92")
    ]
    assert _asked(nlp, "The novelist Peter Lawson died aged 67 in Ghent on Tuesday.") == [
        ("At what age did Peter Lawson die?", "67")
    ]


def test_pronoun_takes_the_one_person_named_before(nlp: Any) -> None:
    text = (
        "Adaeze Okafor was buried on Friday in the village of Umuahia. "
        "She had led the regional choir for three decades. "
        "She died at her home on Tuesday, aged 74."
    )
    assert _asked(nlp, text) == [("At what age did Adaeze Okafor die?", "74")]


def test_pronoun_after_two_people_is_not_guessed(nlp: Any) -> None:
    text = (
        "Peter Lawson and Daniel Mbeki founded the regional choir in 1970. "
        "He died at his home on Tuesday, aged 74."
    )
    assert _asked(nlp, text) == []


def test_age_the_headline_states_is_not_asked(nlp: Any) -> None:
    text = "The painter Marguerite Lindqvist has died at the age of 81 in her home in Uppsala."
    assert _asked(nlp, text, headline="Swedish painter Marguerite Lindqvist dies aged 81") == []


def test_name_inside_the_subject_is_not_who_died(nlp: Any) -> None:
    assert _asked(nlp, "The widow of Harold Bexley died on Monday at age 92.") == []


def test_age_of_the_living_or_of_a_thing_is_no_age_at_death(nlp: Any) -> None:
    assert _asked(nlp, "Harold Bexley retired from the bank at the age of 60.") == []
    assert _asked(nlp, "The bridge, aged 90, was closed after a lorry died on it.") == []
