"""A span's text read from its doc's text, which is joined once a doc.

spaCy joins `Doc.text` and `Span.text` anew from their tokens at each call (a sentence's
words made one by one); a check that asks only whether a word is written in a sentence reads
it from the doc's text, kept in the doc's own `user_data`, so it goes with the doc. A doc's
text never changes: the mends after the parse retag and merge words, never rewrite them.
"""

from __future__ import annotations

from typing import Any

_KEY = "spantext.doc"  # doc.user_data[_KEY]: the doc's text


def doc_text(doc: Any) -> str:
    """Return a doc's text, joined once."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text  # type: ignore[no-any-return]


def span_text(span: Any) -> str:
    """Return a span's text as `Span.text` gives it, without walking its tokens."""
    return doc_text(span.doc)[span.start_char : span.end_char]
