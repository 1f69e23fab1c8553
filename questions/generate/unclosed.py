"""Brackets a question must show in pairs: an aside the article left open ("fined up to
€50,900 (US$71,000.") is cut from the question, and a question still showing half a pair
of brackets is refused (blind review 64)."""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact

Span = Any
_PAIRS = {"(": ")", "[": "]", "{": "}"}
_ENDS = frozenset({".", "!", "?", ";"})


def unpaired_bracket(text: str) -> str | None:
    """Reject a question showing a bracket without its pair: an aside that never ends."""
    for opener, closer in _PAIRS.items():
        depth = 0
        for char in text:
            depth += (char == opener) - (char == closer)
            if depth < 0:
                break
        if depth != 0:
            return f"the question shows an unpaired {opener}{closer}"
    return None


def unclosed_aside(sentence: Span, fact: Fact) -> frozenset[int]:
    """Return the words of a bracketed aside the sentence opens and never closes ("(US$71,000."
    to its end), unless the answer is inside it: what it adds is the article's slip to copy."""
    for token in sentence:
        closer = _PAIRS.get(token.text)
        if closer is None:
            continue
        rest = [t for t in sentence if t.i > token.i]
        if any(t.text == closer for t in rest):
            continue
        end = sentence.end - 1 if sentence[-1].text in _ENDS else sentence.end
        if token.i <= fact.start < end:
            return frozenset()
        return frozenset(range(token.i, end))
    return frozenset()
