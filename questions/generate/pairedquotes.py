"""Quotation marks kept in pairs when a phrase is cut out of a headline: "'Gangnam Style'
YouTube view count", not "Gangnam Style' YouTube view count"."""

from __future__ import annotations

from typing import Any

Span = Any
_PAIRS = {"'": "'", '"': '"', "‘": "’", "“": "”"}


def paired_words(span: Span) -> str:
    """Return a span's text with a quotation it closes opened again (the parse may leave the
    opening mark out of the phrase), and marks that wrap the whole phrase taken off."""
    text = str(span.text)
    before = span.doc[span.start - 1].text if span.start > 0 else ""
    closing = _PAIRS.get(before)
    if closing is not None and _unopened(text, before, closing):
        text = before + text
    opening = text[:1]
    if opening in _PAIRS and text.endswith(_PAIRS[opening]) and len(text) > 1:
        inner = text[1:-1]
        if not _unopened(inner, opening, _PAIRS[opening]) and _PAIRS[opening] not in inner:
            return inner  # "'Style'": the whole phrase quoted
    return text


def _unopened(text: str, opening: str, closing: str) -> bool:
    """Tell whether a text closes a quotation it never opened."""
    if opening == closing:
        return text.count(closing) % 2 == 1
    depth = 0
    for char in text:
        depth += (char == opening) - (char == closing)
        if depth < 0:
            return True
    return False
