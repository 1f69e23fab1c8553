"""Say early, in words an admin understands, why a text cannot become a quiz."""

from __future__ import annotations

import re

from questions.generate.errors import NotEnglish, NotEnoughText
from questions.generate.lexicon import STOPWORDS

MIN_WORDS = 80
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def count_words(text: str) -> int:
    """Count the words of a text (runs of letters)."""
    return len(_WORD.findall(text))


def english_share(text: str) -> tuple[float, float]:
    """Return (share of letters that are ASCII, share of words that are English stopwords)."""
    words = _WORD.findall(text)
    letters = sum(len(w) for w in words)
    if not letters:
        return 0.0, 0.0
    ascii_letters = sum(1 for w in words for c in w if c.isascii())
    stop = sum(1 for w in words if w.lower() in STOPWORDS)
    return ascii_letters / letters, stop / len(words)


def check_article(text: str) -> None:
    """Raise NotEnoughText or NotEnglish when a text cannot give a quiz; return otherwise."""
    letters = sum(1 for c in text if c.isalpha())
    if letters < 60:
        raise NotEnoughText(
            "The text is too short to make a quiz: "
            f"send a news article of at least {MIN_WORDS} words."
        )
    ascii_share, stop_share = english_share(text)
    words = count_words(text)
    if ascii_share < 0.8 or (words >= 20 and stop_share < 0.15):
        raise NotEnglish(
            "This does not look like English text: the quiz generator reads English "
            "articles only. Send an English version of the article."
        )
    if words < MIN_WORDS:
        raise NotEnoughText(
            f"The article is too short to make a quiz ({words} words): "
            f"send at least {MIN_WORDS} words of news text."
        )
