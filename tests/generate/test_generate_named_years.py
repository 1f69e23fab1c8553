"""A year that opens a name ("the 1921 Harbour Uprising", "its 2015 Coastal Fisheries
Review") is a word of the name: no blank on it and no "Which year's …?" (the rivals would
name nothing); a year before a common noun ("the 2019 election") is still asked."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import fact_kind
from tests.generate.generated import SharedGenerations

HARBOUR = """Town marks centenary of harbour revolt

Tuesday, May 4, 2021

Thousands gathered in the port town of Kelmouth on Monday to remember the 1921 Harbour \
Uprising, when dock workers held the quays for eleven days.

The Marine Trust released its 2015 Coastal Fisheries Review on the state of the bay's stocks \
in a ceremony at the old customs house. Trust director Helen Marsh said catches had fallen \
by a third.

Mayor Owen Pryce, who won the 2019 election by 412 votes, laid a wreath at the harbour wall. \
The town's museum opened a new hall in 2017 and will show letters written by the strikers.

Organisers said 6,000 people attended, twice as many as in 2011.
"""


def _year_kind(nlp: Any, said: str, year: str) -> tuple[str, str] | None:
    """Return the fact kind the year of one made-up sentence is given."""
    doc = nlp(said)
    ent = next(e for e in doc.ents if e.text == year)
    return fact_kind(ent)


def test_a_year_opening_a_name_is_no_year(nlp: Any) -> None:
    said = "Crowds remembered the 1921 Harbour Uprising on Monday."
    assert _year_kind(nlp, said, "1921") is None
    said = "The trust released its 2015 Coastal Fisheries Review on Friday."
    assert _year_kind(nlp, said, "2015") is None


def test_a_year_before_a_common_noun_is_a_year(nlp: Any) -> None:
    said = "The mayor won the 2019 election by 412 votes."
    assert _year_kind(nlp, said, "2019") == ("year", "")
    said = "The museum opened a new hall in 2017."
    assert _year_kind(nlp, said, "2017") == ("year", "")
    said = "In 2014 Harbour Relief Fund became known as the Kelmouth Trust."  # no "the"
    assert _year_kind(nlp, said, "2014") == ("year", "")


def test_a_name_the_article_dates_twice_keeps_its_years(nlp: Any) -> None:
    said = "Kelmouth hosted the 2018 Harbour Regatta, four years after the 2014 Harbour Regatta."
    assert _year_kind(nlp, said, "2018") == ("year", "")


def test_a_title_cased_line_says_nothing_by_its_capitals(nlp: Any) -> None:
    said = "Kelmouth Mayor Says The 2019 Election Count Was Fair And Open"
    assert _year_kind(nlp, said, "2019") == ("year", "")


def test_the_harbour_names_years_are_never_keys(generation: SharedGenerations) -> None:
    quiz = generation(HARBOUR, "harbour", "Town marks centenary of harbour revolt")
    keys = {q.correct_option: q.text for q in quiz.qset.questions}
    assert "1921" not in keys, keys["1921"]  # "the _____ Harbour Uprising"
    assert "2015" not in keys, keys["2015"]  # "its _____ Coastal Fisheries Review"
