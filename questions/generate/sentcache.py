"""A doc's sentences, found once a doc instead of once a `.sent`.

spaCy answers `token.sent` and `span.sent` by slicing the doc twice and walking its
sentence starts each time, and the checks ask it tens of thousands of times an article.
Once the parse is mended (the last step that moves a head, and so a sentence start), each
token's sentence bounds are found in one pass and kept in the doc's own `user_data` (so
they go with the doc); spaCy's own `sent` hooks hand out the same spans as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Span

_KEY = "sentcache.bounds"  # doc.user_data[_KEY]: each token's sentence (start, end)


def keep_sentences(docs: Iterable[Any]) -> None:
    """Answer the docs' `token.sent` and `span.sent` from bounds found once: call it only
    when no later step moves a head or sets a sentence start."""
    for doc in docs:
        doc.user_data.pop(_KEY, None)
        doc.user_token_hooks["sent"] = _token_sentence
        doc.user_span_hooks["sent"] = _span_sentence


def _bounds(doc: Any) -> list[tuple[int, int]]:
    """Return each token's sentence as spaCy's `Span.sent` finds it: back to the nearest
    sentence start (or the doc's first token), on to the next start (or the doc's end); one
    more entry, for an empty span at the doc's end, is the last sentence."""
    bounds = doc.user_data.get(_KEY)
    if bounds is not None:
        return bounds  # type: ignore[no-any-return]
    length = len(doc)
    starts = [t.i for t in doc if t.i and t.is_sent_start]
    bounds = []
    start = 0
    for end in [*starts, length]:
        bounds.extend((start, end) for _ in range(start, end))
        start = end
    bounds.append((starts[-1] if starts else 0, length))  # after the last token
    doc.user_data[_KEY] = bounds
    return bounds


def _token_sentence(token: Any) -> Span:
    """Return the sentence a token is in, as `Token.sent` does."""
    doc = token.doc
    return Span(doc, *_bounds(doc)[token.i])


def _span_sentence(span: Any) -> Span:
    """Return the sentence a span starts in, as `Span.sent` does."""
    doc = span.doc
    return Span(doc, *_bounds(doc)[span.start])
