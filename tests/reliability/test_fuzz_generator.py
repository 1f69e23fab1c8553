"""Issue 17.5 and 17.6: no text crashes the generator, and a huge paragraph stays linear.

The old generator raised IndexError in `clean.py` on a separator line and parsed a one-
sentence article quadratically (1 MB ran for 29 minutes).
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions.generate import GenerationError, generate
from questions.generate.clean import clean_article
from questions.generate.context import WORD_BUDGET, chunks
from questions.generate.dates import parse_dateline, resolve_relative
from questions.generate.language import check_article
from questions.generate.nlp import load_nlp

FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PROSE = (
    "The city council of Riverton voted on March 3, 2021 to build a new bridge over the "
    "river. Mayor Anna Ruiz said the bridge would cost 40 million dollars and open in 2024. "
)


@pytest.fixture(scope="module")
def nlp() -> Any:
    """Load the English pipeline once for this module."""
    return load_nlp()


def _generate_or_refuse(text: str) -> None:
    """Run the whole generator: a quiz or a GenerationError, never any other exception."""
    try:
        result = generate(text, slug="fuzz", title="Fuzz")
    except GenerationError as exc:
        assert exc.message and "\n" not in exc.message
        return
    assert result.qset.questions


@pytest.mark.parametrize("separator", ["---", "***", "—", "•", "* * *", "___", "···"])
def test_separator_lines_do_not_crash(separator: str, nlp: Any) -> None:
    text = f"{separator}\n\n" + (PROSE * 3 + f"\n\n{separator}\n\n") * 2 + separator
    _generate_or_refuse(text)
    assert all(separator not in p for p in clean_article(text).paragraphs)


@FUZZ
@given(st.text(max_size=400))
def test_every_stage_takes_arbitrary_unicode(text: str) -> None:
    article = clean_article(text)
    assert all(p.strip() for p in article.paragraphs)
    parse_dateline(text)
    resolve_relative(text, None)
    chunks(article.paragraphs)
    try:
        check_article(text)
    except GenerationError as exc:
        assert exc.message


@FUZZ
@given(st.lists(st.sampled_from([PROSE, "---", "•", "\n", "△ Photo by X", "Editor丨Wang",
                                 "Sunday, August 2, 2015", "", "it", "\x00", "é" * 30]),
                max_size=12).map("\n".join))  # fmt: skip
def test_the_whole_generator_takes_mixed_debris(text: str) -> None:
    load_nlp()
    _generate_or_refuse(text)


def test_a_one_sentence_megabyte_is_cut_before_parsing() -> None:
    # One sentence of ~1 MB: what spaCy parses is capped, so time and memory stay bounded.
    giant = ("the committee met in Geneva on June 15, 2001 and " * 20_000)[:990_000]
    pieces, words, skipped = chunks(clean_article("Title\n\n" + giant + ".").paragraphs)
    assert words <= WORD_BUDGET and skipped > 0
    assert all(len(piece) <= 4_000 for _, piece in pieces)


def test_over_a_megabyte_is_refused_in_one_line() -> None:
    with pytest.raises(GenerationError, match="over 1 MB"):
        generate(PROSE * 6_000, slug="big", title="Big")


def test_binary_is_refused_in_one_line() -> None:
    with pytest.raises(GenerationError, match="binary"):
        generate("\x00\x01\x02" * 400 + PROSE * 5, slug="bin", title="Bin")
