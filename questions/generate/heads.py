"""The verb a token hangs on: the first verb up its chain of heads."""

from __future__ import annotations

from typing import Any


def verb_above(token: Any) -> Any:
    """Return the first verb at or above a token ("its Warhol collection" -> "exhibited"), or
    the sentence's root when there is none (the model may read "United sacked manager Peter
    Hall" as one noun phrase). Positions are compared, not tokens: spaCy makes a new Token per
    `.head`, so an identity test never sees the root."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token
