"""A common noun whose relative clause says what it does ("a loudspeaker that broadcasts
slogans") is asked with the things WordNet defines by that deed (a radio station, a
television station), not its own sisters (a microphone cannot broadcast); a deed that
defines a hundred unlike things ("that makes …") gives no pool, and a mass noun ("television
equipment") is never "a" option."""

from __future__ import annotations

from questions.generate.common import NOUN, common_rivals
from questions.generate.facts import Fact
from tests.generate.generated import SharedGenerations

_MARKET = (
    "Police seize campaign loudspeaker in Brackley market\n\n"
    "Wednesday, May 3, 2023\n\n"
    "On Tuesday, angry traders threw eggs aimed at a loudspeaker in Brackley that "
    "broadcasts election slogans.\n\n"
    "The Brackley Traders Association said the slogans had been played for nine hours a day "
    "since April 20. Its chair, Helen Morris, said sales at the market had fallen by a third "
    "since the campaign began.\n\n"
    "The candidate who owned the loudspeaker, Peter Lang, said he would appeal to the town "
    "council. "
    "The election will be held on May 18, and 12,000 people are registered to vote.\n"
)


def _doer(unit: str, deed: str, label: str = "NOUN a") -> Fact:
    """Return a common-noun fact of a made-up sentence, said to do a deed."""
    return Fact(0, 0, 1, unit, label, NOUN, "", unit, described=deed)


def test_a_noun_said_to_broadcast_gets_broadcasters() -> None:
    """Stations and transmitters broadcast; "television equipment" is no "a" thing."""
    assert common_rivals(_doer("loudspeaker", "broadcast"), "") == [
        "radio station",
        "television station",
        "radio transmitter",
    ]
    said = "The radio station was closed."
    assert "radio station" not in common_rivals(_doer("loudspeaker", "broadcast"), said)


def test_a_deed_of_many_unlike_things_gives_none() -> None:
    """ "a loudspeaker that makes noise": WordNet defines a hundred things by making."""
    assert common_rivals(_doer("loudspeaker", "make"), "") == []


def test_a_noun_that_broadcasts_is_asked(generation: SharedGenerations) -> None:
    """The clause stays in the question, and every option fits it."""
    result = generation(_MARKET, "market", "market")
    asked = [q for q in result.qset.questions if q.correct_option == "loudspeaker"]
    assert len(asked) == 1
    assert "that broadcasts election slogans" in asked[0].text
    assert sorted(asked[0].options) == [
        "loudspeaker",
        "radio station",
        "radio transmitter",
        "television station",
    ]
