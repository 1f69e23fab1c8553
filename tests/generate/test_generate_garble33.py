"""Stems the rewrite garbled (review 82): a gapped clause read as one passive with two doers,
a year that is its clause's subject asked "in which year", and words told to a named person
that call someone only "the man"."""

from __future__ import annotations

from typing import Any

from questions.generate.joined import two_agents
from questions.generate.pipeline import generate
from questions.generate.reported import described_addressee
from tests.generate.generate_checks import asked_wh

_GAPPED = "Green was represented by Sarah Lund and Baker by Thomas Wren."
_HEARING = """Builder spared jail over tax scheme

Friday, May 8, 2015

Builder Owen Carter, 52, of Dunmore admitted helping his brother Liam Carter hide earnings \
from the tax office.

Carter was represented by Nadia Brooks and his brother by Simon Webb.

Judge Ellen Ward told Carter that she did believe the man was trying to protect his brother. \
She ordered him to carry out 200 hours of unpaid work.

Prosecutor Grace Holloway said the scheme had cost the public purse 40,000 pounds over six \
years. Court clerk Martin Doyle read out the charges before the hearing began in Dunmore.
"""


def _ask(nlp: Any, text: str, answer: str) -> str | None:
    """Write the wh-question whose key is `answer` in a one-sentence text."""
    return asked_wh(nlp, text, answer)[0]


def test_a_gapped_passive_is_asked_over_by_no_wh_question(nlp: Any) -> None:
    # Baker was represented by Wren: "By whom was Green represented by Sarah Lund and
    # Baker?" garbles the second clause, whoever is asked
    assert _ask(nlp, _GAPPED, "Thomas Wren") is None
    assert _ask(nlp, _GAPPED, "Sarah Lund") is None
    verb = next(t for t in nlp(_GAPPED) if t.lemma_ == "represent")
    assert two_agents(verb)


def test_an_agent_inside_an_elided_second_conjunct_is_seen(nlp: Any) -> None:
    # "his brother by Simon Webb": the brother was represented by Webb, a clause of its own
    text = "Carter was represented by Nadia Brooks and his brother by Simon Webb."
    assert two_agents(next(t for t in nlp(text) if t.lemma_ == "represent"))
    inspired = "The speech was inspired by Lincoln and a novel by Dickens."
    assert not two_agents(next(t for t in nlp(inspired) if t.lemma_ == "inspire"))


def test_a_made_up_hearing_asks_neither_garbled_shape() -> None:
    quiz = generate(_HEARING, slug="hearing", title="Builder spared jail over tax scheme")
    asked = [q.text.split("\n")[-1] for q in quiz.qset.questions]
    assert not any("the man" in text for text in asked)  # "told Carter … the man was …"
    gapped = [text for text in asked if "by Nadia Brooks and his brother" in text]
    assert all(text.startswith("_____") or "by _____" in text for text in gapped)


def test_a_by_phrase_of_another_kind_is_no_second_doer(nlp: Any) -> None:
    text = "The store was bought by Walmart by March."
    assert _ask(nlp, text, "Walmart") == "By which organization was the store bought by March?"
    verb = next(t for t in nlp(text) if t.lemma_ == "buy")
    assert not two_agents(verb)


def test_a_year_the_clause_tells_of_is_asked_which_year(nlp: Any) -> None:
    text = "Farmers in the valley say 1998 was marked by floods across the region."
    asked = _ask(nlp, text, "1998")
    assert asked is not None and asked.startswith("Which year was marked by floods")
    chosen = _ask(nlp, "The council chose 1998 as the start of the plan.", "1998")
    assert chosen == "Which year did the council choose as the start of the plan?"
    # a year that dates the deed keeps its preposition
    assert _ask(nlp, "In 1998 the council met twice.", "1998") == (
        "In which year did the council meet twice?"
    )


def test_words_told_a_named_person_calling_someone_the_man_are_refused(nlp: Any) -> None:
    text = "Judge Ellen Ward told Carter that she did believe the man was trying to help."
    sentence = next(nlp(text).sents)
    stem = "Who told Carter that she did believe the man was trying to help?"
    assert described_addressee(sentence, stem) is not None
    plain = "Judge Ellen Ward told Carter that she would review the case next week."
    stem = "Who told Carter that she would review the case next week?"
    assert described_addressee(next(nlp(plain).sents), stem) is None
