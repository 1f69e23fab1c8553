"""Find a phrase as whole words in a text, fast and without compiling a pattern per phrase.

The generator checks thousands of candidate options against the article; building a regular
expression for each would evict pysbd's compiled patterns from the `re` cache and make
sentence splitting several times slower.
"""

from __future__ import annotations

from functools import lru_cache

from questions.schema import normalise

# The same option and sentence texts are folded again and again while options are chosen.
fold = lru_cache(maxsize=8192)(normalise)


def _is_word_char(char: str) -> bool:
    """Tell whether a character continues a word ("'" too: "Ji'an")."""
    return char.isalnum() or char in "_'"


def phrase_positions(text: str, phrase: str) -> list[int]:
    """Return the start of every whole-word occurrence of `phrase` in `text` (exact case)."""
    positions: list[int] = []
    if not phrase:
        return positions
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (_is_word_char(before) and _is_word_char(phrase[0])) and not (
            _is_word_char(after) and _is_word_char(phrase[-1])
        ):
            positions.append(start)
        start = text.find(phrase, start + 1)
    return positions


def contains_phrase(text: str, phrase: str) -> bool:
    """Tell whether a phrase occurs in a text as whole words, ignoring case and spacing."""
    return bool(phrase_positions(fold(text), fold(phrase)))
