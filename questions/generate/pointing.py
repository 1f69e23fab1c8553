"""Sentences whose subject points back to a thing named before ("That exhibit was part of …"),
found once per article for `reviewed.tied_back`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

_SUBJECTS = ("nsubj", "nsubjpass")


def pointing_sentences(sentences: Sequence[Any]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Return the article's sentences whose subject points back ("That exhibit …"), each with
    the nouns pointed at: worked out once per article, not once per option (a long article's
    options each read every sentence)."""
    found = []
    for sentence in sentences:
        things = frozenset(
            token.head.lower_ for token in sentence
            if token.lower_ in ("that", "this", "these", "those") and token.dep_ == "det"
            and token.head.dep_ in _SUBJECTS and token.head.pos_ == "NOUN"
        )  # fmt: skip
        if things:
            found.append((sentence.text, things))
    return tuple(found)
