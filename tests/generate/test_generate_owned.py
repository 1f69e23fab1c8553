"""A question whose clause takes a gift that says neither whose nor what ("How many
universities have accepted one or more donations?") is about nothing in particular: refused;
a gift the question counts, or one its words own, is still asked."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.owned import unowned_gift
from tests.generate.generated import SharedGenerations


def _problem(nlp: Any, text: str, key: str) -> str | None:
    """Return why the question on a sentence's count is about no one's gift, or None."""
    sentence = next(nlp(text).sents)
    fact = next(f for f in sentence_facts(sentence, 0) if f.text == key)
    return unowned_gift(sentence, fact)


def test_a_bare_gift_beside_the_count_is_refused(nlp: Any) -> None:
    bare = "Currently 190 universities have accepted one or more donations."
    assert _problem(nlp, bare, "190") is not None
    assert _problem(nlp, "So far 40 schools have received grants.", "40") is not None


def test_a_gift_that_says_whose_or_is_counted_is_asked(nlp: Any) -> None:
    owned = "Currently 190 universities have accepted donations of Warhol photographs."
    assert _problem(nlp, owned, "190") is None
    assert _problem(nlp, "So far 40 schools have received its grants.", "40") is None
    counted = "The foundation made three donations to the university in Evansville."
    assert _problem(nlp, counted, "three") is None
    assert _problem(nlp, "So far 40 schools have received the invitation.", "40") is None


def test_the_warhol_universities_are_not_asked_without_whose_donations(
    generation: SharedGenerations,
) -> None:
    quiz = generation.corpus("warhol-photo-legacy").qset.questions
    # "How many universities have accepted …?" (asking who said it is another question)
    asked = [q.text.split("\n")[-1] for q in quiz if q.text.endswith("one or more donations?")]
    assert not any(t.startswith("How many") for t in asked)
    assert any(q.text.split("\n")[-1].startswith("How many donations did") for q in quiz)
