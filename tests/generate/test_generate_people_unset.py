"""A person of an article whose countries are only a list ("an outbreak in Angola, Uganda and
Zambia"), none named more than another: no country is the story's, so a name no list places
takes the made-up rivals its own first name's lists give, as where no country is named; a
story set in one country still gives its people that country's names, or none."""

from __future__ import annotations

from questions.generate.facts import Fact
from questions.generate.locales import unplaced, unset
from questions.generate.people import person_options
from questions.generate.pools import _names


def _places(*names: str) -> list[Fact]:
    """Return the countries an article names, one fact each time it names one."""
    return [Fact(0, 0, 0, name, "GPE", "place", "country", "") for name in names]


_LISTED = _places("Angola", "Uganda", "Zambia")  # each once: where an outbreak was


def test_a_list_of_countries_sets_no_story() -> None:
    assert unset(_LISTED)
    assert not unset(_places("Angola", "Angola", "Uganda"))  # Angola's story
    assert not unset(_places("Angola"))


def test_an_unplaced_researcher_among_listed_countries_gets_made_up_rivals() -> None:
    # "Professor Peter Vandroskel said …" of a study of an outbreak in three countries
    assert unplaced("Peter Vandroskel")
    names = person_options("Peter Vandroskel", _LISTED, genders={"vandroskel": "m"})
    male, _, _ = _names("en_US")
    assert len(names) >= 3 and all(n.split()[0] in male for n in names)


def test_a_story_set_in_one_country_keeps_its_rule() -> None:
    # Angola named twice is the story's country: its languages give no list, so no names
    story = _places("Angola", "Angola", "Uganda")
    assert person_options("Peter Vandroskel", story, genders={"vandroskel": "m"}) == []
