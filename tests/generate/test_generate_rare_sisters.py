"""A common noun's WordNet sisters that sit beside it: not one far rarer than the key and
the commoner sisters ("booby prize" beside "gold medal" for a "silver medal" praised), not
one WordNet defines as of former times ("gun deck") or labels as slang, and not the thing
WordNet defines the key as ("flight deck: the upper deck of an aircraft carrier")."""

from __future__ import annotations

from questions.generate.common import common_rivals
from tests.generate.generated import SharedGenerations
from tests.generate.test_generate_common_nouns import _noun  # one made-up noun fact for all

_AWARD = (
    "Students from Lakeport win award at regional science fair\n\n"
    "A team of four students from Lakeport High School built a water filter from sand, "
    "charcoal and old bottles during the spring term.\n\n"
    "The team was awarded a silver medal for a bold design at the Midvale Regional Science "
    "Fair on Saturday.\n\n"
    "Their teacher, Ruth Okafor, said the students had worked on the filter every afternoon "
    "for three months. The fair drew more than 200 entries from 30 schools.\n\n"
    "The judges said the filter cleaned muddy river water in under ten minutes and cost less "
    "than five dollars to make. The school plans to show the filter to the town council in "
    "May, Okafor said.\n"
)

_CARRIER = (
    "Navy opens old aircraft carrier to visitors\n\n"
    "The harbour museum in Portsmouth will open its decommissioned aircraft carrier to the "
    "public next month, the museum said on Tuesday.\n\n"
    "Volunteers spent two years repainting the ship. Visitors will walk the flight deck and "
    "see the hangar below it, where fighter jets were once stored.\n\n"
    "The museum expects 50,000 visitors in the first year. Tickets will cost 18 pounds for "
    "adults and nine pounds for children, and school groups will enter free on weekdays.\n\n"
    "The carrier served for 31 years and sailed more than a million miles before it was "
    "retired in 2014, the museum said.\n"
)


def test_a_far_rarer_sister_is_no_option() -> None:
    """A silver medal's rivals are the gold and bronze medals: the "booby prize", ten times
    rarer than both, is a joke beside a praised achievement; the two make three options."""
    assert common_rivals(_noun("silver medal"), "") == ["gold medal", "bronze medal"]
    assert "booby prize" not in common_rivals(_noun("gold medal"), "")


def test_a_sister_of_former_times_is_no_option() -> None:
    """A flight deck's rivals are decks of today's ships, not the cannon deck of old
    ("formerly any deck … having cannons"), nor the "upper deck" WordNet defines it as."""
    found = common_rivals(_noun("flight deck"), "")
    assert len(found) == 3
    assert "gun deck" not in found and "upper deck" not in found


def test_a_slang_sister_is_no_option() -> None:
    """A predicament's rivals are plain words ("problem", "fix"), not the slang "bitch"."""
    found = common_rivals(_noun("predicament"), "")
    assert len(found) == 3 and "bitch" not in found


def test_rarer_sisters_by_degrees_are_kept() -> None:
    """Sisters rarer than the key step by step stay: heroin's morphine and codeine."""
    assert sorted(common_rivals(_noun("heroin"), "")) == ["codeine", "morphine"]


def test_an_award_is_asked_without_the_booby_prize(generation: SharedGenerations) -> None:
    """ "awarded a silver medal for a bold design": the other medals only."""
    result = generation(_AWARD, "fair", "fair")
    asked = [q for q in result.qset.questions if q.correct_option == "silver medal"]
    assert asked
    assert sorted(asked[0].options) == ["bronze medal", "gold medal", "silver medal"]


def test_a_ships_deck_is_asked_without_the_gun_deck(generation: SharedGenerations) -> None:
    """ "walk the flight deck": other decks of a ship, none of the sailing navy's."""
    result = generation(_CARRIER, "carrier", "carrier")
    asked = [q for q in result.qset.questions if q.correct_option == "flight deck"]
    assert asked
    assert "gun deck" not in asked[0].options and "upper deck" not in asked[0].options
