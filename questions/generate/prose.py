"""Which parsed sentences are prose a question can come from: not a caption, a question, a
run-on, a "respectively" pairing two lists, or a fragment of a quotation."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.quotemarks import ELIDED_END, crosses_quote, quoted_words
from questions.generate.semiclauses import (
    MAX_TOKENS,
    cut_at_semicolon,
    joining_word,
)
from questions.generate.spoken import spoken_by

Span = Any
MIN_TOKENS = 6


def prose(sentence: Span) -> bool:
    """Tell whether a sentence is prose a question can come from."""
    text: str = sentence.text.strip()
    opening = text.lstrip("\"“'‘")  # a quotation opens the sentence: its first word counts
    joined = joining_word(sentence)  # "…; and Part C is …": asked from "Part C"
    if joined is not None and joined.i + 1 < sentence.end:
        opening = sentence.doc[joined.i + 1].text
    if not MIN_TOKENS <= len(sentence) <= MAX_TOKENS:
        return False
    if not opening[:1].isupper() and not number_opening(sentence):
        return False
    ended = re.search(r"[.!]['\")]?$", text) or cut_short(sentence) or cut_at_semicolon(sentence)
    # a quotation its speaker is named for may end where the editor cut it ("… [...]")
    ended = ended or (ELIDED_END.search(text) is not None and bool(spoken_by(sentence)))
    if text.endswith("?") or not ended:
        return False  # questions are rhetoric; a line without a full stop is a caption
    if paired(sentence):
        return False  # pairs two lists: one answer cannot be right
    if not crosses_quote(sentence):
        return True
    # A quotation running on past the sentence's end (or begun before it): only the words
    # outside it are the sentence's own ("Suella Braverman told GB News: "It's …").
    # Wholly quoted, it is asked as its named speaker's words.
    quoted = quoted_words(sentence)
    return any(t.is_alpha and t.i not in quoted for t in sentence) or bool(spoken_by(sentence))


def number_opening(sentence: Span) -> bool:
    """Tell whether a sentence opens with a count in figures of a plural noun ("40 protesters
    have been arrested"): as whole a sentence as one opening with a word; a list's marker
    ("1.", "2)") or a number cut from the sentence before is not."""
    first = sentence[0]
    if not first.text[:1].isdigit() or first.pos_ != "NUM" or len(sentence) < 2:
        return False
    # "40 protesters": what it counts is said; "61 percent said …", "723,632 voted …" lean
    # on the sentence before for whom the share or the count is of
    counts = first.dep_ == "nummod" and first.head.tag_ == "NNS" and first.head.i > first.i
    return counts and sentence[1].text not in (".", ")", ":")


def cut_short(sentence: Span) -> bool:
    """Tell whether the model ended a sentence where the article marks words left out of a
    quotation ("… around our country [...] because …"): the quotation goes on past it."""
    doc = sentence.doc
    return (
        sentence.end + 1 < len(doc)
        and doc[sentence.end].text == "["
        and (doc[sentence.end + 1].text in ("...", "…"))
    )


def paired(sentence: Span) -> bool:
    """Tell whether "respectively" pairs two lists ("A and B won gold and silver
    respectively"); beside one list ("Tajikistan holds the chairs of A and B respectively")
    it pairs nothing, and the question leaves it out."""
    if not any(t.lower_ == "respectively" for t in sentence):
        return False
    return sum(any(c.dep_ == "conj" for c in t.children) for t in sentence) != 1
