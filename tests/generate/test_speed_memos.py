"""What the generator works out once (a doc's quotation marks, a pattern built from an
article's words) answers as working it out afresh did: the speed-ups change no question."""

from __future__ import annotations

import re
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.quotemarks import QUOTE_MARKS, crosses_quote, quoted_words, starts_quoted

PARAGRAPH = (
    '"The bridge will open in May. Traffic will flow both ways," said engineer Ada Brill. '
    'The council agreed. "We have waited ten years," the mayor added, "and we can wait a '
    'month more. Nobody will be late" for the opening. Work resumed on Tuesday.'
)


def _afresh(sentence: Any) -> tuple[set[int], bool, bool]:
    """The checks as first written: every mark before the sentence counted anew."""
    before = sum(t.text in QUOTE_MARKS for t in sentence.doc[: sentence.start]) % 2 == 1
    marks = [t.i for t in sentence if t.text in QUOTE_MARKS]
    crosses = len(marks) % 2 == 1 or before
    if before:
        marks.insert(0, sentence.start - 1)
    if len(marks) % 2:
        marks.append(sentence.end)
    words = {i for a, b in zip(marks[::2], marks[1::2], strict=False) for i in range(a + 1, b)}
    return words, before, crosses


def test_quoted_words_found_once_a_doc_match_a_fresh_count(nlp: Any) -> None:
    doc = nlp(PARAGRAPH)
    sentences = list(doc.sents)
    assert len(sentences) >= 5
    for sentence in sentences * 2:  # asked twice: the second answer comes from the doc's memo
        assert (quoted_words(sentence), starts_quoted(sentence), crosses_quote(sentence)) == (
            _afresh(sentence)
        )
    # the sentence inside the mayor's quotation opens inside it; the last is narration again
    inside = next(s for s in sentences if s.text.startswith("Nobody"))
    assert starts_quoted(inside) and crosses_quote(inside)
    assert not quoted_words(sentences[-1])


def test_each_docs_marks_are_its_own(nlp: Any) -> None:
    quoted = next(nlp('"Open the gates," she said.').sents)
    plain = next(nlp("Open the gates, she said.").sents)
    assert quoted_words(quoted) and not quoted_words(plain)


def test_a_pattern_is_compiled_once_and_matches_as_re_does() -> None:
    source = rf"(?<![\w-]){re.escape('Port Elmsworth')}(?![\w-])"
    assert pattern(source) is pattern(source)
    assert pattern(source, re.IGNORECASE) is not pattern(source)
    text = "ferries left port elmsworth and Port Elmsworth-Quay for Port Elmsworth."
    assert pattern(source).findall(text) == re.findall(source, text)
    assert pattern(source, re.IGNORECASE).findall(text) == re.findall(source, text, re.I)
