"""A name that opens a sentence, which the parser took for a common noun ("Riverside last
reached the final …": a noun), is a name still when the article writes it with a capital
mid-sentence as a name of its own: the question must not write "did riverside last reach"."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def mend_opening_names(docs: Iterable[Any]) -> None:
    """Tag a sentence's opening common noun as a proper noun when the article capitalises
    the same word inside a sentence ("for Riverside, which trailed …")."""
    docs = list(docs)
    inside = {
        token.text
        for doc in docs
        for token in doc
        if not token.is_sent_start and token.is_title and token.is_alpha and _alone(token)
    }
    for doc in docs:
        for sentence in doc.sents:
            first = sentence[0]
            # "Mendes was convicted …": a name ending in "s" is tagged a plural noun
            if first.pos_ == "NOUN" and first.tag_ in ("NN", "NNS") and first.text in inside:
                first.tag_, first.pos_ = "NNP", "PROPN"  # a name, as it is everywhere else


def _alone(token: Any) -> bool:
    """Tell whether a capitalised word stands as a name of its own, not one word of a longer
    name ("Liver" of "the British Liver Trust" says nothing of "Liver disease kills …")."""
    doc = token.doc
    near = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(t.is_title or t.pos_ == "PROPN" for t in near)
