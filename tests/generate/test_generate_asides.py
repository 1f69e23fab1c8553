"""What an apposition says of a name, asked alone: a person's office and a person's age."""

from __future__ import annotations

from typing import Any

from questions.generate.dates import ArticleDate
from questions.generate.facts import Fact, sentence_facts
from questions.generate.roles import role_stems

JULY_2017 = ArticleDate(month=7, day=21, year=2017)

def _facts(nlp: Any, text: str) -> tuple[list[Any], list[list[Fact]]]:
    """Parse a text and return its sentences and each one's facts."""
    sentences = list(nlp(text).sents)
    return sentences, [sentence_facts(s, n) for n, s in enumerate(sentences)]


def test_an_office_whose_holder_is_written_with_a_possessive_is_still_one_holder(
    nlp: Any,
) -> None:
    sentences, facts = _facts(
        nlp,
        "The team drew notice from critics of U.S. President Donald Trump's policies. "
        "President Donald Trump later asked the council to help the girls.",
    )
    stems = role_stems(sentences, facts, [{}, {}], JULY_2017)
    assert [s.text for s in stems.values()] == ["Who was the U.S. President in July 2017?"]
