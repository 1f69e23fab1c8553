"""Blind review 79 on made-up text: a name is what the article calls it ("Jupiter is the
largest planet"), not a gazetteer's town of that name; a platform the sentence places a
saying on ("mentioned on Twitter") is no person, and gets no surnames as options."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.calledkinds import (
    CALLED,
    called_names,
    called_rivals,
    called_sense,
    media_named,
    nouns_called,
)
from questions.generate.facts import sentence_facts
from questions.generate.pools import place_kind
from questions.generate.whphrase import wh_phrase

_PLANET = (
    "Stargazers in Lisbon counted new moons on Monday. Jupiter now has 95 known moons, the "
    "observers said. Jupiter is the largest planet in the Solar System."
)


def _facts(nlp: Any, text: str) -> tuple[list[Any], list[Any]]:
    """Return a text's sentences and each one's facts."""
    sentences = list(nlp(text).sents)
    return sentences, [sentence_facts(s, n) for n, s in enumerate(sentences)]


def test_a_planet_the_article_calls_so_is_no_town(nlp: Any) -> None:
    assert place_kind("Jupiter") == "city"  # the gazetteer's Florida town: the trap
    sentences, facts = _facts(nlp, _PLANET)
    jupiter = [f for found in facts for f in found if f.text == "Jupiter"]
    assert jupiter and nouns_called(sentences[2], jupiter[-1]) == {"planet"}
    asked = [f for found in called_names(facts, sentences) for f in found if f.text == "Jupiter"]
    assert {(f.kind, f.unit) for f in asked} == {(CALLED, "planet")}  # at every mention
    assert wh_phrase(asked[0], None) == "which planet"
    rivals = called_rivals(asked[0], [], _PLANET)
    assert rivals[:3] == ["Neptune", "Saturn", "Uranus"]  # all three of its kinds; Pluto one
    assert not {"Philadelphia", "Houston", "Chicago"} & set(rivals)


def test_a_noun_wordnet_does_not_know_the_name_by_changes_nothing() -> None:
    assert called_sense("Jupiter", frozenset({"planet"}))
    assert not called_sense("Jupiter", frozenset({"market"}))  # "Jupiter is a market": no planet
    assert not called_sense("Houston", frozenset({"planet"}))
    assert not called_sense("Malta", frozenset({"country"}))  # a place: the gazetteer's to ask


def test_a_quiz_asks_the_planet_as_a_planet() -> None:
    text = (
        "Astronomers announce ten small moons\n\n"
        "On Monday, astronomers in Lisbon announced the discovery of ten small moons orbiting "
        "Jupiter. With the discovery, Jupiter now has 95 known moons. The moons take about two "
        "years to complete one revolution around Jupiter. Sheppard said the search was long. "
        "Jupiter is the largest planet in the Solar System, with a diameter of about 142,984 "
        "kilometres. Saturn has the second-most known moons, while Uranus has 27. The team "
        "used a large telescope in Chile for the search, which began in 2017 and ended this "
        "spring after a year of checking the orbits."
    )
    result = generate(text, slug="jovian", title="Jovian moons")
    assert any(q.correct_option == "Jupiter" for q in result.qset.questions)
    for q in result.qset.questions:
        if q.correct_option == "Jupiter":
            assert "city" not in q.text.lower()
            assert set(q.options) <= {"Jupiter", "Saturn", "Uranus", "Neptune", "Mars", "Pluto"}


_MEDIUM = (
    "The slogan was mentioned many times on Twitter after the vote. "
    "Dana Osborn, a reporter, said the vote was close."
)


def test_a_platform_a_saying_is_placed_on_is_no_person(nlp: Any) -> None:
    sentences, facts = _facts(nlp, _MEDIUM)
    twitter = [f for f in facts[0] if f.text == "Twitter"]
    assert twitter and twitter[0].kind == "person"  # the model's label: the trap
    relabelled = media_named(facts, sentences)
    assert [f.kind for f in relabelled[0] if f.text == "Twitter"] == [CALLED]
    # no other medium in the article: no options, not surnames
    article = [f for found in relabelled for f in found]
    assert called_rivals(relabelled[0][0], article, _MEDIUM) == []


def test_a_person_after_on_stays_a_person(nlp: Any) -> None:
    for text in (
        "Reporters commented on Osborn after the vote. Dana Osborn said the vote was close.",
        "President Nicolas Sarkozy met her. She called on Sarkozy to free the hostages.",
    ):
        sentences, facts = _facts(nlp, text)
        relabelled = media_named(facts, sentences)
        assert all(f.kind != CALLED for found in relabelled for f in found), text
