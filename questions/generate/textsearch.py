"""Where a text says a name as whole words, found with `str.find`: the option checks ask it
per option and per question, and a pattern compiled per name cost a long article dearly."""

from __future__ import annotations


def says(text: str, name: str) -> bool:
    r"""Tell whether a text says a name as whole words (as `(?<!\w)name(?!\w)` would, without
    compiling a pattern per name: a long article's sides times its questions)."""
    return bool(said_at(text, name, first=True))


def said_at(text: str, name: str, first: bool = False) -> list[int]:
    """Return where a text says a name as whole words (only the first place with `first`)."""
    found: list[int] = []
    start = text.find(name)
    while start != -1:
        end = start + len(name)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not _word_char(before) and not _word_char(after):
            found.append(start)
            if first:
                break
        start = text.find(name, start + 1)
    return found


def _word_char(char: str) -> bool:
    r"""Tell whether a character is one `\w` matches."""
    return char.isalnum() or char == "_"
