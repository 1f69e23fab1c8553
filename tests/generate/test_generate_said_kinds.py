"""Three options for a body whose name says no kind: the article's own words give it one
("football club Harbour Rovers", "the NLA, a party"), and two rivals it gives the same kind
are a fair poll; rivals it gives another kind, or none, are no third option."""

from __future__ import annotations

from questions.generate.facts import Fact
from questions.generate.three import THING, too_few_options


def _body(text: str) -> Fact:
    return Fact(0, 0, 0, text, "ORG", "organization")


# what the article's words make each name: teams by "football club …", "…'s goalkeeper";
# parties and an institute by the noun set beside them
_SAID = {
    THING + "harbour rovers": "team",
    THING + "westfield athletic": "team",
    THING + "kingsgate albion": "team",
    "nla": "party",
    "fwu": "party",
    "udm": "party",
    "civic lab": "institute",
}


def test_a_club_the_article_calls_a_team_takes_two_other_teams() -> None:
    key = _body("Harbour Rovers")
    rivals = ["Westfield Athletic", "Kingsgate Albion"]
    assert too_few_options(key, key.text, rivals, "article", said=_SAID) is None
    # unsaid, the bare names share no kind: refused as before
    assert too_few_options(key, key.text, rivals, "article") is not None


def test_an_acronym_the_article_calls_a_party_takes_two_other_parties() -> None:
    key = _body("NLA")
    assert too_few_options(key, key.text, ["FWU", "UDM"], "article", said=_SAID) is None


def test_a_rival_the_article_gives_another_kind_is_no_third_option() -> None:
    key = _body("NLA")
    rivals = ["FWU", "Civic Lab"]  # an institute beside two parties
    assert too_few_options(key, key.text, rivals, "article", said=_SAID) is not None
    rivals = ["FWU", "Westfield Athletic"]  # a team beside two parties
    assert too_few_options(key, key.text, rivals, "article", said=_SAID) is not None
    rivals = ["FWU", "Marlow Trust"]  # a name the article gives no kind
    assert too_few_options(key, key.text, rivals, "article", said=_SAID) is not None
