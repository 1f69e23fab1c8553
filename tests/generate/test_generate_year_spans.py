"""A year's blank beside a span that counts to it ("in 1713, three hundred years ago" under an
article of 2013): the set-off span is left out of the question, any other refuses it."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.yearspan import counted_year, spans, year_aside
from tests.generate.generated import SharedGenerations

BRIDGE = """Village reopens restored stone bridge

Monday, August 12, 2013

The village of Aldwick reopened its restored stone bridge on Sunday, after two years of \
repairs that cost 3 million pounds.

The monks of Aldwick Abbey first ran a ferry over the River Tole in 1713, three hundred years \
ago. Engineer Paul Dent said the arches had been rebuilt with stone from the original quarry.

The nearby chapel, which local builders finished 150 years ago in 1863, will reopen next \
spring. Its roof was damaged by a storm in 2010.

Mayor Jane Ellery thanked the 40 volunteers who raised money for the repairs.
"""


def _aside(nlp: Any, text: str, year: str) -> str:
    """Return the words `year_aside` leaves out after a year of one sentence."""
    sentence = next(nlp(text).sents)
    at = next(t.i for t in sentence if t.text == year)
    fact = Fact(0, at, at + 1, year, "DATE", "year", "", "")
    cut = year_aside(sentence, fact)
    return " ".join(t.text for t in sentence if t.i in cut)


def test_a_span_set_off_after_the_year_is_left_out(nlp: Any) -> None:
    said = "The abbey was founded in 1713, three hundred years ago."
    assert _aside(nlp, said, "1713") == ", three hundred years ago"
    said = "The mill opened in 1932, eighty years ago, and was rebuilt after a fire."
    assert _aside(nlp, said, "1932") == ", eighty years ago"


def test_a_span_that_is_no_aside_of_the_year_stays(nlp: Any) -> None:
    said = "The chapel, which builders finished 150 years ago in 1863, will reopen."
    assert _aside(nlp, said, "1863") == ""
    said = "The mill opened in 1932, when the village had 300 people."
    assert _aside(nlp, said, "1932") == ""


def test_spans_are_read_spelled_or_in_figures() -> None:
    assert spans("in _____, two hundred years ago") == [(200, "ago")]
    assert spans("a century ago") == [(100, "ago")]
    assert spans("three decades later") == [(30, "later")]
    assert spans("the 20th anniversary of the law") == [(20, "after")]
    assert spans("decades ago") == []  # no number: it counts to nothing


def test_a_span_counting_to_the_key_gives_it_away() -> None:
    assert counted_year("1713", "in _____, three hundred years ago", 2013)
    assert counted_year("1863", "finished 150 years ago in _____", 2013)
    assert counted_year("2007", "20 years after the 1987 law, in _____", None)
    assert not counted_year("1713", "in _____, three hundred years ago", None)  # undated
    assert not counted_year("1960", "founded fifty years ago, it moved in _____", 2017)


def test_the_bridges_years_are_asked_without_their_spans(generation: SharedGenerations) -> None:
    quiz = generation(BRIDGE, "bridge", "Village reopens restored stone bridge")
    years = {q.correct_option: q.text for q in quiz.qset.questions}
    assert "1713" in years, years  # asked, its span left out
    assert "three hundred years ago" not in years["1713"]
    # "which builders finished 150 years ago in _____": no question, the stem counts to it
    assert "1863" not in years, years["1863"]
