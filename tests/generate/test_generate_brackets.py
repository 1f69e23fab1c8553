"""No sentence starts inside an open bracket: an editor's "[KPA]", a page range "(pp. 110-255)"."""

from __future__ import annotations

from typing import Any

import pytest


def test_a_bracketed_word_does_not_start_a_sentence(nlp: Any) -> None:
    text = (
        "The general said the Korean People's Army [KPA] would answer any attack. "
        "He said the order came from Kim Jong-un [the supreme commander] on Thursday."
    )
    sentences = [s.text for s in nlp(text).sents]
    assert sentences == [
        "The general said the Korean People's Army [KPA] would answer any attack.",
        "He said the order came from Kim Jong-un [the supreme commander] on Thursday.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Chapter A (pp.1-110) is referred to as the Harbour Act; Chapter B (pp. 110-255) is "
        "referred to as the Canal Act.",
        "The river (approx. 300 km) floods each spring and the lake (approx. 40 km) freezes "
        "each winter.",
        "The charter says Chapter One (pp. 4-80) covers the harbour, and Chapter Two "
        "(pp. 81-150) covers the canal.",
    ],
)
def test_no_sentence_starts_inside_an_open_bracket(nlp: Any, text: str) -> None:
    # the model cut each after the abbreviation ("(pp.", "(approx.") and asked neither half
    sentences = [s.text for s in nlp(f"{text} The council met on Monday.").sents]
    assert sentences == [text, "The council met on Monday."]


def test_a_bracket_of_whole_sentences_keeps_them_apart(nlp: Any) -> None:
    text = "The council met on Monday. (The mayor left early. The vote was held late.)"
    sentences = [s.text for s in nlp(text).sents]
    assert sentences == [
        "The council met on Monday.",
        "(The mayor left early.",
        "The vote was held late.)",
    ]
