"""Review 85: long-dead or played people as rivals for a deed of the story's time, and a
name's one-off slip copied into the stems (made-up articles)."""

from __future__ import annotations

from functools import cache

from questions.generate.pipeline import generate
from questions.generate.respell import respelled
from questions.generate.result import GenerationResult

_FESTIVAL = """Valdoria marks two centuries

Saturday, June 12, 2021

Valdoria is celebrating the bicentenary of its charter, a process that ended in 1821 after \
Tomas Arrieta proclaimed the republic.

Mayor Hector Salgado opened the harvest festival on Friday morning. Salgado also danced a \
folk dance with Councillor Marta Velez in the main square.

On Thursday night pupils of the Santa Rosa school staged scenes from the town's history, \
including a banquet featuring Ignacio Barrera (played by Pablo Ortiz) and a market of \
colonial trades.

The official fair of Valdoria was opened on Thursday night by Governor Lucia Ferrer, who \
danced with the visitors. According to Ferrer, at least 20,000 people had arrived in \
Valdoria by Friday.
"""

_DROUGHT = """Water agency warns of drought

Tuesday, March 3, 2020

The Regional Water Agency warned on Monday that the reservoirs of the province are at their \
lowest level in a decade.

Viktor Kowalcyk, the agency's director, said that the reservoirs had fallen to 31% of their \
capacity over the last year.

"We have to save every drop of water that falls on this province," said Kowalczyk.

Kowalczyk spoke in Bergen at a meeting of the agency's board on Monday afternoon. The board \
will meet again in April to decide whether farms must cut the water they take from rivers.
"""


@cache
def _quiz(text: str) -> GenerationResult:
    """Generate the quiz of a made-up article once."""
    return generate(text, slug="made-up", title="Made up")


def test_a_founder_of_two_centuries_ago_is_no_rival_for_this_week_s_deeds() -> None:
    """ "ended in 1821 after Tomas Arrieta proclaimed": he did not open this year's fair."""
    asked = [q for q in _quiz(_FESTIVAL).qset.questions if q.correct_option == "Lucia Ferrer"]
    assert asked, [q.text for q in _quiz(_FESTIVAL).qset.questions]
    for question in asked:
        assert "Tomas Arrieta" not in question.options, (question.text, question.options)
        assert len(question.options) == 4, question.options


def test_a_part_pupils_played_is_no_rival_for_this_week_s_deeds() -> None:
    """ "a banquet featuring Ignacio Barrera (played by Pablo Ortiz)": a role, not a guest."""
    text = _FESTIVAL.replace(" after Tomas Arrieta proclaimed the republic", "")
    assert "Arrieta" not in text  # no long-dead rival: the played part is the one left out
    asked = [q for q in _quiz(text).qset.questions if q.correct_option == "Lucia Ferrer"]
    assert asked
    for question in asked:
        assert "Ignacio Barrera" not in question.options, (question.text, question.options)


def test_a_surname_s_one_off_slip_is_shown_as_the_article_mostly_spells_it() -> None:
    """ "Viktor Kowalcyk" once, "Kowalczyk" twice: the questions say "Viktor Kowalczyk"."""
    shown = [f"{q.text} {' '.join(q.options)}" for q in _quiz(_DROUGHT).qset.questions]
    assert not any("Kowalcyk" in text for text in shown), shown
    assert any("Viktor Kowalczyk" in text for text in shown), shown


def test_a_surname_said_two_ways_as_often_keeps_the_full_mention_s_spelling() -> None:
    """ "Viktor Kowalcyk" once and "Kowalczyk" once: the fuller mention's spelling stands."""
    text = respelled(["Viktor Kowalcyk, the director, spoke.", "Later Kowalczyk left."])
    assert text == ("Viktor Kowalcyk, the director, spoke.", "Later Kowalcyk left.")


def test_two_first_names_before_the_two_spellings_are_two_people() -> None:
    """ "Viktor Kowalcyk" and "Anna Kowalczyk": two people's names, both stay."""
    paragraphs = ["Viktor Kowalcyk spoke.", "Anna Kowalczyk left.", "Kowalczyk said so."]
    assert respelled(paragraphs) == tuple(paragraphs)
