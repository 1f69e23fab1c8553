"""Code review 18 on made-up articles: a hedge before the subject dropped as if it tied the
sentence to the one before ("Allegedly, a former manager stole …" asked as a plain fact)."""

from __future__ import annotations

from typing import Any

from questions.generate import generate
from questions.generate.clauses import fronted
from questions.generate.facts import sentence_facts
from questions.generate.stems import cloze

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
