"""A sentence's parts between semicolons, where a semicolon inside an aside parts no clause.

A semicolon ends a clause only outside an aside: in "Iran and the P5+1 nations — the five
permanent members …; United States, …; plus Germany — reached a deal" the semicolons part
the items of a list set off between paired dashes (or brackets), and the clause runs on
past them to its verb.
"""

from __future__ import annotations

from typing import Any

Token = Any
Span = Any
_DASHES = frozenset({"—", "–", "--"})
_OPEN, _CLOSE = frozenset({"(", "["}), frozenset({")", "]"})


def _dash(token: Token) -> bool:
    """Tell whether a token is a dash setting off words: a dash mark, or a hyphen spaced on
    both sides ("children - aged 8 -"), not one joining a word or a range."""
    if token.text in _DASHES:
        return True
    if token.text != "-" or not token.whitespace_ or token.i == 0:
        return False
    before = token.doc[token.i - 1]
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    spaced = bool(before.whitespace_)
    return spaced and not (after is not None and before.like_num and after.like_num)


def aside_spans(sentence: Span) -> list[tuple[int, int]]:
    """Return the token ranges (opening mark to closing mark) of a sentence's asides set off
    between brackets or between a pair of dashes; a dash never closed opens none."""
    spans: list[tuple[int, int]] = []
    opened: list[int] = []
    dash: int | None = None
    for token in sentence:
        if token.text in _OPEN:
            opened.append(token.i)
        elif token.text in _CLOSE and opened:
            spans.append((opened.pop(), token.i))
        elif not opened and _dash(token):
            if dash is None:
                dash = token.i
            else:
                spans.append((dash, token.i))
                dash = None
    return spans


def inside_aside(token: Token) -> bool:
    """Tell whether a token stands inside a bracketed or dash-set aside of its sentence."""
    return any(low < token.i < high for low, high in aside_spans(token.sent))


def mid_list(low: int, high: int, doc: Any) -> bool:
    """Tell whether a semicolon part opens inside a list the part before it began ("…; plus
    Germany — reached …"): its first word joins a noun outside the part."""
    first = doc[low] if low < len(doc) else None
    if first is None or (first.dep_ not in ("cc", "preconj") and first.lower_ != "plus"):
        return False
    head = first.head
    return not low <= head.i < high and head.pos_ in ("NOUN", "PROPN", "PRON", "NUM")


def segment(token: Token) -> tuple[int, int]:
    """Return the token range of the semicolon-separated part of a sentence holding a token."""
    sentence = token.sent
    low, high = sentence.start, sentence.end
    spans = aside_spans(sentence)  # a semicolon inside an aside parts a list's items
    for other in sentence:
        if other.text == ";" and not any(a < other.i < b for a, b in spans):
            if other.i < token.i:
                low = other.i + 1
            elif other.i > token.i:
                high = min(high, other.i)
        elif other.i > token.i and _stray_stop(other, sentence):
            high = min(high, other.i + 1)  # "… promote hegemony. , Overbearing, …": ends there
    return low, high


def _stray_stop(token: Token, sentence: Span) -> bool:
    """Tell whether a full stop inside a sentence ends a statement the model ran on into the
    next because a comma follows it ("… and promote hegemony. , Overbearing, and …")."""
    if token.text != ".":  # first: building a token's sentence costs more than the rest
        return False
    doc = token.doc
    inside = sentence.start < token.i < sentence.end - 2
    return bool(inside and doc[token.i + 1].text == "," and doc[token.i - 1].is_alpha)
