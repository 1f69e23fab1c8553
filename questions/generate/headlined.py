"""A demonstrative the headline resolves: "as part of this process" under the line "📰 New
Zealand begins process to …" points to the process the headline names, so a question that
opens with that line stands alone. Only a determiner of a noun the line says ("this
process", "these talks"); a bare "this" ("This is a decrease …") names nothing."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.kinds import kind_word
from questions.generate.quotemarks import quoted_words
from questions.generate.synonyms import HEADLINE

_DEMONSTRATIVES = frozenset({"this", "these"})


def headline_demonstratives(sentence: Any, shown: str) -> frozenset[str]:
    """Return the demonstratives of a sentence every one of which determines a noun the
    headline line the question `shown` opens with also says."""
    if not shown.startswith(HEADLINE):
        return frozenset()
    words = re.findall(r"[A-Za-z]+", shown.split("\n", 1)[0])
    said = {w.lower() for w in words} | {kind_word(w) for w in words} - {""}
    quoted = quoted_words(sentence)
    found: dict[str, bool] = {}
    for token in sentence:
        if token.lower_ not in _DEMONSTRATIVES or token.i in quoted:
            continue
        noun = token.head
        named = token.dep_ == "det" and noun.pos_ == "NOUN" and noun.lemma_.lower() in said
        found[token.lower_] = found.get(token.lower_, True) and named
    return frozenset(word for word, ok in found.items() if ok)
