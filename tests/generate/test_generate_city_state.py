"""The place after a city and a comma is its state or province ("Kanata, Ontario"), though a
large city elsewhere shares the name (Ontario, California): its options are provinces."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.library import library_options
from questions.generate.places import places_named


def _place(nlp: Any, text: str, name: str) -> Any:
    """Return the fact for `name` in a one-sentence text, as the places stage labels it."""
    sentence = next(nlp(text).sents)
    found = places_named([sentence_facts(sentence, 0)], [sentence])[0]
    return next(f for f in found if f.text == name)


def test_a_province_after_its_city_is_a_province(nlp: Any) -> None:
    text = "The document was found on Castlefrank Road in Kanata, Ontario by a passerby."
    fact = _place(nlp, text, "Ontario")
    assert fact.subtype == "state"
    rivals = library_options(fact, "Ontario")
    assert {"Alberta", "Manitoba"} <= set(rivals) and "Jacksonville" not in rivals


def test_a_city_alone_stays_a_city(nlp: Any) -> None:
    assert (
        _place(nlp, "The plane landed in Ontario after a short flight.", "Ontario").subtype
        != "state"
    )
