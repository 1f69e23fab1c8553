"""A level on a scale, named by a noun and the number after it: "a level seven", "a
category 4": asked "to what level …", its options the scale's nearby levels."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from num2words import num2words
from word2number import w2n

from questions.generate.variants import SCALES

Span = Any
LEVEL = "level"
_HIGHEST = 20  # a scale's levels are few: "room 101", "flight 370" name things, rank nothing
_STEPS = (-1, -2, 1, -3, 2, -4, 3)  # nearby levels, lower first: a scale's top is often the key


# Asked of every option of every figure question (names too, which word2number reads slowly
# to fail): a pure function of the string, so a bounded cache is safe across articles.
@lru_cache(maxsize=1 << 14)
def whole_number(key: str) -> int | None:
    """Read a key as a whole number ("two", "163", "1,709"), or None."""
    digits = key.replace(",", "")
    if digits.isdigit():
        return int(digits)
    # "4 million": word2number reads only the scale word (1,000,000), the digits lost
    number, _, scale = digits.partition(" ")
    if scale.lower() in SCALES and re.fullmatch(r"\d+(?:\.\d+)?", number):
        value = float(number) * SCALES[scale.lower()]
        return int(value) if value.is_integer() else None
    if any(c.isdigit() for c in digits):
        return None  # "2 km", "4 million visitors": no number word2number reads whole
    try:
        return int(w2n.word_to_num(key))
    except ValueError:
        return None


def rates_level(span: Span) -> bool:
    """Tell whether a number is a level its noun names: one small number right after a
    lower-case singular noun it counts, the noun led by an article ("upgraded the crisis to a
    level seven"); "level" is then the noun's own word, not a count of things."""
    if len(span) != 1:
        return False
    number = span[0]
    noun = number.head
    if number.dep_ != "nummod" or noun.i != number.i - 1 or noun.pos_ != "NOUN":
        return False
    if noun.tag_ != "NN" or not noun.text.islower():
        return False
    led = noun.i > 0 and noun.doc[noun.i - 1].lower_ in ("a", "an", "the")
    value = whole_number(number.lower_)
    return led and value is not None and 0 < value <= _HIGHEST


def level_variants(key: str) -> list[str]:
    """Return the levels near the key, written as it is ("seven" -> "six", "five", "eight")."""
    value = whole_number(key.lower())
    if value is None:
        return []
    out = []
    for step in _STEPS:
        new = value + step
        if 0 < new <= _HIGHEST:
            out.append(str(new) if key.isdigit() else num2words(new))
    return out
