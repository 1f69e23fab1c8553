"""A one-word place that is also a word of a person's name, judged mention by mention by the
syntax (review 18): a place where it stands as one ("built in Washington"), the person where
it stands as one ("Washington said"), and neither elsewhere; a country a sentence's parse
calls so is never expanded to a person's full name inside a question."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact, sentence_facts
from questions.generate.fullnames import full_names
from questions.generate.personplaces import person_places
from questions.generate.relabel import people_named
from tests.generate.generate_checks import bare_fact


def _judged(nlp: Any, text: str) -> list[list[Fact]]:
    """Return a text's facts per sentence after the article-level relabelling of names."""
    sentences = list(nlp(text).sents)
    stated = [sentence_facts(s, n) for n, s in enumerate(sentences)]
    return person_places(people_named(stated, sentences), sentences)


def _kinds(found: Sequence[Fact], name: str) -> list[str]:
    """Return the kinds a sentence's facts give a name."""
    return [f.kind for f in found if f.text == name]


_WASHINGTON = (
    "Actor Denzel Washington opened a new theatre on Monday. "
    "The theatre was built in Washington over three years by a local firm. "
    "Washington said that the building would host 200 shows a year. "
    "Amara Lindqvist moved to Washington from Chicago in 2009."
)


def test_a_place_after_in_stays_a_place_though_a_person_has_the_name(nlp: Any) -> None:
    found = _judged(nlp, _WASHINGTON)
    assert _kinds(found[1], "Washington") == ["place"]  # never "built in _____" keyed a person
    assert _kinds(found[3], "Washington") == ["place"]  # never "To whom did Lindqvist move?"


def test_the_name_as_a_subject_of_saying_is_the_person(nlp: Any) -> None:
    found = _judged(nlp, _WASHINGTON)
    assert _kinds(found[2], "Washington") == ["person"]


def test_a_persons_surname_as_an_object_is_neither_place_nor_person(nlp: Any) -> None:
    text = "Striker Alan Preston scored twice. Late in the game, Bolton tripped Preston."
    found = _judged(nlp, text)
    assert not any(f.text == "Preston" and f.kind == "place" for f in found[1])


def test_a_possessive_before_a_thing_is_no_place(nlp: Any) -> None:
    text = "Lai Changxing ran a smuggling ring. Police raided Lai's seven-storey brothel."
    found = _judged(nlp, text)
    assert not any(f.text == "Lai" and f.kind == "place" for f in found[1])


def test_a_country_in_a_persons_name_is_never_made_the_person(nlp: Any) -> None:
    text = "Michael Jordan opened an academy. Haddad has coached the national team of Jordan."
    found = _judged(nlp, text)
    assert not any(f.text == "Jordan" and f.label == "PERSON" for f in found[1])


def test_a_title_inside_a_persons_name_is_no_word_of_the_name(nlp: Any) -> None:
    # "Florida Governor Rick Scott": "governor" is what he is, so "Florida" no word of his name
    named = bare_fact("Florida Governor Rick Scott", "person", label="PERSON")
    state = bare_fact("Florida", "place", "state", label="GPE")
    sentences = list(nlp("Rick Scott spoke. He left.").sents)
    assert person_places([[named], [state]], sentences)[1] == [state]


def test_a_country_the_parse_calls_so_is_not_expanded_to_a_person(nlp: Any) -> None:
    sentence = next(nlp("Rami Haddad has coached the national team of Jordan since 2015.").sents)
    places = frozenset(e.text for e in sentence.ents if e.label_ in ("GPE", "LOC"))
    assert "Jordan" in places
    stem = "Since which year has Rami Haddad coached the national team of Jordan?"
    people = {"Jordan": "Michael Jordan", "Haddad": "Rami Haddad"}
    assert full_names(stem, people, "2015", places=places) == stem
    assert full_names("Who met Jordan?", people, "X") == "Who met Michael Jordan?"


_INNING = (
    "Outfielder Rika Honda walked to open the inning. "
    "Tsuru hit a triple. "
    "Shortstop Mori was thrown out at first but scored Tsuru to tie the game."
)


def test_a_town_that_hits_a_triple_is_a_players_surname_never_a_place(nlp: Any) -> None:
    # review 19: "Which city did Kawano score?" keyed a player the model tagged as a town
    found = _judged(nlp, _INNING)
    assert not any(f.text == "Tsuru" and f.kind == "place" for f in found[2])


def test_a_town_also_written_as_a_place_stays_a_place(nlp: Any) -> None:
    text = (
        "The squad trained in Tsuru for a week before the final. "
        "Tsuru welcomed the squad with a parade. "
        "Coach Ito Mori thanked the mayor of Tsuru for the warm welcome."
    )
    found = _judged(nlp, text)
    assert _kinds(found[0], "Tsuru") == ["place"]


def test_a_large_city_written_as_a_doer_stays_a_place(nlp: Any) -> None:
    text = (
        "Beijing rejected the report on Monday. "
        "The ministry said the envoys would meet officials from Beijing."
    )
    found = _judged(nlp, text)
    assert _kinds(found[1], "Beijing") == ["place"]
