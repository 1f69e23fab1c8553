"""A number that names something rather than counting it: "'420' events", "the 9/11
attacks", "Apollo 11 astronauts", "the 747 jet".

A number in quotation marks is a label the article quotes (an event called "420"), not how
many events there were; a number with a slash is a date or a code ("9/11", "24/7"); a number
owned by a proper noun is part of that name ("Apollo 11", "Area 51"); and a number above one
before a singular noun labels it ("the 747 jet", "a 420 rally"), as a count would make the
noun plural. Asked as "How many …?", each would key a count the article never gives.
"""

from __future__ import annotations

from typing import Any

Span = Any
Token = Any

# Opening and closing quotation marks as the tokenizer leaves them.
_QUOTES = frozenset({"'", '"', "‘", "’", "“", "”", "``", "''", "`"})
_ONE = frozenset({"1", "one", "a", "an"})


def _number(span: Span) -> Token | None:
    """Return the number word of a span ("420" of "'420'", "12" of "about 12"), or None."""
    return next((t for t in reversed(span) if t.like_num or t.pos_ == "NUM"), None)


def quoted_number(span: Span) -> bool:
    """Tell whether a number span stands alone between quotation marks ("'420' events")."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and doc[start].text in _QUOTES:
        start += 1  # the model may take a quotation mark into the span
    while end > start and doc[end - 1].text in _QUOTES:
        end -= 1
    if start == end or start == 0 or end >= len(doc):
        return False
    if not all(t.like_num or t.pos_ == "NUM" for t in doc[start:end]):
        return False  # "the '_____' group": a quoted name, asked as said
    return doc[start - 1].text in _QUOTES and doc[end].text in _QUOTES


def names_not_counts(span: Span) -> bool:
    """Tell whether a number span is a label or part of a name, never a count of its noun."""
    if quoted_number(span):
        return True
    number = _number(span)
    if number is None:
        return False
    if "/" in number.text:
        return True  # "the 9/11 attacks", "24/7 coverage": a date or a code, no count
    head = number.head
    if number.dep_ == "nummod" and head.pos_ == "PROPN" and head.i < number.i:
        return True  # "Apollo 11 astronauts", "Area 51 files": the name's own number
    singular = head.tag_ == "NN" and head.pos_ == "NOUN"
    owned = number.dep_ in ("nummod", "compound") and head.i > number.i
    # "the 747 jet", "a 420 rally": a count above one would make the noun plural
    return owned and singular and number.lower_ not in _ONE and not _measure(head)


def _measure(noun: Token) -> bool:
    """Tell whether a singular noun after a number is a unit a hyphen or a size leaves
    singular ("a 12 point lead", "a 40 hour week"): measured, so counted, not a label."""
    after = noun.head
    return bool(noun.dep_ in ("compound", "nmod", "amod") and after.pos_ == "NOUN")


# The words that make "second" a moment, not a rank: "a last second score", "a split-second
# decision", "the final second of the game".
_MOMENT = frozenset({"last", "split", "final"})


def time_second(span: Span) -> bool:
    """Tell whether an ordinal "second" is the unit of time of "a last second score" (a
    moment, not the second of several), which asked as "Which score …?" keys a false rank."""
    doc = span.doc
    if span.text.lower() != "second" or span.start == 0:
        return False
    before = doc[span.start - 1]
    if before.text == "-" and span.start > 1:
        before = doc[span.start - 2]
    return before.lower_ in _MOMENT
