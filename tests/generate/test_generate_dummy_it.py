"""The dummy "it" of "it took ten years to …" names nothing, so a question keeping it still
stands alone; and a state WordNet knows by a name pycountry no longer uses ("Orissa", now
Odisha) is still a state of its country."""

from __future__ import annotations

from typing import Any

from questions.generate.dummyit import dummy_it
from questions.generate.gazetteer import place_kind, states
from questions.generate.pronouns import bound_pronouns


def _its(nlp: Any, text: str) -> list[bool]:
    """Return, for each "it" of a sentence, whether it is a dummy subject."""
    return [dummy_it(t) for t in nlp(text) if t.lower_ == "it"]


def test_it_took_years_to_is_a_dummy_subject(nlp: Any) -> None:
    assert _its(nlp, "It took the village twelve years to build the dam.") == [True]
    assert _its(nlp, "While it took 80 years for farmers in Peru to double their yield, "
                "it took Chile only 20 years.") == [True, True]  # fmt: skip


def test_an_it_that_takes_a_thing_is_a_reference(nlp: Any) -> None:
    assert _its(nlp, "The rover lost a wheel but it took the samples home.") == [False]


def test_a_dummy_it_leaves_the_question_standing(nlp: Any) -> None:
    sentence = next(nlp("It took the village twelve years to build the dam.").sents)
    answer = range(sentence[3].i, sentence[5].i)  # "twelve years"
    assert "it" in bound_pronouns(sentence, answer, "It took the village _____ to build the dam.")
    taken = next(nlp("The rover lost a wheel but it took the samples home.").sents)
    assert "it" not in bound_pronouns(taken, range(0, 0), "… but it took the _____ home.")


def test_a_former_state_name_is_its_country_state() -> None:
    assert states().get("orissa") == "IN"
    assert place_kind("Orissa") == "state"
    assert "madras" not in states()  # also the city (Chennai): the name alone is no state
    assert "tyrol" not in states()  # Austria's and Italy's


def _took(nlp: Any, text: str, key: str) -> str | None:
    """Return the "How long …?" question for the length `key` of a one-sentence text."""
    from questions.generate.facts import Fact
    from questions.generate.tooktime import took_question

    sentence = next(nlp(text).sents)
    start = text.index(key)
    span = sentence.doc.char_span(start, start + len(key))
    fact = Fact(0, span.start, span.end, key, "QUANTITY", "quantity", "duration", "years")
    stem = took_question(sentence, fact, {})
    return stem.text if stem else None


def test_a_dummy_it_took_asks_how_long(nlp: Any) -> None:
    text = "It took the village twelve years to build the dam."
    assert _took(nlp, text, "twelve years") == "How long did it take the village to build the dam?"


def test_a_second_it_took_borrows_the_first_ones_deed(nlp: Any) -> None:
    text = (
        "While it took 80 years for farmers in Peru to double the yield of maize, "
        "it took Chile only 20 years."
    )
    assert (
        _took(nlp, text, "20 years") == "How long did it take Chile to double the yield of maize?"
    )
    assert _took(nlp, text, "80 years") == (
        "How long did it take for farmers in Peru to double the yield of maize?"
    )
    theirs = text.replace("the yield of maize", "their yield")  # the farmers', not Chile's
    assert _took(nlp, theirs, "20 years") is None


def test_a_bounded_or_referential_length_is_not_asked(nlp: Any) -> None:
    assert _took(nlp, "It took about twelve years to build the dam.", "twelve years") is None
    assert _took(nlp, "The ferry left at noon and it took two hours.", "two hours") is None
