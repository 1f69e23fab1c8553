"""A title in quotation marks names itself: its "the" is no reference left unresolved."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import sentence_facts
from questions.generate.references import unresolved_reference


def _refusal(nlp: Any, text: str, stem: str) -> str | None:
    """Return why the question `stem`, blanking the year 2011 of `text`, is refused."""
    sentence = next(nlp(text).sents)
    year = next(f for f in sentence_facts(sentence, 0) if f.text == "2011")
    return unresolved_reference(sentence, year, stem)


def test_a_quoted_title_in_title_case_keeps_the_question(nlp: Any) -> None:
    text = (
        "The Harbour Commission, set up in 2011 to study river trade, published "
        '"Bridges for the Towns", its last report.'
    )
    stem = text.replace("2011", "_____")
    assert _refusal(nlp, text, stem) is None


def test_a_quoted_sentence_in_lower_case_still_points_back(nlp: Any) -> None:
    text = 'In 2011 the mayor said "the towns will need new bridges soon".'
    assert _refusal(nlp, text, text.replace("2011", "_____")) is not None
