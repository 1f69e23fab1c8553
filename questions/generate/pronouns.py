"""Say a person's name once, and quote verbatim.

The context stage names the person behind "he" or "his" so a question stands alone. Where
the sentence names that person itself, the name twice reads clumsily ("Thomas Sam, 42, and
Thomas Sam's wife"), so a question is first written with the pronoun the article wrote; only
if the question then lost the name is the name said instead. Words inside a quotation are
never replaced: a quotation is what someone said ("as strong today", not "on January 28").
"""

from __future__ import annotations

import re
from typing import Any

Span = Any
PERSONAL = frozenset({"he", "she", "his", "her", "him"})
QUOTE_MARKS = frozenset({'"', "“", "”"})


def quoted_words(sentence: Span) -> set[int]:
    """Return the positions of the words between each pair of quotation marks, a quotation
    the sentence closes (begun in a sentence before) or leaves open (going on into the next)
    running to the sentence's edge. A sentence with no mark at all is read as the article's
    own words, as it always was (the middle of a long quotation is not told apart)."""
    marks = [t.i for t in sentence if t.text in QUOTE_MARKS]
    if marks and starts_quoted(sentence):
        marks.insert(0, sentence.start - 1)
    if len(marks) % 2:
        marks.append(sentence.end)
    return {i for a, b in zip(marks[::2], marks[1::2], strict=False) for i in range(a + 1, b)}


def starts_quoted(sentence: Span) -> bool:
    """Tell whether a sentence opens inside a quotation its paragraph began before it
    ("… on average.' after '"Pregnant women …'): an odd number of marks precede it."""
    return sum(t.text in QUOTE_MARKS for t in sentence.doc[: sentence.start]) % 2 == 1


def crosses_quote(sentence: Span) -> bool:
    """Tell whether a quotation runs across one of a sentence's ends: the sentence holds
    only part of what was said."""
    marks = sum(t.text in QUOTE_MARKS for t in sentence)
    return marks % 2 == 1 or (marks > 0 and starts_quoted(sentence))


def _name(said: str) -> str:
    """Return the name a replacement says ("Thomas Sam's" -> "Thomas Sam")."""
    return said.removesuffix("'s").removesuffix("’s")


def as_written(sentence: Span, replace: dict[int, str]) -> dict[int, str]:
    """Return the replacements less those a question need not make: a pronoun whose person
    the sentence names elsewhere, and any word inside a quotation."""
    quoted = quoted_words(sentence)
    text = sentence.text
    out = {}
    for i, said in replace.items():
        if i in quoted:
            continue
        token = sentence.doc[i]
        if token.lower_ in PERSONAL and said and text.count(_name(said)) >= 1:
            continue
        out[i] = said
    return out


def dangling(stem: str, sentence: Span, replace: dict[int, str], lean: dict[int, str]) -> bool:
    """Tell whether a stem kept a pronoun as written but lost the name it stands for."""
    for i, said in replace.items():
        token = sentence.doc[i]
        if i in lean or token.lower_ not in PERSONAL or not said:
            continue
        if re.search(rf"\b{token.lower_}\b", stem, re.IGNORECASE) and _name(said) not in stem:
            return True
    return False
