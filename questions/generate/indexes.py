"""Indexes of an article worked out once, so that judging an option reads no sentence again:
which sentences say each name, and which point back to a thing named before ("That exhibit
was part of …", for `reviewed.tied_back`)."""

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


def said_in(by_sentence: tuple[frozenset[str], ...]) -> dict[str, tuple[int, ...]]:
    """Index which sentences say each name or a word-edge part of one: once per article, so
    judging an option does not scan every sentence's names."""
    index: dict[str, list[int]] = {}
    for number, names in enumerate(by_sentence):
        parts: set[str] = set()
        for name in names:
            words = name.split()
            parts.add(name)
            parts.update(" ".join(words[:j]) for j in range(1, len(words)))  # "kim"
            parts.update(" ".join(words[j:]) for j in range(1, len(words)))  # "mertens"
        for part in parts:
            index.setdefault(part, []).append(number)
    return {k: tuple(v) for k, v in index.items()}
