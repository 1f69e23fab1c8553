"""Figures and places of reports: a rate's "their" ("earn $0.80 for every $1 earned by their
colleagues") is its own clause's subject; the states of ISO 3166-2 written with macrons
("Gujarāt") are the states English writes without them, each an option for another of its
country's states whatever label the model gave it."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.gazetteer import state_names, states, subdivision_country
from questions.generate.pronouns import bound_pronouns
from questions.generate.romanised import without_macrons
from questions.generate.samekind import same_kind

RATE = "Rural nurses earn $0.70 for every $1 earned by their colleagues in the cities."


def test_a_rates_their_is_its_subjects(nlp: Any) -> None:
    sentence = next(nlp(RATE).sents)
    key = next(e for e in sentence.ents if "0.70" in e.text)
    stem = "Rural nurses earn _____ for every $1 earned by their colleagues in the cities."
    assert "their" in bound_pronouns(sentence, range(key.start, key.end), stem)
    # without the nurses in the question, "their" names no one
    assert "their" not in bound_pronouns(sentence, range(key.start, key.end), "Who earns _____?")


def test_macrons_are_dropped_and_accents_kept() -> None:
    assert without_macrons("Tamil Nādu") == "Tamil Nadu"
    assert without_macrons("Baden-Württemberg") == "Baden-Württemberg"


def test_states_written_with_macrons_are_known() -> None:
    assert states()["gujarat"] == "IN" and subdivision_country("Tamil Nadu") == "IN"
    assert {"Karnataka", "Maharashtra", "Tamil Nadu"} <= set(state_names()["IN"])


def _state(text: str, label: str) -> Fact:
    return Fact(0, 0, 1, text, label, "place", subtype="state")


def test_a_state_is_a_rival_of_its_countrys_states_whatever_its_label() -> None:
    key = _state("Kerala", "FAC")  # the model may read a state as a building
    assert same_kind(_state("Karnataka", "GPE"), key, "Kerala")
    assert not same_kind(_state("Ontario", "GPE"), key, "Kerala")  # another country's
