"""A nickname quoted inside a name is dropped; a refusal of blanks alone says so."""

from __future__ import annotations

from collections import Counter

from questions.generate.clean import clean_article
from questions.generate.pipeline import _refusal

_TEXT = (
    "A new chess club opened in the town hall on Monday.\n\n"
    "\"We play every night\", said Marlen 'kingside' Oskavo, who founded it with "
    'Tobin "rook" Vasquell. Oskavo said the club has forty members.'
)


def test_nickname_inside_name_is_dropped() -> None:
    prose = clean_article(_TEXT).text
    assert "said Marlen Oskavo, who founded it with Tobin Vasquell." in prose
    assert "kingside" not in prose and "rook" not in prose


def test_quoted_word_after_function_word_stays() -> None:
    prose = clean_article('In "Frozen" Elsa sings.\n\nHe said "no" to Tom twice.').text
    assert 'In "Frozen" Elsa sings.' in prose
    assert 'He said "no" to Tom twice.' in prose


def test_refusal_of_blanks_alone_says_so() -> None:
    told = str(_refusal(Counter({"too many blanks": 3})))
    assert "blanks" in told and "too few dates" not in told


def test_refusal_without_facts_is_unchanged() -> None:
    assert "too few dates" in str(_refusal(Counter({"too few options": 5})))
