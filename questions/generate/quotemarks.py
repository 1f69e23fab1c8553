"""Which words of a sentence are inside a quotation: what someone said, kept verbatim.

The marks are found once a doc and kept in it: every sentence's check asked for every mark
of its paragraph before it, a long paragraph's many times over.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any

Span = Any
QUOTE_MARKS = frozenset({'"', "“", "”"})
# a quoted sentence the editor cut short ("… from 1990 to 2010 [...]"), which says it is cut
ELIDED_END = re.compile(r"\w\s*\[(?:\.\.\.|…)\]$")
_MARKS_KEY = "quote_marks"  # doc.user_data[_MARKS_KEY]: where its quotation marks stand
_QUOTED_KEY = "quoted_words"  # doc.user_data[_QUOTED_KEY][(start, end)]: a span's quoted words


def quoted_words(sentence: Span) -> set[int]:
    """Return the positions of the words between each pair of quotation marks, a quotation
    the sentence closes (begun in a sentence before) or leaves open (going on into the next)
    running to the sentence's edge. A sentence with no mark that opens inside a quotation is
    the middle of a long one: all of it is what was said."""
    # read once a sentence (the checks of every question over it ask again), kept in the
    # doc's own `user_data`, so it goes with the doc; `unquote` drops it with the marks
    kept = sentence.doc.user_data.setdefault(_QUOTED_KEY, {})
    where = (sentence.start, sentence.end)
    words = kept.get(where)
    if words is None:
        words = kept[where] = frozenset(i for a, b in _pairs(sentence) for i in range(a + 1, b))
    return set(words)


def _pairs(sentence: Span) -> list[tuple[int, int]]:
    """Return where each quotation of a sentence opens and closes, one begun before it or
    going on after it standing at the sentence's edge."""
    marks = _marks_within(sentence)
    if starts_quoted(sentence):
        marks.insert(0, sentence.start - 1)
    if len(marks) % 2:
        marks.append(sentence.end)
    return list(zip(marks[::2], marks[1::2], strict=False))


def starts_quoted(sentence: Span) -> bool:
    """Tell whether a sentence opens inside a quotation its paragraph began before it
    ("… on average.' after '"Pregnant women …'): an odd number of marks precede it."""
    return bisect_left(_quote_marks(sentence.doc), sentence.start) % 2 == 1


def crosses_quote(sentence: Span) -> bool:
    """Tell whether a quotation runs across one of a sentence's ends: the sentence holds
    only part of what was said."""
    marks = len(_marks_within(sentence))
    return marks % 2 == 1 or starts_quoted(sentence)  # with no mark: the middle of one


def _marks_within(sentence: Span) -> list[int]:
    """Return the positions of a sentence's quotation marks."""
    marks = _quote_marks(sentence.doc)
    return marks[bisect_left(marks, sentence.start) : bisect_left(marks, sentence.end)]


def _quote_marks(doc: Any) -> list[int]:
    """Return the positions of a doc's quotation marks, found once a doc: each sentence's
    check asked for every mark before it, a long paragraph's many times over."""
    # Safe to keep: it lives in the doc's own user_data, so it goes with the doc, and no
    # step retokenizes a doc once parsed, so its tokens and their texts never move.
    marks = doc.user_data.get(_MARKS_KEY)
    if marks is None:
        marks = doc.user_data[_MARKS_KEY] = [t.i for t in doc if t.text in QUOTE_MARKS]
    return marks  # type: ignore[no-any-return]


def emptied_marks(sentence: Span, kept: set[int]) -> set[int]:
    """Return the quotation marks of a sentence whose quoted words a question keeps none of
    (`kept`: its words): "…, saying: "What a moment …"" cut from the question leaves its
    closing mark standing for nothing, and it goes with the words it closed."""
    doc = sentence.doc
    emptied: set[int] = set()
    for a, b in _pairs(sentence):
        if not any(i in kept and not doc[i].is_punct for i in range(a + 1, b)):
            emptied |= {a, b}
    return emptied & kept


def unquote(doc: Any, marks: set[int]) -> None:
    """Read the quotation marks at `marks` as none: their words are the article's own."""
    kept = [i for i in _quote_marks(doc) if i not in marks]
    doc.user_data[_MARKS_KEY] = kept
    doc.user_data.pop(_QUOTED_KEY, None)  # the quoted words read from the marks before
