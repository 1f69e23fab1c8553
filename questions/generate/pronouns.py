"""Say a person's name once: a pronoun whose person the question already names stays a pronoun.

The context stage names the person behind "he" or "his" so a question stands alone; where the
question keeps that person's name too, the name twice reads clumsily ("Thomas Sam, 42, and
Thomas Sam's wife"), so the pronoun the article wrote comes back.
"""

from __future__ import annotations

from typing import Any

Span = Any
PERSONAL = frozenset({"he", "she", "his", "her"})


def said_once(text: str, sentence: Span, replace: dict[int, str]) -> str:
    """Put back each personal pronoun whose name the question also says elsewhere."""
    offset = sentence.start_char
    for token in sentence:
        name = replace.get(token.i, "")
        if token.lower_ not in PERSONAL or not name:
            continue
        base = name.removesuffix("'s")
        if text.count(base) < 2:
            continue
        before = sentence.text.find(base) < token.idx - offset  # the name comes first
        at = text.rfind(name) if before else text.find(name)
        if at < 0:
            continue
        pronoun = token.lower_ if at > 0 else token.text.capitalize()
        text = text[:at] + pronoun + text[at + len(name) :]
    return text
