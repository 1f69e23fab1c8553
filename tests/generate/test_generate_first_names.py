"""A one-word first name the model calls a person is someone's, though a town abroad shares
it: a child named "Eugene" in a story set in England is asked "Who …?" with other first names
as options, not with the towns of Oregon."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact, sentence_facts
from questions.generate.people import person_options
from questions.generate.places import places_named
from questions.generate.pools import is_first_name


def _facts(nlp: Any, text: str) -> list[Fact]:
    """Return the facts of a text as the places stage labels them."""
    sentences = list(nlp(text).sents)
    found = places_named([sentence_facts(s, n) for n, s in enumerate(sentences)], sentences)
    return [f for facts in found for f in facts]


_ENGLAND = (
    "Daniel Brown and his wife Helen, from Leeds, England, sat beside their son, Eugene. "
    "Eugene had fallen ill with a fever in March. "
    "Doctors in England said Eugene recovered within a week."
)


def test_a_first_name_shared_by_a_town_abroad_is_a_persons(nlp: Any) -> None:
    facts = _facts(nlp, _ENGLAND)
    eugene = [f for f in facts if f.text == "Eugene"]
    assert eugene and all(f.kind == "person" for f in eugene)
    options = person_options("Eugene", facts)
    assert len(options) >= 3
    assert all(is_first_name(o) for o in options)  # first names, not Oregon's towns


def test_the_town_itself_stays_a_place(nlp: Any) -> None:
    # said as a place ("stopped in Eugene … a city in Oregon"), it is the city it names
    text = (
        "The train from Portland stopped in Eugene after midnight. "
        "Eugene is a city in Oregon, in the United States."
    )
    eugene = [f for f in _facts(nlp, text) if f.text == "Eugene"]
    assert eugene and all(f.kind == "place" and f.subtype == "city" for f in eugene)


def test_a_first_name_of_a_town_in_the_articles_own_country_stays_a_name(nlp: Any) -> None:
    # in a story set in the United States, "Eugene" may be the Oregon city the model misread
    text = (
        "Daniel Brown of Ohio, in the United States, sat beside their son, Eugene. "
        "Eugene had fallen ill with a fever in March."
    )
    assert all(f.kind != "person" for f in _facts(nlp, text) if f.text == "Eugene")
