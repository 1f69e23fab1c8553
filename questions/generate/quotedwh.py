"""A question's quotations: each shown whole, as the speaker said it, or none at all.

'The mayor said "We cleared 700 trees" and "We will rebuild".' asked for its 700 is
'How many trees did we clear ", according to the mayor?': the wh-question moves words out of
the speaker's quotation and leaves one of its marks behind, and a "we" no one is said to be.
A wh-question built from inside someone's quoted words either drops both marks (the words
reported, "…, according to the mayor?", whose "we" the pronoun checks refuse) or keeps every
quotation it shows whole; a part ('did the mayor say "We cleared"?') misquotes the speaker.
Whatever the form, a question showing an unpaired quotation mark is refused.
"""

from __future__ import annotations

import re
from typing import Any

from questions.generate.quotemarks import QUOTE_MARKS, starts_quoted
from questions.generate.render import join
from questions.generate.stems import BLANK, Stem

Span = Any
_QUOTED = re.compile(r'"([^"]*)"')
# what a quotation's own end may hold that a question ending after it leaves out ('"…,"')
_INNER_END = re.compile(r"[\s,.;:!?]+$")
_GAPS = re.compile(rf"({BLANK}|…|\.\.\.)")
_GAP_PATTERN = {BLANK: ".+", "…": ".*", "...": ".*"}


def unpaired_quote(text: str) -> str | None:
    """Reject a question showing a quotation mark without its pair: half of what was said."""
    straight = text.count('"') % 2
    curly = text.count("“") != text.count("”")
    return "the question shows an unpaired quotation mark" if straight or curly else None


def broken_quotation(stem: Stem, sentence: Span, replace: dict[int, str]) -> bool:
    """Tell whether a question misquotes its sentence: an unpaired mark, or a quotation that
    is none of the sentence's own whole ones (a blank standing for the key's words, an
    ellipsis for words left out), as written or with the words the question says instead
    (`replace`: a date resolved)."""
    if unpaired_quote(stem.text):
        return True
    said = {_said(q) for q in _quotations(sentence, replace)}
    for shown in _QUOTED.findall(stem.text.rsplit("\n", 1)[-1]):
        # the blank is the key's words; an ellipsis marks words left out, as an editor does
        parts = _GAPS.split(shown)
        pattern = "".join(
            _GAP_PATTERN[p] if p in _GAP_PATTERN else re.escape(_said(p)) for p in parts
        )
        if not any(re.fullmatch(pattern, s) for s in said):
            return True
    return False


def _quotations(sentence: Span, replace: dict[int, str]) -> list[str]:
    """Return a sentence's quotations, as written and as a question says them: one begun
    before it or going on after it runs to its edge (the sentence's part of what was said)."""
    doc = sentence.doc
    marks = [t.i for t in sentence if t.text in QUOTE_MARKS]
    if starts_quoted(sentence):
        marks.insert(0, sentence.start - 1)
    if len(marks) % 2:
        marks.append(sentence.end)
    spans = [doc[a + 1 : b] for a, b in zip(marks[::2], marks[1::2], strict=False)]
    # the sentence's own pairs too: a stray mark earlier in the paragraph may set it off
    own = _QUOTED.findall(sentence.text)
    return [*own, *(s.text for s in spans), *(join(s, replace) for s in spans)]


def _said(quotation: str) -> str:
    """Return a quotation as compared: its closing punctuation, spaces and case aside (a
    question may open on its first word, or end before its comma)."""
    return re.sub(r"\s+", "", _INNER_END.sub("", quotation)).casefold()


def kept_whole(stem: Stem | None, sentence: Span, replace: dict[int, str]) -> Stem | None:
    """Return a question unless it misquotes its sentence's quoted words."""
    return None if stem is not None and broken_quotation(stem, sentence, replace) else stem
