"""A sentence a blank line breaks ("…, advocating" / "mutual trust, …") is one paragraph: the
lower-case line goes on with the paragraph before, or with a line taken for a heading ("At
critical moments, we should work" / "together to …"); it is no heading of its own."""

from __future__ import annotations

import pytest

from questions.generate.clean import clean_article

BROKEN = """Council Backs Plan

{start} has always practiced the "Bergen Spirit", advocating

mutual trust, mutual benefit, and consultation.

Critical year:

The vote is on Monday.
"""
REST = (
    'has always practiced the "Bergen Spirit", advocating mutual trust, mutual benefit, and '
    "consultation."
)


@pytest.mark.parametrize(
    "start",
    [
        "The council said the plan",  # short: first taken for a heading
        "At its last meeting on the harbour on Friday, the council said that the plan",
    ],
)
def test_a_lower_case_line_goes_on_with_the_sentence_before(start: str) -> None:
    article = clean_article(BROKEN.format(start=start))
    assert article.paragraphs == (f"{start} {REST}", "The vote is on Monday.")
    assert article.headings == ("Critical year:",)


def test_a_finished_sentence_or_a_heading_is_not_continued() -> None:
    done = clean_article("Council Backs Plan\n\nThe council met on Monday.\n\nmore to come\n")
    assert done.paragraphs[0] == "The council met on Monday."
    headed = clean_article("Council Backs Plan\n\nKey points:\n\nthe vote is on Monday.\n")
    assert headed.paragraphs == ("the vote is on Monday.",)
