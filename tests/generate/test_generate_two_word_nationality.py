"""A nationality of several words ("South Korean") said of a named person is asked as that
person's nationality, deed and all; a name set after a nationality is someone's, and its
first word ("Ban", "Stefan") is no description; a name whose surname is withheld ("Tomas
K") is not set among names written in full."""

from __future__ import annotations

from questions.generate import generate
from questions.generate.describers import describes_someone
from questions.generate.facts import Fact
from questions.generate.nationality import stated_nationalities
from questions.generate.nationwords import adjective_nation
from questions.generate.nlp import load_nlp
from questions.generate.shown import shown_options


def _asked(text: str) -> list[tuple[str, str]]:
    """Return each nationality fact of a text with its question."""
    sentences = list(load_nlp()(text).sents)
    found = stated_nationalities(sentences, [{} for _ in sentences])
    return [(fact.text, stem.text) for per in found for fact, stem in per]


def test_a_nationality_of_two_words_names_its_country() -> None:
    assert adjective_nation("South Korean") == "KR"
    assert adjective_nation("Sri Lankan") == "LK"
    assert adjective_nation("Latin American") == ""


def test_a_named_person_is_asked_a_two_word_nationality_with_the_whole_deed() -> None:
    asked = _asked(
        "South African Peter Nkosi, 61, has been chosen by the rowing board to succeed "
        "Ines Varga as vice-chairman of the federation, on May 2."
    )
    assert asked == [
        (
            "South African",
            "What nationality is Peter Nkosi, who has been chosen by the rowing board to "
            "succeed Ines Varga as vice-chairman of the federation?",
        )
    ]


_ARTICLE = "\n\n".join(
    [
        "Rowing federation picks new chairman",
        "Tuesday, May 6, 2025",
        "South Korean Ban Seo-jun, 58, has been chosen by the rowing board to succeed Ines "
        "Varga as chairman of the Continental Rowing Federation, on May 2.",
        "He will take up the post in the autumn, after the federation's congress in Lisbon.",
        "Board member Pieter Aalders said the vote had been close, with eleven members in "
        "favour and nine against.",
        "Coach Marta Lindqvist said the new chairman would have to win over the clubs that "
        "had backed the other candidate.",
        "The federation has 42 member clubs and runs four regattas a year.",
    ]
)


def test_the_article_asks_a_two_word_nationality_of_a_person() -> None:
    questions = generate(_ARTICLE, slug="t", title="T").qset.questions
    asked = [q for q in questions if q.correct_option == "South Korean"]
    assert len(asked) == 1
    assert asked[0].text.splitlines()[-1].startswith("What nationality is Ban Seo-jun,")
    assert not {"Korean", "South Korea"} & set(asked[0].options)


def test_a_withheld_surname_is_not_set_among_full_names() -> None:
    text = _ARTICLE.replace(
        "The federation has",
        "Police said a man named only as Tomas K had been held over threats to the board. "
        "The federation has",
    )
    questions = generate(text, slug="t", title="T").qset.questions
    assert not [q for q in questions if q.correct_option == "Tomas K"]


def test_a_withheld_surname_gets_no_options() -> None:
    people = [Fact(0, i, i + 2, name, "PERSON", "person")
              for i, name in enumerate(["Anna Berg", "Oskar Lind", "Petra Holm"])]  # fmt: skip
    key = Fact(1, 0, 2, "Tomas K", "PERSON", "person")
    assert shown_options(key, people, "x", "Who was held?", None, frozenset(), {})[1] == []
    full = Fact(1, 0, 2, "Tomas Kask", "PERSON", "person")
    assert shown_options(full, people, "x", "Who was held?", None, frozenset(), {})[1]


def test_a_name_first_word_that_is_no_description_is_kept() -> None:
    assert describes_someone("Republican") and describes_someone("Nonpartisan")
    assert not describes_someone("Ban") and not describes_someone("Stefan")
