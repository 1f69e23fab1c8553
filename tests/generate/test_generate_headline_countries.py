"""A headline that names a country key by another of its names gives it away: "📰 … protests
against US beef" stood above "allowing _____ beef imports" keyed "U.S."."""

from __future__ import annotations

from questions.generate.acronyms import spelled_otherwise


def test_a_country_named_otherwise_in_the_headline_gives_it_away() -> None:
    headline = "Police clamp down on protests against US beef in Freedonia"
    assert spelled_otherwise("U.S.", headline, {})
    assert spelled_otherwise("United States", headline, {})
    # another country, or a country's people, gives nothing away
    assert not spelled_otherwise("Canada", headline, {})
    assert not spelled_otherwise("South Korea", "South Korean police clamp down", {})
