"""Code review 18 on made-up articles: a "for this" said at an occasion the story had left
("Back home in Lagos, she later proposed four new laws for this" is not at the summit), and a
hedge before the subject dropped as if it tied the sentence to the one before ("Allegedly, a
former manager stole …" asked as a plain fact)."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate import generate
from questions.generate.facts import sentence_facts
from questions.generate.moved import fronted
from questions.generate.purposes import Occasion, mend_purpose, name_purpose, next_occasion
from questions.generate.stems import cloze

MINISTER = """Nigerian minister pushes climate plan
Monday, June 6, 2022
Environment minister Grace Okafor attended a summit on Climate Finance in Geneva last week, \
where delegates from 40 countries discussed new funding for poor nations. The talks ran for \
three days and ended without a final agreement.
At the summit, Okafor said that rich nations must pay far more to help farmers adapt. Back \
home in Lagos, she later proposed four new laws for this. The laws would create a national \
fund of 2 billion dollars and a new agency to manage it.
Okafor has served as minister since 2019. Her office said that the fund would support 12,000 \
farmers in its first year.
"""

CARMAKER = """Carmaker reports record sales
Monday, June 6, 2022
The carmaker Voltara has sold 3 million electric cars since 2010, the company said in a \
statement. Allegedly, a former manager stole 400,000 dollars from the company's pension \
fund. Initially, the firm planned to hire 500 workers at its new plant in Ohio.
Of the 900 workers at the Ohio plant, 600 joined the union last month. The union's leader, \
Paul Greene, said that 85 of the 120 engineers had also signed up.
The firm has spent 2 billion dollars on research, and analysts expect its profits to rise by \
15 percent this year. Its shares have risen by 40 percent since January.
"""

AT = "At the summit on Climate Finance, Minister Okafor said that rich nations must pay more. "


def _last_said(nlp: Any, text: str) -> str:
    """Return the text's last sentence as a question would say it, its purpose named by the
    occasion it is set at ("she" standing for Grace Okafor)."""
    occasion: Occasion | None = None
    every: list[Any] = []
    said = ""
    doc = nlp(text)
    mend_purpose(doc)
    for sentence in doc.sents:
        every.append(sentence)
        replace = {t.i: "Grace Okafor" for t in sentence if t.lower_ == "she"}
        at, occasion = next_occasion(occasion, sentence, replace, every)
        name_purpose(sentence, at, replace)
        said = " ".join(w for w in (replace.get(t.i, t.text) for t in sentence) if w)
    return said


@pytest.mark.parametrize(
    "text",
    [
        # a place of its own, in the same paragraph: the laws were proposed in Lagos
        AT + "Back home in Lagos, she proposed four new laws for this.",
        AT + "Back home, she proposed four new laws for this.",
        # the story moves on: "later" is after the summit
        AT + "She later proposed four new laws for this.",
        AT + "Then she proposed four new laws for this.",
        # someone else's deed comes between, in the same paragraph
        AT + "The talks ended without a deal. She proposed four new laws for this.",
    ],
)
def test_an_occasion_the_story_left_leaves_the_purpose(nlp: Any, text: str) -> None:
    assert _last_said(nlp, text).endswith("four new laws for this .")


def test_the_same_speakers_next_deed_is_still_at_the_occasion(nlp: Any) -> None:
    said = _last_said(nlp, AT + "She proposed four new laws for this.")
    assert said == "Grace Okafor proposed four new laws at the summit on Climate Finance ."


def test_laws_proposed_back_home_are_not_asked_at_the_summit() -> None:
    quiz = generate(MINISTER, slug="minister", title="Nigerian minister pushes climate plan")
    for question in quiz.qset.questions:
        text = question.text.lower()
        assert not ("propose" in text and "at the summit" in text), question.text


def test_a_hedge_before_the_subject_is_not_dropped_from_a_wh_question(nlp: Any) -> None:
    for opener in ("Allegedly", "Reportedly", "Initially", "Originally", "Apparently"):
        doc = nlp(f"{opener}, a former manager stole 400,000 dollars from the pension fund.")
        verb = next(t for t in doc if t.dep_ == "ROOT")
        subject = next(c for c in verb.children if c.dep_ == "nsubj")
        _, problem = fronted([t for t in doc if t.i < subject.left_edge.i], verb)
        assert problem, opener
    doc = nlp("Afterwards, a former manager stole 400,000 dollars from the pension fund.")
    verb = next(t for t in doc if t.dep_ == "ROOT")
    moved, problem = fronted([t for t in doc if t.i < 2], verb)
    assert not problem and not moved  # a connective: dropped, the statement as true


def test_a_blank_keeps_a_hedge_before_the_subject(nlp: Any) -> None:
    doc = nlp("Initially, the firm planned to hire 500 workers at its new plant.")
    fact = next(f for f in sentence_facts(next(doc.sents), 0) if f.text == "500")
    stem = cloze(fact, list(doc), {})
    assert stem is not None and stem.text.startswith("Initially,"), stem.text


def test_a_hedged_claim_is_never_asked_as_a_plain_fact() -> None:
    quiz = generate(CARMAKER, slug="carmaker", title="Carmaker reports record sales")
    for question in quiz.qset.questions:
        text = question.text.lower()
        if "manager" in text:
            assert "allegedly" in text, question.text
        if "hire" in text:
            assert "initially" in text, question.text
