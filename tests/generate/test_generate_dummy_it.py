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
