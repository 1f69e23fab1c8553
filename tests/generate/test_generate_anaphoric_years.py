"""Anaphoric years ("the previous year", "the year before", "the following year", "the next
year") count from the year the sentence names before them, never from the article's date;
with no year named they stay as the article words them. The deictic "last year", "this year"
and "next year" still take the article's date; "the last year of the war" is no date."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.dates import ArticleDate
from questions.generate.persons import Cast
from questions.generate.replacements import replacements

MAY_2015 = ArticleDate(5, 12, 2015)


def _said(nlp: Any, text: str) -> str | None:
    """A sentence as a question would say it, relative dates resolved against May 12, 2015."""
    span = next(nlp(text).sents)
    replace = replacements(span, MAY_2015, {}, Cast())
    if replace is None:
        return None
    return " ".join(w for w in (replace.get(t.i, t.text) for t in span) if w)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "The ferry office counted 41,310 passengers in 2013, a drop from the previous "
            "year's 45,020 passengers.",
            "a drop from 2012's 45,020 passengers",
        ),
        (
            "The ferry office counted 41,310 passengers in 2013, up from 38,000 the previous year.",
            "up from 38,000 in 2012",
        ),
        (
            "The ferry office counted 41,310 passengers in 2013, and 45,020 the year before.",
            "and 45,020 in 2012",
        ),
        ("The bakery opened in 2009 and closed the next year.", "closed in 2010"),
        ("Rents rose by 4 percent in 2012; the following year they fell.", "; in 2013 they fell"),
        (  # "last year" is the article's 2014; the year before it 2013
            "The ferry office counted 41,310 passengers last year, down from 45,020 the year "
            "before.",
            "passengers in 2014 , down from 45,020 in 2013",
        ),
    ],
)
def test_an_anaphoric_year_counts_from_the_year_the_sentence_names(
    nlp: Any, text: str, said: str
) -> None:
    assert said in (_said(nlp, text) or "")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The ferry office counted 45,020 passengers the previous year.", "the previous year"),
        ("The ferry office counted 45,020 passengers in the previous year.", "the previous year"),
        ("The ferry office's budget fell sharply the following year.", "the following year"),
    ],
)
def test_an_anaphoric_year_with_no_year_named_stays_as_written(
    nlp: Any, text: str, kept: str
) -> None:
    said = _said(nlp, text)
    assert said is not None and kept in said and "2014" not in said and "2016" not in said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The ferry office counted 41,310 passengers last year.", "passengers in 2014"),
        ("The ferry office counted 41,310 passengers this year.", "passengers in 2015"),
        ("The ferry office expects 50,000 passengers next year.", "passengers in 2016"),
        ("The fair returned in the spring of next year with 300 stalls.", "spring of 2016 with"),
        ("He spent the last year of the war in a camp.", "spent the last year of the war"),
    ],
)
def test_a_deictic_year_takes_the_articles_date(nlp: Any, text: str, said: str) -> None:
    assert said in (_said(nlp, text) or "")


FERRIES = """Harbour town counts fewer ferry passengers

PORTWICK, May 12, 2015 - The Portwick Harbour Office counted 41,310 ferry passengers in 2013, \
a drop from the previous year's 45,020 passengers.

The office's director, Helen Marsh, blamed the closure of the northern pier for the fall. \
Repairs to the pier began in March and are due to finish in the autumn, she said, and the \
ferries will then use both piers again.

The office expects 50,000 passengers next year, when a new terminal opens on the eastern quay.

Marsh said the town council had spent 2.4 million pounds on the terminal last year.

The previous year's budget for the harbour was 1.9 million pounds, according to the council.
"""


def test_a_blank_after_the_previous_years_is_that_years_figure() -> None:
    quiz = generate(FERRIES, slug="ferries", title="Harbour town counts fewer ferry passengers")
    stems = {q.text.split("\n")[-1]: q.options[q.answer] for q in quiz.qset.questions}
    blank = [s for s, key in stems.items() if key == "45,020"]
    assert blank == [
        "The Portwick Harbour Office counted 41,310 ferry passengers in 2013, a drop from "
        "2012's _____ passengers."
    ]
    assert not any("2014's" in s for s in stems), stems  # never the date line's year before
