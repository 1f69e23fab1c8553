"""A teacher's own articles: "the document" asked as the one thing of that kind an earlier
sentence said ("questionnaires"), and a headline's "national rocketry competition" as the
name the article gives it ("the SKY High competition"); left alone when two things of the
kind, an owned one or a thought could be meant."""

from __future__ import annotations

from typing import Any

from questions.generate.kindnames import Kinds, name_kinds, note_kinds
from questions.generate.pipeline import generate

LIBRARY = """Harwood library swaps membership interviews for questionnaire

Monday, May 4, 2020

The Harwood public library on Monday began mailing questionnaires to some 2,000 residents \
who asked for a reading card before March.

The change is part of chief librarian Anna Roberts's plan to clear a waiting list of 6,000 \
people by December.

Librarians will still check every address, but the short meeting at the front desk will be \
dropped for most applicants.

The document, which runs to eight pages, must be filled in by hand.

It also must be returned within fourteen days. Staff will send a reminder to anyone who \
misses the deadline, the library said.

The library opened its new reading room in 2018 at a cost of $3.5 million. About 40,000 \
people visited it last year, up from 28,000 in 2017.
"""

ROCKETS = """Student engineers win prize at national rocketry competition

Saturday, June 13, 2020

A team of students from Harwood College won a bronze medal on Friday at the Skyward Cup in \
Denver.

The SKY High competition was founded by teacher Maria Olsen to encourage interest in \
engineering among teenagers. This year, the rockets had to carry an egg to 300 metres and \
land it unbroken.

There were 48 teams in the competition, from 19 states. The Harwood team built its rocket \
in eleven weeks.

The competition ended on Friday. Next year's competition is scheduled to take place in \
Phoenix.
"""


def _asked(text: str) -> dict[str, str]:
    """Return each question's stem (its last line) with its key."""
    quiz = generate(text, slug="made-up", title=text.split("\n", 1)[0])
    return {q.text.split("\n")[-1]: q.correct_option for q in quiz.qset.questions}


def _said(nlp: Any, text: str) -> list[str]:
    """Return each sentence of a text as a question would say it, kinds named."""
    kinds, out = Kinds(), []
    for sentence in nlp(text).sents:
        replace: dict[int, str] = {}
        name_kinds(sentence, kinds, replace, {})
        note_kinds(sentence, kinds, replace)
        out.append(" ".join(replace.get(t.i, t.text) for t in sentence))
    return out


def test_the_document_is_asked_as_the_questionnaire_said_before() -> None:
    asked = _asked(LIBRARY)
    assert asked["How many pages does the questionnaire run to?"] == "eight"
    assert not any("the document" in stem for stem in asked)


def test_the_headline_competition_is_asked_by_the_name_the_article_gives_it() -> None:
    asked = _asked(ROCKETS)
    assert asked["Where is 2021's SKY High competition scheduled to take place?"] == "Phoenix"
    assert asked["There were _____ teams in the SKY High competition, from 19 states."] == "48"
    assert not any("rocketry competition" in stem for stem in asked)


def test_the_document_is_left_when_two_documents_or_none_near_could_be_meant(nlp: Any) -> None:
    said = _said(
        nlp, "The office mailed questionnaires to voters. The document runs to eight pages."
    )
    assert said[1].startswith("The questionnaire runs")
    # a questionnaire and a certificate: which one "the document" is, a guess
    two = "The office mailed questionnaires and a certificate. The document runs to eight pages."
    assert _said(nlp, two)[1].startswith("The document runs")
    # said four sentences before: no longer the thing being talked about
    far = (
        "The office mailed questionnaires to voters. Turnout fell. Rain came. Shops shut. "
        "Buses ran late. The document runs to eight pages."
    )
    assert _said(nlp, far)[-1].startswith("The document runs")


def test_an_owned_plan_or_a_thought_is_not_named_by_kind(nlp: Any) -> None:
    # "their bombing" is the rebels': "the attack" may be anyone's
    said = _said(nlp, "Rebels praised their bombing of the bridge. Police studied the attack.")
    assert said[1].endswith("studied the attack .")
    said = _said(nlp, "Rebels carried out a bombing of the bridge. Police studied the attack.")
    assert said[1].endswith("studied the bombing .")
    # anything may be called "the idea": a plan is not said to be the one meant
    said = _said(nlp, "Roberts announced a plan to close the branch. Critics opposed the idea.")
    assert said[1].endswith("opposed the idea .")
    # the document was a document before the questionnaires: that one is meant
    said = _said(
        nlp, "A document was leaked. The office mailed questionnaires. The document runs long."
    )
    assert said[2].startswith("The document runs")
