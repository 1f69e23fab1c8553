"""Results worked out once an article, kept in its option context.

Every question's `OptionContext` is the article's (`article_context`) with its own key, stem
and sides (`option_context`, by `dataclasses.replace`, which shares the memo dict): so a
result that depends on the article alone, or on it and a hashable part of the question, is
computed once an article instead of once an option, and goes when the article's context
goes, never leaking into another article's quiz.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from questions.generate.options import OptionContext

T = TypeVar("T")


def per_article(context: OptionContext | None, key: Hashable, compute: Callable[[], T]) -> T:
    """Return `compute()`, worked out once for this key in the article's context (each call
    without a context works it out anew). The key must hold every input `compute` reads
    that is not the article's own (its text, sentences, kinds, roles)."""
    if context is None:
        return compute()
    memo = context.memo
    if key not in memo:
        memo[key] = compute()
    return memo[key]  # type: ignore[no-any-return]
