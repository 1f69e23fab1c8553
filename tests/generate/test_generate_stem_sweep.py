"""Mechanical slips a teacher would have to mend, found by sweeping every question: a date
written twice ("on May 24, 2018 on May 25, 2018"), a resolved date run into a clause with no
"that" ("announced on May 26, 2018 66.4% of voters …"), quotation marks inside a quote glued
to their words (`to"buy"my`), and a figure's option keeping a sentence's capital ("Two")."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.optioncase import figure_case
from questions.generate.persons import Cast
from questions.generate.render import join, tidy
from questions.generate.replacements import replacements

_WEDNESDAY = ArticleDate(3, 13, 2019)  # Wednesday, March 13, 2019


def _said(nlp: Any, text: str) -> str:
    """Return a sentence as a question would say it, its relative dates resolved."""
    sentence = next(nlp(text).sents)
    replace = replacements(sentence, _WEDNESDAY, {}, Cast())
    assert replace is not None
    return join(sentence, replace)


def test_a_partner_phrase_keeps_its_own_date(nlp: Any) -> None:
    """ "on Thursday, and by the upper house on Friday": the second house and its day stay
    together, never "on March 7, 2019 on March 8, 2019"."""
    said = _said(
        nlp,
        "The levy bill was approved by the lower house, the Maritime Assembly, on Thursday, "
        "and by the upper house — the Senate — on Friday.",
    )
    assert "on March 7, 2019 on March 8, 2019" not in said
    assert "on March 7, 2019, and by the upper house — the Senate — on March 8, 2019" in said


def test_a_resolved_date_before_a_thatless_clause_says_that(nlp: Any) -> None:
    """ "told reporters today repairs will begin": "told reporters on March 13, 2019 that
    repairs will begin", never "… 2019 repairs will begin"."""
    told = _said(nlp, "Prosecutor Anna Berg told reporters today medical checks will be made.")
    assert "told reporters on March 13, 2019 that medical checks will be made" in told
    announced = _said(
        nlp, "The returning officer Tom Weir announced yesterday 61.2% of voters backed the plan."
    )
    assert "announced on March 12, 2019 that 61.2% of voters backed the plan" in announced


def test_a_date_before_that_gets_no_second_that(nlp: Any) -> None:
    """A clause that has its "that" is left as written."""
    said = _said(nlp, "Prosecutor Anna Berg told reporters today that medical checks will be made.")
    assert "on March 13, 2019 that medical checks" in said
    assert "that that" not in said


def test_a_question_asks_who_told_with_that() -> None:
    """The whole question reads "Who told reporters on March 13, 2019 that …?"."""
    from questions.generate.pipeline import generate

    text = """Harbour council approves new ferry levy for Kestrel Island

Wednesday, March 13, 2019

The Kestrel Island Ferry Levy Bill, which seeks to fund a new harbour for the two thousand \
people living on the island, was approved by the Harbour Council on Monday. In the Harbour \
Council, Minister Alan Pritchard tabled the bill. Only four members of the opposition Green \
Tide party voted against the bill.

The levy will add a charge of five pounds to every ticket sold at the port of Dunmore. Ferry \
operator Tidewater Lines said the levy would cost it about 300,000 pounds a year. Council \
leader Mary Oduya said the money would be spent on a new pier and a waiting hall.

Council spokesman Rhys Donnelly told reporters today repairs will begin in June.

The levy was first proposed by the Harbour Council in 2015, when the island's old pier was \
closed after a storm. Since then, ferries have docked at a temporary pontoon in Dunmore Bay.
"""
    quiz = generate(text, slug="levy", title="Harbour council approves new ferry levy")
    told = [q.text for q in quiz.qset.questions if "told reporters" in q.text]
    assert told
    assert all("on March 13, 2019 that repairs will begin in June" in q for q in told)


def test_quotes_inside_a_quote_keep_their_spaces() -> None:
    """`easier to "buy" my degree` inside a quote is no `to"buy"my`; marks a join left
    spaced on both sides are still turned toward their words."""
    quoted = '" Why pay for school if it is easier to "buy" my degree abroad? " asks Lee.'
    assert (
        tidy(quoted) == '"Why pay for school if it is easier to "buy" my degree abroad?" asks Lee.'
    )
    assert tidy('He said " I like him " today.') == 'He said "I like him" today.'
    assert tidy('to build the so-called " _____ ".') == 'to build the so-called "_____".'


def test_a_figure_option_loses_a_sentence_capital() -> None:
    """ "Two" from "Two workers were killed" among "eight | eleven" reads "two"; a name's
    capitals ("Four Corners") and a capitalised key's options are left as they are."""
    assert figure_case("count", "eight", ["Two", "eleven", "Twenty-five"]) == (
        "eight",
        ["two", "eleven", "twenty-five"],
    )
    assert figure_case("count", "eight", ["Four Corners"]) == ("eight", ["Four Corners"])
    assert figure_case("person", "eight", ["Two"]) == ("eight", ["Two"])
    assert figure_case("quantity", "Thirty years", ["Forty years"]) == (
        "Thirty years",
        ["Forty years"],
    )


def test_a_clause_before_its_verb_gets_no_that(nlp: Any) -> None:
    """ "Today repairs will begin, he said": the clause comes first, and no "that" opens it."""
    said = _said(nlp, "Today repairs will begin at the pier, the spokesman said.")
    assert "that" not in said
