"""Figures a verb takes with no preposition were only blanks (issue #11, one question per 60
words): the size of a change ("prices climbed 8.2%") is asked "by how much", a count of a
unit "by how many points", a count of occasions "how many times", and what released figures
show is asked as the article's own fact."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from tests.generate.test_generate_shares_kin import _ask

ARTICLE = """Ruritania's bread prices rise sharply in March

Tuesday, April 14, 2015

Ruritania's Office of Statistics released figures on Monday showing that the price of bread \
in March climbed 8.2% from a year ago. That compares with a 3.1% rise in February. Milk \
prices rose 12% over the same period, the office said.

The national bank has raised interest rates three times since November. Economists at the \
University of Strelsau said wages in the capital improved 4 points on the bank's own scale \
last year, while rents in the capital fell 2.5%.

The finance minister, Rudolf Elphberg, said the government would cut taxes on flour in May.
"""


def test_the_size_of_a_change_is_asked_by_how_much(nlp: Any) -> None:
    asked = _ask(nlp, "Ticket prices at the Riverside stadium rose 12% in 2019.", "12%")
    assert asked == "By how much did ticket prices at the Riverside stadium rise in 2019?"
    asked = _ask(nlp, "Maths scores in the county improved 6 points over the decade.", "6")
    assert asked == "By how many points did maths scores in the county improve over the decade?"


def test_a_change_of_no_measured_thing_or_a_hedged_one_is_not_asked(nlp: Any) -> None:
    # a party grew no figure of its own: its vote share did
    assert _ask(nlp, "The Green Party increased 4% in the March poll.", "4%") is None
    # "about 15%": "By how much …?" with the key "15%" would drop the article's hedge
    assert _ask(nlp, "Attendance at the museum fell about 15% in 2020.", "15%") is None


def test_a_count_of_occasions_is_asked_how_many_times(nlp: Any) -> None:
    asked = _ask(nlp, "Since March, the city council has raised parking fees three times.", "three")
    assert asked == "How many times has the city council raised parking fees since March?"
    # grown "five times" with no object is most likely fivefold: not asked as occasions
    assert _ask(nlp, "The population grew five times in a decade.", "five") is None
    # a bounded tally is asked of what was streamed, not "More than how many times …?"
    streamed = "The band's new song has been streamed more than forty million times since March."
    assert _ask(nlp, streamed, "forty million") is None


def test_what_figures_show_is_asked_and_a_claim_is_not(nlp: Any) -> None:
    shown = ("The county council released figures on Monday showing that bus fares in Leeds "
             "climbed 9% last year.")  # fmt: skip
    assert _ask(nlp, shown, "9%") == "By how much did bus fares in Leeds climb last year?"
    claimed = ("The minister issued a statement on Monday claiming that bus fares in Leeds "
               "climbed 9% last year.")  # fmt: skip
    assert _ask(nlp, claimed, "9%") is None


def test_a_change_s_question_has_options_of_its_unit() -> None:
    quiz = generate(ARTICLE, slug="bread", title="Ruritania's bread prices rise sharply")
    asked = {q.text.splitlines()[-1]: q for q in quiz.qset.questions}
    q = asked["By how much did the price of bread in March 2015 climb from a year ago?"]
    assert q.options[q.answer] == "8.2%"
    assert all(o.endswith("%") for o in q.options) and len(set(q.options)) == 4
