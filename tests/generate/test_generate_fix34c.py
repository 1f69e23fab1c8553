"""Code review of round 34: a party is a political party WordNet names ("Democratic"), not
any "X party" ("search party", "tea party") nor a people ("Americans"); an untitled office
takes the "in" place of a meeting only for the one met, never for someone greeted or hosted
there; a fused unit of measure ("6-foot") is a size on a scale, not a kind."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.fusedunits import fused_options
from questions.generate.partyrivals import party_name, party_rivals

NOT_PARTIES = ["Third", "War", "Search", "Working", "Tea", "Birthday", "Landing", "Stag", "Hen"]


@pytest.mark.parametrize("word", [*NOT_PARTIES, "Americans"])
def test_an_ordinary_party_or_a_people_is_no_partys_name(word: str) -> None:
    """ "Search party", "tea party", "Americans": no political party a title ties anyone to."""
    assert not party_name(word)


@pytest.mark.parametrize("word", ["Democratic", "Democrats", "Republicans", "Labor", "Whig"])
def test_a_named_political_party_is_still_one(word: str) -> None:
    """The Democratic Party, its Democrats, Labor: parties WordNet names."""
    assert party_name(word)


def test_a_search_chief_is_no_party_spokesman(nlp: Any) -> None:
    """ "Search chief Nora Blake" leads a search party, not a political one: she speaks for
    no party, so a foreign minister stays her rival."""
    text = "Search chief Nora Blake said on Monday that Peruvian President Anton Varga helped."
    party, officers = party_rivals(list(nlp(text).sents))
    assert "nora blake" not in party
    assert officers.get("anton varga") == {"PE"}


# greeted or hosted in Peru says only where a visitor was; met with or visited, the one met
# is Peru's officeholder
PLACED = [
    ("In Peru, protesters greeted President Ana Sol on Monday.", "ana sol", None),
    ("In Peru, Prime Minister Anton Varga hosted President Ana Sol on Monday.", "ana sol", None),
    ("In Peru, the senator met with Prime Minister Anton Varga on Monday.", "anton varga", {"PE"}),
    ("In Peru, the senator visited Prime Minister Anton Varga at home.", "anton varga", {"PE"}),
]


@pytest.mark.parametrize(("text", "name", "country"), PLACED)
def test_only_the_one_met_is_placed_in_the_country(
    nlp: Any, text: str, name: str, country: set[str] | None
) -> None:
    """A meeting's "in Peru" gives the one met Peru's office; a visitor greeted or hosted
    there holds no office of Peru."""
    _, officers = party_rivals(list(nlp(text).sents))
    assert officers.get(name) == country


def test_a_fused_measure_is_a_size_not_a_kind() -> None:
    """ "A 6-foot wall" beside "an 8-foot fence": feet run on a scale, so the question keeps
    near magnitudes and is not refused for want of the article's own kinds."""
    text = "Crews built a 6-foot wall beside an 8-foot fence along the river."
    assert fused_options("6-foot", text, lambda _: True, set()) is None


def test_a_score_unit_still_names_kinds() -> None:
    """ "A 3-point shot" beside the "2 point range": points of a score are kinds, and the
    article's own values are the options."""
    text = "She hit a 3-point shot from the 2 point range and a 1-point free throw."
    options = fused_options("3-point", text, lambda _: True, set())
    assert options == (["2-point", "1-point"], "article")
