"""The "a" or "an" a blank's options must all take where the sentence writes one before it.

A code review found "… since 2019, when an _____ quake killed two people." with
"8.0-magnitude" and "6.0-magnitude" among the options: only the key's "eight" takes "an",
so the article before the blank gives the answer away. An option that would need the other
article is no option there; with too few left the question is refused as any other is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

import inflect
from num2words import num2words

from questions.generate.refusals import BLANK

_LED = re.compile(rf"\b([Aa]n?) {re.escape(BLANK)}")
_NUMBER = re.compile(r"\d[\d,]*")


@cache
def _engine() -> inflect.engine:
    """Return inflect's engine, built once: it knows how English says a word's opening."""
    return inflect.engine()


def indefinite(text: str) -> str:
    """Return the indefinite article a phrase takes by how its first word is said: "an
    8.0-magnitude", "a 6.0-magnitude", "an hour", "a union", "an FBI agent", "a NASA"."""
    word = text.split()[0] if text.split() else ""
    # A sign before a figure is said after it ("$8 billion" is "eight billion dollars"), so
    # the figure's own opening decides: "an $8 billion", "an €18 million", "a £1 million".
    word = word.lstrip("".join(c for c in word if unicodedata.category(c) == "Sc"))
    number = _NUMBER.match(word)
    if number is not None:  # inflect reads digits as written ("a 8"): say the number first
        word = num2words(int(number.group(0).replace(",", "")))
    return _engine().a(word).split()[0] if word else "a"


def takes_article(option: str, stem: str) -> bool:
    """Tell whether an option takes the "a" or "an" the question writes before its blank
    (any option does where none stands there)."""
    led = _LED.search(stem)
    return led is None or indefinite(option) == led.group(1).lower()
