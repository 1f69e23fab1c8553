"""A teacher's own article: "a similar scheme" likens its scheme to the story's, which a
question cannot show; asked as "a scheme" it stands alone and is still true. A measure ("a
similar number") is what the sentence says, and stays."""

from __future__ import annotations

from typing import Any

from questions.generate.likened import plain_similar
from questions.generate.pipeline import generate

FERRY = """Island council approves cheaper ferry fares for pensioners

Tuesday, June 9, 2020

The Harlow Island council on Monday approved a plan to cut ferry fares for pensioners by half \
from September, council leader Ruth Adams said. About 2,400 pensioners live on the island.

A similar scheme proposed by the Harbour Trust in March 2018 for 1,500 students was rejected \
by mayor Peter Doyle over fears it would cost too much, local papers reported at the time.

The ferry company said the new fares would cost it about $80,000 a year. The council will \
pay that sum from its transport budget, Adams said.

Residents will discuss the fares at a public meeting at the town hall on Thursday evening.
"""


def _said(nlp: Any, text: str) -> str:
    """Return a sentence as a question would say it, "similar" left out where it may be."""
    sentence = next(iter(nlp(text).sents))
    replace: dict[int, str] = {}
    plain_similar(sentence, replace, set())
    return " ".join(w for t in sentence if (w := replace.get(t.i, t.text)))


def test_the_likened_scheme_is_asked_without_similar() -> None:
    quiz = generate(FERRY, slug="ferry", title="Island council approves cheaper ferry fares")
    asked = {q.text.split("\n")[-1]: q.correct_option for q in quiz.qset.questions}
    doyle = [text for text, key in asked.items() if key == "Peter Doyle"]
    assert doyle, asked
    assert all("similar" not in text.lower() for text in asked)
    assert any(text.startswith("By whom was a scheme proposed") for text in doyle)


def test_the_article_before_follows_the_next_word(nlp: Any) -> None:
    said = _said(nlp, "A similar online scheme was rejected by the mayor.")
    assert said.startswith("an online scheme was rejected")


def test_a_compared_or_measured_similar_stays(nlp: Any) -> None:
    said = _said(nlp, "A similar number of students applied for the scheme.")
    assert said.startswith("A similar number")
    said = _said(nlp, "A scheme similar to the one in Lyon was rejected by the mayor.")
    assert "similar to the one" in said
    said = _said(nlp, "Like 40 other firms facing similar costs, the company cut jobs.")
    assert "similar costs" in said
