"""Code review 14: one sentence asked twice with the blank moved answers itself, and an age
written as a quantity ("at the age of 51 years") gets near ages as options, not doubled ones."""

from __future__ import annotations

from collections import Counter

from questions.generate.distractors import choose_distractors
from questions.generate.facts import Fact
from questions.generate.rank import Candidate, select
from questions.generate.write import Stem

SAID = "Young goalkeeper Sam Reed started playing football at the age of five years."


def _candidate(fact: Fact, stem: Stem, score: float) -> Candidate:
    """Return a candidate for a fact and its question, its options unused here."""
    return Candidate(fact, stem, (fact.text, "a", "b", "c"), 0, SAID, "", score, ())


def test_one_question_with_the_blank_moved_is_asked_once() -> None:
    who = Fact(0, 2, 4, "Sam Reed", "PERSON", "person")
    age = Fact(0, 12, 14, "five years", "DATE", "quantity")
    asked = "Who started playing football at the age of five years?"
    blank = "Young goalkeeper Sam Reed started playing football at the age of _____."
    chosen = select(
        [
            _candidate(who, Stem(asked, "wh", "rule:person-subject"), 4.0),
            _candidate(age, Stem(blank, "cloze", "rule:quantity-blank"), 3.0),
        ],
        10,
        Counter(),
    )
    assert [c.stem.text for c in chosen] == [asked]  # the better one, alone


def test_one_relation_of_two_names_asked_from_both_ends_is_asked_once() -> None:
    # "Who joined Leeds United …?" prints the club "Which club did Sam Reed join …?" asks,
    # and that question prints the player: one fact, the better-ranked asked
    who = Fact(0, 0, 2, "Sam Reed", "PERSON", "person")
    club = Fact(0, 3, 5, "Leeds United", "ORG", "organization")
    said = "Sam Reed joined Leeds United at 14."
    chosen = select(
        [
            _candidate(who, Stem("Who joined Leeds United at 14?", "wh", "r"), 4.0),
            _candidate(club, Stem("Which club did Sam Reed join at 14?", "wh", "r"), 3.0),
        ],
        10,
        Counter(),
    )
    assert [c.stem.text for c in chosen] == ["Who joined Leeds United at 14?"], said


def test_an_age_in_years_gets_near_ages_as_options() -> None:
    fact = Fact(0, 7, 9, "51 years", "DATE", "quantity")
    source = "Kenyatta became president at the age of 51 years in April 2013."
    options, _ = choose_distractors(fact, fact.text, [fact], source, "s")
    assert options and all(o.endswith(" years") for o in options)
    assert all(40 <= int(o.split()[0]) <= 62 for o in options), options  # not 102, not 26


def test_of_a_pair_with_the_blank_moved_who_said_it_gives_way_to_what_was_said() -> None:
    who = Fact(0, 1, 3, "Cres Eastman", "PERSON", "person")
    share = Fact(0, 9, 12, "10 per cent", "PERCENT", "percent")
    asked = "Who says iodine is added to only 10 per cent of salt?"
    blank = "Professor Cres Eastman says iodine is added to only _____ of salt."
    other = "In which year was the study published?"  # a wh beside: blanks stay at most half
    chosen = select(
        [
            _candidate(who, Stem(asked, "wh", "rule:person-subject"), 4.0),
            _candidate(share, Stem(blank, "cloze", "rule:percent-blank"), 3.0),
            _candidate(Fact(1, 20, 21, "2006", "DATE", "year"), Stem(other, "wh", "r"), 2.0),
        ],
        10,
        Counter(),
    )
    assert [c.stem.text for c in chosen] == [blank, other]  # the content, not only its source


def _kept_beside(other: str) -> list[str]:
    """Return the questions kept of "Who says …?" (Ann Lee) and another of its sentence."""
    who = Fact(0, 1, 3, "Ann Lee", "PERSON", "person")
    share = Fact(0, 5, 8, "15 per cent", "PERCENT", "percent")
    asked = "Who says only 15 per cent of bakeries add folate to their flour?"
    candidates = [
        _candidate(who, Stem(asked, "wh", "rule:person-subject"), 4.0),
        _candidate(share, Stem(other, "wh", "rule:percent"), 3.0),
    ]
    return [c.stem.text for c in select(candidates, 10, Counter())]


def test_who_says_gives_way_to_a_question_crediting_its_speaker() -> None:
    """ "… according to Professor Ann Lee?" prints the key of "Who says …?": it is the same
    question with the asked part moved, and asks what was said, not only who said it."""
    named = "What share of bakeries add folate to their flour, according to Professor Ann Lee?"
    assert _kept_beside(named) == [named]
    assert len(_kept_beside("What share of bakeries add folate to their flour?")) == 2
