"""A last check on words a cut phrase left behind: its preposition ("US$95 million (_____)
from was diverted") or the comma that closed it ("after _____, was stabbed"). Whatever cut
the phrase, the question reads as broken English; it is refused, not repaired, since the
check cannot tell which words the cut should have taken."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.refusals import BLANK

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})  # "was", "says", "have", "will"
_GOVERNING = frozenset({"prep", "agent", "dative"})  # a preposition, not "that" or "after" a clause


def left_behind(sentence: Any, fact: Fact, stem: str) -> str | None:
    """Refuse a question in which a preposition runs straight into a finite verb, or a comma
    into the verb after an aside the question left out, where the article's sentence never
    writes them so."""
    asked = stem.splitlines()[-1]
    doc = sentence.doc
    words = list(sentence)  # read once: each token read from a span is built anew
    verbs = {t.text for t in words if t.tag_ in _FINITE}
    for token in words:
        if token.dep_ not in _GOVERNING or token.tag_ not in ("IN", "TO"):
            continue
        for verb in verbs:
            pair = f"{token.text} {verb}"
            if _said(pair, asked) and not _said(pair, sentence.text):
                return f"{token.text!r} is left before the verb {verb!r}"
    for closing in (t for t in words if t.text == "," and t.i + 1 < sentence.end):
        verb = doc[closing.i + 1]
        opening = _opening_comma(words, closing)
        if verb.tag_ not in _FINITE or opening is None or opening.i <= sentence.start:
            continue
        before = BLANK if opening.i == fact.end else doc[opening.i - 1].text
        pair = f"{before}, {verb.text}"
        if _said(pair, asked) and not _said(pair, sentence.text):
            return f"the comma before {verb.text!r} closes an aside the question left out"
    return None


def _opening_comma(words: Sequence[Any], closing: Any) -> Any | None:
    """Return the comma that opens the aside a comma closes: the nearest one before it."""
    earlier = [t for t in words if t.text == "," and t.i < closing.i]
    return earlier[-1] if earlier else None


def _said(words: str, asked: str) -> bool:
    """Tell whether the question says these words as whole words."""
    return pattern(rf"(?<![\w-]){re.escape(words)}(?![\w-])").search(asked) is not None
