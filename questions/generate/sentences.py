"""Stage 2: split cleaned paragraphs into sentences (pysbd, rule-based and offline)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import pysbd

from questions.generate.clean import CleanArticle

# Punctuation that could end a sentence before the paragraph does.
_INNER_END = re.compile(r"[.!?…][\"')\]]*\s")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the cleaned article, verbatim, with where it stands."""

    index: int
    paragraph: int
    section: int
    text: str


@lru_cache(maxsize=1)
def _segmenter() -> pysbd.Segmenter:
    """Build the segmenter once: constructing it compiles many rules."""
    return pysbd.Segmenter(language="en", clean=False)


def split_paragraph(paragraph: str) -> list[str]:
    """Split one paragraph into sentences, trimmed."""
    if not _INNER_END.search(paragraph):
        return [paragraph.strip()] if paragraph.strip() else []  # one sentence: no split
    segmenter = _segmenter()
    # `segment()` also maps every sentence back to a character span with a regular
    # expression built per sentence, which we do not need and which floods the `re` cache;
    # the processor alone gives the same sentences.
    parts = [str(part).strip() for part in segmenter.processor(paragraph).process()]
    if not all(part in paragraph for part in parts):
        parts = [str(part).strip() for part in segmenter.segment(paragraph)]
    return [part for part in parts if part]


def split_sentences(article: CleanArticle) -> list[Sentence]:
    """Split every paragraph of an article into numbered sentences."""
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(article.paragraphs):
        for text in split_paragraph(paragraph):
            sentences.append(Sentence(len(sentences), number, article.sections[number], text))
    return sentences
