"""A "who from <country>?" question gives its key away beside people of other countries: its
options are people the article places in that country, or, with too few of them, the
question is asked without the country, its deed alone saying whom it means."""

from __future__ import annotations

from typing import Any

from questions.generate.fromnation import asked_nation, elsewhere, person_nations
from questions.generate.pipeline import generate
from questions.schema import Question

RACE = """Runners brave the heat at the Harbour City Marathon

Sunday, April 14, 2024

Harbour City — Thousands of runners took part in the Harbour City Marathon on Sunday, the \
hottest race day in its history.

Javier Montes Ortega of Spain set a course record in the men's race with a time of 2:05:41. \
Daniel Kiprono of Kenya finished second after a late surge along the river. Peter Wanjiru of \
Kenya won the women's wheelchair race for the third year running. Grace Chebet of Kenya took \
the lead in the women's race after the halfway mark. Samuel Otieno of Kenya led the field for \
the first twenty kilometres before dropping out with cramp. Lucy Harrow of Canada thanked the \
volunteers who handed out water along the course. Tomas Lindqvist of Sweden finished fourth in \
his first marathon.
"""

KENYANS = {"Daniel Kiprono", "Peter Wanjiru", "Grace Chebet", "Samuel Otieno"}


def _asked(deed: str) -> Question:
    """Return the race report's question on who did a deed."""
    quiz = generate(RACE, slug="race", title="Runners brave the heat at the Harbour City Marathon")
    return next(q for q in quiz.qset.questions if deed in q.text)


def test_the_only_runner_of_a_country_is_asked_without_it() -> None:
    """The only Spaniard's record is asked as "Who set a course record …?", not "Who from
    Spain …?" beside three Kenyans."""
    question = _asked("set a course record")
    assert "from Spain" not in question.text
    assert question.text.endswith(
        "Who set a course record in the men's race with a time of 2:05:41?"
    )
    assert "Ortega" in question.correct_option


def test_a_country_with_enough_runners_keeps_it_and_offers_only_them() -> None:
    """Four Kenyans: "Who from Kenya won …?" is asked, and every option is a Kenyan."""
    question = _asked("won the women's wheelchair race")
    assert "Who from Kenya won the women's wheelchair race" in question.text
    assert question.correct_option == "Peter Wanjiru"
    assert set(question.options) <= KENYANS and len(question.options) == 4


def test_a_country_is_read_from_of_and_from_its_peoples_word(nlp: Any) -> None:
    """ "Jane Roe of Kenya" and "Kenyan runner Mary Achieng" are placed in Kenya; someone
    of Spain or placed nowhere is no option for "Who from Kenya …?"; a body after "who from"
    names no country, and asks nothing of the options."""
    doc = nlp(
        "Jane Roe of Kenya won the race. Kenyan runner Mary Achieng was second. "
        "Ana Ruiz of Spain was third. Tom Smith watched."
    )
    sentences = list(doc.sents)
    nations = person_nations(sentences)
    teams = {"mary achieng": frozenset({"kenyan"})}
    stem = "Who from Kenya won the race?"
    assert nations["jane roe"] == {"KE"}
    assert not elsewhere("Jane Roe", stem, nations, teams)
    assert not elsewhere("Mary Achieng", stem, nations, teams)
    assert elsewhere("Ana Ruiz", stem, nations, teams)
    assert elsewhere("Tom Smith", stem, nations, teams)
    assert asked_nation("Who from the United States had a chance?") == {"US"}
    assert not asked_nation("Who from Newsweek was arrested on June 21?")
