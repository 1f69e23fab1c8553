"""A headline that names a country key by another of its names gives it away: "📰 … protests
against US beef" stood above "allowing _____ beef imports" keyed "U.S."."""

from __future__ import annotations

from questions.generate.acronyms import spelled_otherwise
from questions.generate.event import with_context
from questions.generate.setting import Setting


def test_a_country_named_otherwise_in_the_headline_gives_it_away() -> None:
    headline = "Police clamp down on protests against US beef in Freedonia"
    assert spelled_otherwise("U.S.", headline, {})
    assert spelled_otherwise("United States", headline, {})
    # another country, or a country's people, gives nothing away
    assert not spelled_otherwise("Canada", headline, {})
    assert not spelled_otherwise("South Korea", "South Korean police clamp down", {})


def test_a_nation_inside_a_country_is_no_other_name_for_it() -> None:
    # "Wales" above "Of which country was Ann Pryce the Prime Minister?" keyed "United
    # Kingdom" says whose vote it was; it does not name the key (review 58)
    headline = "Wales says 'Yes' in devolution vote"
    assert not spelled_otherwise("United Kingdom", headline, {})
    assert not spelled_otherwise("Scotland", headline, {})  # a sister nation
    assert spelled_otherwise("England", "UK says 'Yes' in devolution vote", {})  # its country
    assert spelled_otherwise("United Kingdom", "UK says 'Yes' in devolution vote", {})


def test_a_nations_vote_keeps_its_headline_above_a_question_keyed_by_its_country() -> None:
    headline = "Wales says 'Yes' in devolution vote"
    setting = Setting(month="May 2011", headline=headline, topic="Devolution vote",
                      placed=(("Wales",), "devolution vote"))  # fmt: skip
    stem = "Of which country was Ann Pryce the Prime Minister?"
    said = with_context(stem, setting, "United Kingdom")
    assert said == f"📰 {headline} (May 2011)\n{stem}"  # not "📰 Devolution vote": whose?
