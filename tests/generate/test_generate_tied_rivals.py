"""Wrong options not all tied by one deed the key has no part in, and a deed told by an
ordinal ("a third goal") shared only by the same ordinal."""

from __future__ import annotations

from typing import Any

from questions.generate.deedmates import deed_mates, deed_ties
from questions.generate.facts import Fact
from questions.generate.options import OptionContext
from questions.generate.samedeed import named_deeds, repeated_deed
from questions.generate.tiedrivals import untied_rivals

_GOALS = (
    "Peter Jansen scored a goal for Ruritania. Six minutes later, Mark Olsen scored a third "
    "goal for Ruritania."
)
_BACKERS = (
    "Colonel Ivo Marsh has declared his support for Dana Pell. General Otto Brand joined "
    "other army chiefs in saying they would back Dana Pell. Assembly speaker Mirek Sand "
    "called the move illegal. Lawyer Karl Wendt said the courts would decide."
)


def _fact(doc: Any, name: str) -> tuple[Any, Fact]:
    """Return the sentence of `name`'s first mention and its person fact."""
    ent = next(e for e in doc.ents if e.text == name)
    return ent.sent, Fact(0, ent.start, ent.end, ent.text, "PERSON", "person")


def test_a_goal_is_not_the_third_goal_but_the_third_is_a_goal(nlp: Any) -> None:
    doc = nlp(_GOALS)
    every = list(doc.sents)
    assert deed_mates(*_fact(doc, "Mark Olsen"), every) == frozenset()
    assert "mark olsen" in deed_mates(*_fact(doc, "Peter Jansen"), every)
    deeds = named_deeds(every)
    assert repeated_deed(*_fact(doc, "Mark Olsen"), deeds, frozenset()) is None
    assert repeated_deed(*_fact(doc, "Peter Jansen"), deeds, frozenset()) is not None


def test_the_backers_and_the_man_they_back_are_one_tie(nlp: Any) -> None:
    ties = deed_ties(list(nlp(_BACKERS).sents))
    assert any({"ivo marsh", "otto brand", "pell"} <= tie for tie in ties)
    assert not any("mirek sand" in tie for tie in ties)


def test_rivals_all_of_one_tie_give_one_place_to_another(nlp: Any) -> None:
    fact = Fact(0, 0, 0, "", "PERSON", "person")
    sentences = list(nlp(_BACKERS).sents)
    ctx = OptionContext(fact, "", _BACKERS, frozenset(), frozenset(), frozenset(), (), sentences)
    chosen = ["Ivo Marsh", "Otto Brand", "Dana Pell"]
    pool = [*chosen, "Karl Wendt"]
    mixed = untied_rivals(chosen, pool, "Mirek Sand", lambda o: True, ctx)
    assert mixed == ["Ivo Marsh", "Otto Brand", "Karl Wendt"]
    # the key of the tie keeps its fellows: they are the likeliest wrong options
    assert untied_rivals(chosen[:2], pool, "Dana Pell", lambda o: True, ctx) == chosen[:2]
