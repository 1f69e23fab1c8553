"""The set title of an article: light enough for the bot to call without the language model."""

from __future__ import annotations

import re

from questions.generate.clean import clean_article
from questions.generate.compiled import pattern
from questions.schema import TITLE_MAX

__all__ = ["default_title"]


def default_title(text: str, stem: str) -> str:
    """Return a set title: the article's heading line, else the file stem in title case."""
    article = clean_article(text[:20_000], names=False, title_only=True)  # no model
    if article.title and len(article.title) <= TITLE_MAX:
        return article.title
    words = [w for w in re.split(r"[-_\s]+", stem) if w]
    titled = [
        w.upper() if w.isalpha() and pattern(rf"\b{re.escape(w.upper())}\b").search(text) else
        w.capitalize()
        for w in words
    ]  # fmt: skip
    return (" ".join(titled) or "Article quiz")[:TITLE_MAX].strip()
