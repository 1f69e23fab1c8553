"""An editor's bracketed word ("[KPA]") stays inside its sentence."""

from __future__ import annotations

from typing import Any


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
