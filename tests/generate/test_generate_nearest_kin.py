"""A common noun of several kinds, one lying within another (chlorine: an element, a gas, a
halogen; every halogen an element), is offered that narrow kind's members: its nearest kin,
who do what it does, not any gas of the broader kinds."""

from __future__ import annotations

from questions.generate.common import NOUN, common_rivals
from questions.generate.facts import Fact


def test_a_kind_within_another_gives_the_nearest_kin() -> None:
    """Chlorine is an element, a gas and a halogen; the halogens are all elements too, so
    "treating water with _____" offers the other halogens, never hydrogen or nitrogen."""
    chlorine = Fact(0, 0, 1, "chlorine", "NOUN", NOUN, "", "chlorine")
    assert sorted(common_rivals(chlorine, "Treat the well water with chlorine.")) == [
        "fluorine",
        "iodine",
    ]
