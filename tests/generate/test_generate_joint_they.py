"""An opening "They" named by the people the sentence before joins by "and", and a distance
"into" a thing measured from its own edge, which needs no start."""

from __future__ import annotations

from typing import Any

from questions.generate.context import parse
from questions.generate.facts import Fact
from questions.generate.journeys import unstarted_journey

CAVE = (
    "Two divers from the Marlow Club, Petra Lindqvist and Omar Haddad, set out on Sunday to map "
    "the flooded Ashby cave.",
    "Lindqvist and Haddad entered the cave shortly after dawn. They walked 90 meters into the "
    "tunnel before turning back.",
)


def _they(paragraphs: tuple[str, ...]) -> str | None:
    """Return what the questions say for the opening "They" of the article's last sentence."""
    parsed = parse(paragraphs, None)
    sentence, replace = parsed.sentences[-1], parsed.replace[-1]
    return replace.get(sentence[0].i) if sentence[0].lower_ == "they" else None


def test_an_opening_they_is_the_people_joined_in_the_subject_before() -> None:
    assert _they(CAVE) == "Petra Lindqvist and Omar Haddad"


def test_an_opening_they_after_other_plurals_is_left_unnamed() -> None:
    # "the rescuers" might be "they" as well: which ones, the sentence leaves open
    rescuers = CAVE[1].replace("the cave shortly", "the cave with the rescuers shortly")
    assert _they((CAVE[0], rescuers)) is None


def test_an_opening_they_after_a_paragraph_break_is_left_unnamed() -> None:
    first, second = CAVE[1].split(" They ")
    assert _they((CAVE[0], first, "They " + second)) is None


def test_an_opening_they_after_people_joined_by_or_is_left_unnamed() -> None:
    either = CAVE[1].replace("Lindqvist and Haddad", "Lindqvist or Haddad")
    assert _they((CAVE[0], either)) is None


def _sentence(nlp: Any, text: str) -> Any:
    """Return the first sentence of a text, parsed."""
    return next(nlp(text).sents)


def _distance(sentence: Any, key: str) -> Fact:
    """Return the quantity fact of `key`'s words in a parsed sentence."""
    words = key.split()
    at = next(t.i for t in sentence if t.text == words[0])
    return Fact(0, at, at + len(words), key, "QUANTITY", "quantity")


def test_a_distance_into_a_thing_needs_no_start(nlp: Any) -> None:
    dive = _sentence(nlp, "The two divers walked 90 meters into the tunnel before turning back.")
    asked = "The two divers swam _____ into the tunnel before turning back."
    assert unstarted_journey(dive, _distance(dive, "90 meters"), asked) is None


def test_a_distance_into_a_named_place_still_needs_its_start(nlp: Any) -> None:
    trip = _sentence(nlp, "The two divers drove 300 kilometers into Oruvia on Sunday.")
    asked = "The two divers drove _____ into Oruvia on Sunday."
    assert unstarted_journey(trip, _distance(trip, "300 kilometers"), asked) is not None
