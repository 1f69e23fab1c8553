"""A listed name written after its own one-holder office of a named place ("Calgary mayor
_____, and other officials") is the only answer: the place has one mayor at a time. A plural,
shared or former office leaves it one item of the list."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.facts import Fact
from questions.generate.unique import shared_answer


def _fact(nlp: Any, text: str, name: str) -> tuple[Any, Fact]:
    """Return a made-up sentence and a person fact on `name` in it."""
    sentence = nlp(text)[:]
    start = text.index(name)
    span = sentence.doc.char_span(start, start + len(name))
    return sentence, Fact(0, span.start, span.end, name, "PERSON", "person")


@pytest.mark.parametrize(
    ("text", "name", "unique"),
    [
        ("Westford premier Ed Marlow, Ardley mayor Dana Kroft, and other public officials "
         "were there.", "Dana Kroft", True),
        ("Westford premier Ed Marlow, Ardley mayor Dana Kroft, and other public officials "
         "were there.", "Ed Marlow", True),
        ("Canadian Prime Minister Jean Marlow, Ontario senator Mary Lowe and other guests "
         "attended.", "Jean Marlow", True),
        # a shared office, a deputy, a former holder, or no place: one of a list
        ("Canadian Prime Minister Jean Marlow, Ontario senator Mary Lowe and other guests "
         "attended.", "Mary Lowe", False),
        ("Former Ardley mayor John Sewell, Ardley deputy mayor Anne Price and other officials "
         "attended.", "John Sewell", False),
        ("Former Ardley mayor John Sewell, Ardley deputy mayor Anne Price and other officials "
         "attended.", "Anne Price", False),
        ("Ardley councillor Bob Hart, Ardley mayor Dana Kroft and other officials attended.",
         "Bob Hart", False),
    ],
)  # fmt: skip
def test_an_own_office_makes_a_listed_name_unique(
    nlp: Any, text: str, name: str, unique: bool
) -> None:
    sentence, fact = _fact(nlp, text, name)
    assert (shared_answer(sentence, fact) is None) is unique
