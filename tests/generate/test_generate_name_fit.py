"""Made-up person options a blind review struck out: Swedish names beside a Texas student
whose surname only a Swedish list holds, a misspelt first name ("Micheal Huff"), and an
invented name padding two real people of the story ("Carl Acosta" beside L. Ron Hubbard)."""

from __future__ import annotations

from typing import Any

from wordfreq import zipf_frequency

from questions.generate.facts import Fact
from questions.generate.locales import name_locale
from questions.generate.people import person_options
from questions.generate.pools import COMMON_FIRST_ZIPF, _names, common_firsts, names_like
from questions.generate.three import too_few_options
from tests.generate.test_generate_people import _options

_AMERICA = [Fact(0, 0, 0, "United States", "GPE", "place", "country", "")]


def test_a_surname_alone_in_a_foreign_list_does_not_place_its_bearer() -> None:
    # "Jafari" is in the Swedish surname list, "Amneh" in none: no Swede of a Texas story.
    assert "Jafari" in _names("sv_SE")[2]
    assert name_locale("Amneh Jafari", ("US",)) is None
    assert person_options("Amneh Jafari", _AMERICA) == []
    assert name_locale("Amneh Jafari", ()) is None  # nor where the article names no place
    assert name_locale("Colette Heald", ()) is None  # a French first name alone: no French


def test_a_name_both_of_whose_words_a_foreign_list_holds_keeps_its_origin() -> None:
    # An Italian first name and surname: Italian names wherever the article is set.
    assert name_locale("Matteo Renzi", ("US",)) == "it_IT"
    assert name_locale("Naoto Kan", ("US",)) == "ja_JP"  # own script: the first name tells
    assert name_locale("Matteo Renzi", ()) == "it_IT"
    assert name_locale("Paul Dewar", ()) == "en_US"


def test_made_up_first_names_are_common_spellings() -> None:
    male = _names("en_US")[0]
    assert "Micheal" in male and "Kristopher" in male  # the list's rare variants
    kept = common_firsts(male, "en_US")
    assert "Michael" in kept and "Micheal" not in kept and "Kristopher" not in kept
    names = names_like("Paul Dewar", "en_US")
    assert names and all(zipf_frequency(n.split()[0], "en") >= COMMON_FIRST_ZIPF for n in names)


def test_a_first_name_alone_gets_common_first_names() -> None:
    names = person_options("Gloria", _AMERICA)
    assert names and all(zipf_frequency(n, "en") >= COMMON_FIRST_ZIPF for n in names)


def test_two_real_rivals_make_a_three_option_question(nlp: Any) -> None:
    text = (
        "Police spokesman John Carter said the case was closed on Monday. "
        "Lawyer Peter Wallace said the charges were false. "
        "Writer Henry Morgan said he was surprised."
    )
    stem = "Who said the case was closed on Monday?"
    options = _options(nlp, text, "John Carter", stem)
    assert sorted(options) == ["Henry Morgan", "Peter Wallace"]  # no invented third
    fact = Fact(0, 0, 0, "John Carter", "PERSON", "person", "", "")
    assert too_few_options(fact, "John Carter", options, "article") is None


def test_one_real_rival_is_still_padded_with_made_up_names(nlp: Any) -> None:
    text = (
        "Police spokesman John Carter said the case was closed on Monday. "
        "Lawyer Peter Wallace said the charges were false."
    )
    options = _options(nlp, text, "John Carter", "Who said the case was closed on Monday?")
    assert "Peter Wallace" in options and len(options) == 3


def test_a_borrowed_list_gives_only_names_its_language_shares() -> None:
    # New Zealand has no list: the American one lends it names, but only those the British
    # one holds too ("Frank Barton", not "John Trujillo").
    zealand = [Fact(0, 0, 0, "New Zealand", "GPE", "place", "country", "")]
    names = person_options("John Key", zealand)
    us, gb = _names("en_US"), _names("en_GB")
    assert len(names) >= 3
    assert all(n.split()[-1] in us[2] and n.split()[-1] in gb[2] for n in names)
    assert all(n.split()[0] in gb[0] + gb[1] for n in names)
    # An American article keeps its own list whole: "Trujillo" is an American surname.
    american = {n.split()[-1] for n in person_options("John Key", _AMERICA)}
    assert american - set(gb[2])
