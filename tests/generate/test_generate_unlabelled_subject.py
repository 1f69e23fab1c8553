"""A pronoun after a subject the model left unlabelled is that subject's, or nobody's: "Mohamed
brought the digital clock he made" never became "the clock Mark Zuckerberg made" (the last
person of an earlier sentence), a false statement a blind review found on a held-out article."""

from __future__ import annotations

from typing import Any

from questions.generate.persons import Cast
from questions.generate.replacements import replacements

SENTENCE = "Mohamed brought the digital clock he made to school on September 14."


def _he(nlp: Any, people: dict[str, str]) -> str | None:
    """Return what a question says for the sentence's "he" (None: left as written)."""
    span = next(iter(nlp(SENTENCE).sents))
    he = next(t for t in span if t.lower_ == "he")
    return (replacements(span, None, {"m": "Mark Zuckerberg"}, Cast(people)) or {}).get(he.i)


def test_the_last_person_of_another_sentence_is_not_the_subjects_he(nlp: Any) -> None:
    assert _he(nlp, {}) is None
    assert _he(nlp, {"Mohamed": "Ahmed Mohamed"}) == "Mohamed"
