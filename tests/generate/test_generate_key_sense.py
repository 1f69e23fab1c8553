"""A common noun's WordNet sisters are options only where its one WordNet sense is the
article's: "flight deck" is a carrier's deck to WordNet, so a ship's other decks fit a story
of a carrier or a warship, and are absurd in one of a spacecraft, whose flight deck is its
cockpit."""

from __future__ import annotations

from questions.generate.common import NOUN, common_rivals
from questions.generate.facts import Fact
from tests.generate.generated import SharedGenerations

_SPACECRAFT = (
    "Museum unveils restored spacecraft cockpit\n\n"
    "The Orbital History Museum in Tucson, Arizona said on Friday that it has restored the "
    "cockpit of the retired spacecraft Meridian.\n\n"
    "The spacecraft flew 42 missions between 1990 and 2008. Engineers spent three years "
    "cleaning its panels and wiring.\n\n"
    "Engineers also rebuilt the flight deck with a new set of seats and switches. The museum "
    "also displays two spacesuits worn by the spacecraft's first crew.\n\n"
    "Curator Dana Whitlow said the exhibit cost about $2 million, paid for by a local "
    "foundation and by ticket sales over the next five years.\n"
)

_CARRIER = (
    "Navy repaints carrier after storm damage\n\n"
    "The navy said on Friday that crews in Norfolk, Virginia have finished repairing the "
    "aircraft carrier Meridian after a winter storm.\n\n"
    "The warship returned to port in January with damage to its hull. Sailors spent three "
    "months replacing railings and lights.\n\n"
    "Workers also repainted the flight deck with a new coat of grip paint. The carrier will "
    "sail for the Mediterranean in May.\n\n"
    "Captain Dana Whitlow said the repairs cost about $2 million, paid for from the fleet "
    "budget approved by Congress for the next five years.\n"
)

_SHIP_DECKS = {"hurricane deck", "lower deck", "main deck"}


def _noun(text: str) -> Fact:
    """Return a common-noun fact of a made-up sentence."""
    return Fact(0, 0, len(text.split()), text, "NOUN", NOUN, "", text)


def _deck_questions(generation: SharedGenerations, text: str, slug: str) -> list[set[str]]:
    """Return the options of each question of an article whose key is "flight deck"."""
    result = generation(text, slug, slug)
    return [set(q.options) for q in result.qset.questions if q.correct_option == "flight deck"]


def test_a_spacecraft_story_gets_no_ship_decks(generation: SharedGenerations) -> None:
    """A spacecraft's flight deck is its cockpit: "main deck" and "hurricane deck" would be
    a ship's, and no player would weigh them; no question rather than a silly one."""
    for options in _deck_questions(generation, _SPACECRAFT, "spacecraft-deck"):
        assert not options & _SHIP_DECKS


def test_a_carrier_story_keeps_the_ship_decks(generation: SharedGenerations) -> None:
    """A carrier's flight deck is WordNet's own sense: its sisters, a ship's decks, fit."""
    asked = _deck_questions(generation, _CARRIER, "carrier-deck")
    assert len(asked) == 1
    assert asked[0] - {"flight deck"} <= _SHIP_DECKS | {"gun deck", "quarterdeck"}
    assert len(asked[0]) >= 3


def test_a_story_of_any_ship_fits_a_carriers_deck() -> None:
    """A warship, or a ship at all, is of the carrier's kind: the sense may be the article's."""
    assert common_rivals(_noun("flight deck"), "The warship's crew painted the flight deck.")
    assert common_rivals(_noun("flight deck"), "Sailors on the ship swept the flight deck.")


def test_a_story_of_an_orbiter_gets_no_options() -> None:
    """A shuttle is no ship: nothing in the article says WordNet's carrier is meant."""
    text = "The astronauts sat on the flight deck of the shuttle orbiter for launch."
    assert common_rivals(_noun("flight deck"), text) == []


def test_a_key_that_belongs_nowhere_keeps_its_sisters() -> None:
    """Helium and eczema say no whole in WordNet: a balloon story gets the noble gases, a
    child's illness the skin diseases, though neither says "gas" or "skin"."""
    assert len(common_rivals(_noun("helium"), "The balloons were filled with helium.")) == 3
    assert common_rivals(_noun("eczema"), "The baby developed eczema at four months.") == [
        "acne",
        "lupus",
        "psoriasis",
    ]
