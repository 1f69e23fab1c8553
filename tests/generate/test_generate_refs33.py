"""A question keeps no word standing for what only an earlier sentence said: "troops there"
(where?), "Dean says that shows …" (shows what?), "the next possession" (after which?).

Review 82 failed three such stems. A "there" whose place the sentence before names is said
by that place; a demonstrative pronoun standing alone as an argument and "the next …" of a
past clause are refused, and a question the fall-back to such questions let through ending
on "and" is refused as unfinished. A denied "another" ("do not want another term") is kept
as written: "a term" would deny every term.
"""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.definites import plain_another
from questions.generate.floating import trailing_coordinator
from questions.generate.prowords import (
    demonstrative_argument,
    name_there,
    ordered_noun,
    place_adverb,
    unresolved_pointer,
)
from questions.generate.render import join

ARTICLE = """Velmar council backs new harbour plan

Tuesday, May 12, 2015

The Velmar town council on Tuesday approved a plan to rebuild the old harbour wall, at a \
cost of 8 million euros. Work will start in September and last two years.

Fishing crews have worked from the harbour since 1850. Mayor Ilse Brandt said the council \
had waited too long. Builder Anna Smit said her firm would hire local staff.

Last winter's storms broke the wall in six places. Engineers sent to Kortland Bay counted \
damage along the sea floor. The deployment of more than 900 Dutch workers there is a major \
issue for Velmar voters.

In the spring council poll, twice as many Greens voted as Liberals. Councillor Pieter Vos \
says that shows residents do not want another Liberal mayor. Councillor Joris Bakker \
disagreed.

The first boat came back on Monday with a catch of 300 kilograms of cod. The next boat \
returned 4 hours later with 200 kilograms of herring.
"""


def _token(doc: Any, word: str, nth: int = 0) -> Any:
    """Return a sentence's `nth` token written `word` (case ignored)."""
    return [t for t in doc if t.lower_ == word][nth]


@pytest.mark.parametrize(
    ("text", "word", "pointing"),
    [
        ("The deployment of 300 troops there is a major issue.", "there", True),
        ("He went there on Monday.", "there", True),
        ("Officials from Leeds met in Oslo and stayed there for a week.", "there", True),
        ("There is a problem with the harbour.", "there", False),
        ("There were 300 boats at sea.", "there", False),
        ("The mayor and 30 officials were there.", "there", False),  # at the story's event
    ],
)
def test_a_place_adverb_is_not_the_existential_there(
    nlp: Any, text: str, word: str, pointing: bool
) -> None:
    assert place_adverb(_token(nlp(text), word)) is pointing


@pytest.mark.parametrize(
    ("text", "nth", "pointing"),
    [
        ("Vos says that shows residents want a change.", 0, True),
        ("That cannot happen before 2020.", 0, True),
        ("The plan was approved by 40 votes to 3.", 0, False),
        ("Vos said that the plan would cost 8 million euros.", 0, False),  # complementiser
        ("The fumble that was recovered cost them 7 points.", 0, False),  # relative
        ("That plan will cost 8 million euros.", 0, False),  # determiner
        ("Prices rose by 9 percent, and that worried the council.", 0, False),  # said here
        ("Those who voted for the plan were thanked.", 0, False),  # said right there
    ],
)
def test_a_demonstrative_pronoun_standing_alone_points_back(
    nlp: Any, text: str, nth: int, pointing: bool
) -> None:
    doc = nlp(text)
    words = [t for t in doc if t.lower_ in ("that", "this", "those", "these")]
    if not words:
        assert not pointing
        return
    assert demonstrative_argument(words[nth]) is pointing


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("The next boat returned 4 hours later.", True),
        ("The following kick made the score 28-20.", True),
        ("After a punt by the Lions, the next drive ended in a fumble.", False),
        ("Brandt will contest the next election in 2019.", False),  # from the story's day
        ("Work will start next year.", False),
    ],
)
def test_the_next_noun_of_a_past_clause_follows_one_told_before(
    nlp: Any, text: str, pointing: bool
) -> None:
    doc = nlp(text)
    word = next(t for t in doc if t.lower_ in ("next", "following"))
    assert ordered_noun(word) is pointing


def test_there_is_said_by_the_one_place_the_sentence_before_names(nlp: Any) -> None:
    doc = nlp(
        "Divers were sent to Kortland Bay on Monday. The cleaning of more than 900 tonnes of "
        "rock there is a major task."
    )
    previous, sentence = list(doc.sents)
    replace: dict[int, str] = {}
    name_there(sentence, previous, replace, set())
    assert "rock in Kortland Bay is" in join(list(sentence), replace)
    # two places before: which one is meant, a guess; the question is refused instead
    doc = nlp(
        "Divers went from Oslo to Kortland Bay on Monday. The cleaning of more than 900 "
        "tonnes of rock there is a major task."
    )
    previous, sentence = list(doc.sents)
    replace = {}
    name_there(sentence, previous, replace, set())
    assert not replace
    stem = "The cleaning of more than _____ tonnes of rock there is a major task."
    answer = range(_token(doc, "900").i, _token(doc, "900").i + 1)
    assert unresolved_pointer(sentence, answer, stem, replace) is not None


def test_a_denied_another_is_kept(nlp: Any) -> None:
    sentence = nlp("Vos says residents do not want another Liberal mayor.")[:]
    replace: dict[int, str] = {}
    plain_another(sentence, replace, set())
    assert "do not want another Liberal mayor" in join(list(sentence), replace)


def test_a_question_never_ends_on_a_conjunction() -> None:
    # a moved clause left a list's last item behind: "… after a rush by Vos, and?"
    assert trailing_coordinator("How many boats came back after a storm by Friday, and?")
    assert trailing_coordinator("Who sold the boat to Vos or?")
    assert trailing_coordinator("Which town did the council choose?") is None
    assert trailing_coordinator("Who wrote the song Rock-and?") is None


def test_no_question_keeps_a_word_pointing_back() -> None:
    qset = generate(ARTICLE, slug="velmar", title="Velmar").qset
    stems = [q.text for q in qset.questions]
    assert any("workers in Kortland Bay" in s for s in stems)
    assert not any("that shows" in s for s in stems)
    assert not any("next boat" in s.lower() for s in stems)
    assert not any("do not want a Liberal" in s for s in stems)
