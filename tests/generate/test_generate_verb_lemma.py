"""Do-support takes the verb's real base form: "How much did the court fine …?", never the
model's "fin" for "fined"."""

from __future__ import annotations

from typing import Any

import pytest

from questions.generate.tense import verb_lemma


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("The Supreme Court fined the company on Monday.", "fined", "fine"),
        ("The club left Manchester in 1998.", "left", "leave"),
        ("Police found 12 bodies in the river.", "found", "find"),
    ],
)
def test_a_verb_is_asked_in_its_base_form(nlp: Any, text: str, word: str, lemma: str) -> None:
    verb = next(t for t in nlp(text) if t.text == word)
    assert verb_lemma(verb) == lemma
