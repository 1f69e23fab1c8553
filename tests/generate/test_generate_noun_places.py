"""A place said of a noun is its clause's place only when the noun names a happening ("the
election in Peru was delayed": where it was delayed); a body's, a thing's or a narrowed
noun's place says which one or where it is ("the radio station in Norway had access").
An owned noun keeps the clause that says which one it is ("Chile's plans [to build …]"),
and a place parted from its noun by a cut aside is not asked after another word."""

from __future__ import annotations

from typing import Any

from questions.generate.asides import parted
from questions.generate.facts import sentence_facts
from questions.generate.forms import write_form
from questions.generate.stems import cloze


def _fact(nlp: Any, text: str, answer: str) -> tuple[Any, Any]:
    """Return a one-sentence text's sentence and the fact of one answer in it."""
    sentence = next(nlp(text).sents)
    return sentence, next(f for f in sentence_facts(sentence, 0) if f.text == answer)


def _stem(nlp: Any, text: str, answer: str) -> str:
    """Return the stem written for one answer of a one-sentence text, "" when none."""
    stem = write_form(*_fact(nlp, text, answer), {}, None)[0]
    return stem.text if stem is not None else ""


def test_a_happenings_place_is_where_its_clause_happened(nlp: Any) -> None:
    stem = _stem(nlp, "The election in Peru has been delayed by the courts.", "Peru")
    assert stem.startswith("In which country has the election been delayed")


def test_a_bodys_place_is_not_its_clauses(nlp: Any) -> None:
    stem = _stem(nlp, "The radio station in Norway had exclusive access to the singer.", "Norway")
    assert not stem.startswith("In which country did")


def test_an_animals_or_a_narrowed_nouns_place_is_not_its_clauses(nlp: Any) -> None:
    text = (
        "Since 2001, when the zoo received the last two surviving captive tigers in Canada, "
        "she has studied them."
    )
    assert not _stem(nlp, text, "Canada").startswith("In which country did the zoo")
    text = "Next month the club will hold the first three races in Kenya."
    assert not _stem(nlp, text, "Kenya").startswith("In which country will the club")


def test_an_owned_noun_keeps_the_clause_that_says_which(nlp: Any) -> None:
    text = "The minister says she supports Chile's plans to build a new port on the coast."
    stem = _stem(nlp, text, "Chile")
    assert not stem.startswith("Which country's plans")


def test_a_place_parted_from_its_noun_by_a_cut_aside_is_not_blanked(nlp: Any) -> None:
    text = (
        "The team of divers studying a coral reef, led by Ana Ruiz of the Marine Institute "
        "(IMAR), in Lisbon, found a new species of fish last year."
    )
    sentence, fact = _fact(nlp, text, "Lisbon")
    blank = cloze(fact, list(sentence), {})  # not "… studying a coral reef in _____, found"
    assert blank is None or "reef in" not in blank.text
    lisbon = sentence.doc[fact.start]
    assert parted(lisbon, {t.i for t in sentence.doc[8:21]})  # ", led by … (IMAR),"
    assert not parted(lisbon, set())
    named = nlp("The Baker Research Center (BRC) in Tulsa closed on Monday.")
    tulsa = next(t for t in named if t.text == "Tulsa")
    assert tulsa.head.head.text == "Center"
    assert not parted(tulsa, {t.i for t in named[4:7]})  # "(BRC)": the noun is still before
