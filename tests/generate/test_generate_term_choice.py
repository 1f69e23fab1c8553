"""A coined term whose article rivals written as it is all fail the option checks gets no
options, and generation goes on: before, the pick read the first of none and a long article
(1 MB of news) crashed with an IndexError."""

from __future__ import annotations

from questions.generate.facts import Fact
from questions.generate.terms import TERM, term_choice


def _term(text: str) -> Fact:
    """Return a coined term's fact."""
    return Fact(0, 0, 1, text, "", TERM, "", text.lower())


def test_a_term_whose_like_rivals_are_all_taken_gets_no_options() -> None:
    key = _term("Shanghai Spirit")
    article = [key, _term("Harbour Accord")]
    taken: set[str] = set()
    assert term_choice(key, key.text, article, "", lambda option: False, taken) == []
