"""Three options where the key's own kind has only two rivals; four where they are cheap."""

from __future__ import annotations

from collections import Counter
from typing import Any

from questions.generate.facts import Fact
from questions.generate.rank import Candidate, select
from questions.generate.reported import unsaid_telling
from questions.generate.three import too_few_options
from questions.generate.write import Stem


def _fact(text: str, kind: str, subtype: str = "") -> Fact:
    return Fact(0, 0, 0, text, "ORG", kind, subtype)


def test_a_party_with_two_other_parties_is_asked_with_three_options() -> None:
    party = _fact("Harbour Party", "organization")
    rivals = ["Meadow Party", "Granite Party"]
    assert too_few_options(party, party.text, rivals, "article") is None


def test_an_act_with_two_library_acts_is_asked_with_three_options() -> None:
    act = _fact("Clean Rivers Act", "document")
    rivals = ["Fair Wages Act", "Open Roads Act"]
    assert too_few_options(act, act.text, rivals, "library") is None


def test_article_names_of_another_kind_are_no_third_option() -> None:
    # a contest keyed, a militia and a council beside it: one label, not one kind
    contest = _fact("Northern Robot Games", "organization")
    rivals = ["Red Hand Militia", "Harbour Safety Council"]
    assert too_few_options(contest, contest.text, rivals, "article") is not None


def test_cheap_kinds_keep_four_options() -> None:
    for fact, rivals in (
        (_fact("1987", "year"), ["1986", "1988"]),
        (_fact("March 4", "date"), ["March 5", "March 6"]),
        (_fact("1,200", "count"), ["1,100", "1,300"]),
        (_fact("Norway", "place", "country"), ["Sweden", "Finland"]),
        (_fact("Bergen", "place", "city"), ["Oslo", "Trondheim"]),
    ):
        assert too_few_options(fact, fact.text, rivals, "article+library") is not None, fact


def test_made_up_people_are_no_third_option() -> None:
    person = Fact(0, 0, 0, "Mira Kovacs", "PERSON", "person")
    rivals = ["Tomas Brek", "Ana Lisk"]
    assert too_few_options(person, person.text, rivals, "article") is None
    assert too_few_options(person, person.text, rivals, "article+library") is not None


def test_a_one_word_character_and_surnames_are_no_three_option_question() -> None:
    # "… in which the lead actor played the _____": a role, not someone to set surnames by
    role = Fact(0, 0, 0, "Falcon", "PERSON", "person")
    assert too_few_options(role, role.text, ["Hale", "Dorsey"], "article") is not None


def test_one_rival_is_never_enough() -> None:
    party = _fact("Harbour Party", "organization")
    assert too_few_options(party, party.text, ["Meadow Party"], "article") is not None


def _candidate(start: int, options: tuple[str, ...], asked: str) -> Candidate:
    fact = Fact(1, start, start + 1, options[0], "ORG", "organization")
    return Candidate(fact, Stem(asked, "wh", "rule:test"), options, 0, "", "", 4.0, ())


def test_four_options_rank_before_three_of_equal_worth() -> None:
    # one sentence's three questions of equal worth: two are kept, the four-option ones
    three = _candidate(0, ("Harbour Party", "Meadow Party", "Granite Party"), "Which party won?")
    four = _candidate(5, ("Lark Union", "Heron Union", "Finch Union", "Crane Union"),
                      "Which union backed the winner in the northern district?")  # fmt: skip
    other = _candidate(9, ("Oak League", "Elm League", "Ash League", "Yew League"),
                       "Which league paid for the campaign posters last spring?")  # fmt: skip
    kept = select([three, four, other], 10, Counter())
    assert [c.options[0] for c in kept] == ["Lark Union", "Oak League"]


def test_a_listener_asked_without_what_was_told_is_refused(nlp: Any) -> None:
    said = 'On Monday, Mayor Ida Brandt told Lakeside Radio: "We will rebuild the pier."'
    sentence = nlp(said)[:]
    at = next(t.i for t in sentence if t.text == "Lakeside")
    fact = Fact(0, at, at + 2, "Lakeside Radio", "ORG", "organization")
    asked = "Which organization did Mayor Ida Brandt tell on Monday?"
    assert unsaid_telling(sentence, fact, asked) is not None
    told = "Which organization did Mayor Ida Brandt tell that the town will rebuild the pier?"
    assert unsaid_telling(sentence, fact, told) is None
