"""Two near-identical questions that ask of two things named apart are not one question.

"As which act is Division A known?" and "As which act is Division B known?" differ only in
the name of what each asks about: each has its own answer, and the other's answer is an
honest distractor, not a second right one.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\w'’.-]+")


def named_apart(one: str, other: str) -> bool:
    """Tell whether two questions' words differ only in names, mid-question, on both sides."""
    return words_named_apart(question_words(one), question_words(other))


def question_words(question: str) -> list[str]:
    """Return a question's words as `named_apart` compares them."""
    return _WORD.findall(question)


def words_named_apart(first: list[str], second: list[str]) -> bool:
    """Tell whether two questions' words (`question_words`) differ only in names,
    mid-question, on both sides."""
    if len(first) != len(second):
        return False
    differ = [(a, b) for a, b in zip(first[1:], second[1:], strict=True) if a != b]
    return bool(differ) and first[0] == second[0] and all(_name(a) and _name(b) for a, b in differ)


def _name(word: str) -> bool:
    """Tell whether a word is written as a name: a capital first (a letter "A" counts)."""
    return word[:1].isupper()
