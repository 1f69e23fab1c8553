"""Say early, in one line an admin understands, why a text cannot become a quiz."""

from __future__ import annotations

import re
from functools import cache

from questions.generate.errors import NotEnglish, NotEnoughText, NotText
from questions.text import N_, Text

MIN_WORDS = 80
MAX_BYTES = 1_000_000
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
SAMPLE = 100_000  # characters read for the language check: enough, and linear


@cache
def _common_english() -> frozenset[str]:
    """Return the 150 most frequent English words (wordfreq): function words, mostly."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 150))


def count_words(text: str) -> int:
    """Count the words of a text (runs of letters)."""
    return sum(1 for _ in _WORD.finditer(text))


def english_share(text: str) -> tuple[float, float]:
    """Return (share of letters that are ASCII, share of words among English's commonest)."""
    words = _WORD.findall(text[:SAMPLE])
    letters = sum(len(w) for w in words)
    if not letters:
        return 0.0, 0.0
    ascii_letters = sum(1 for w in words for c in w if c.isascii())
    common = _common_english()
    stop = sum(1 for w in words if w.lower().replace("’", "'") in common)
    return ascii_letters / letters, stop / len(words)


def check_article(text: str) -> None:
    """Raise a GenerationError saying why a text cannot give a quiz; return otherwise."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        raise NotText(
            Text(N_("The article is over 1 MB: send the article's text only (at most 1 MB)."))
        )
    sample = text[:SAMPLE]
    control = sum(1 for c in sample if not c.isprintable() and c not in "\n\r\t")
    if "\x00" in sample or control > 0.01 * max(len(sample), 1):
        raise NotText(
            Text(N_("This looks like a binary file, not text: send the article as plain text."))
        )
    words = count_words(text)
    if words < 20:
        raise NotEnoughText(
            Text(
                N_(
                    "The text is too short to make a quiz: "
                    "send a news article of at least {min} words."
                ),
                min=MIN_WORDS,
            )
        )
    ascii_share, stop_share = english_share(text)
    if ascii_share < 0.8 or stop_share < 0.2:
        raise NotEnglish(
            Text(
                N_(
                    "This does not look like English text: the quiz generator reads English "
                    "articles only. Send an English version of the article."
                )
            )
        )
    if words < MIN_WORDS:
        raise NotEnoughText(
            Text(
                N_(
                    "The article is too short to make a quiz ({words} words): "
                    "send at least {min} words of news text."
                ),
                words=words,
                min=MIN_WORDS,
            )
        )
