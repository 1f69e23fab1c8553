"""Verb forms of a question: number agreement with "who/which", and the past of a dated one.

A question asked "as of" the article's date is about a past state: "How many vulnerabilities
did IE6 have as of March 4, 2011?", not "does … have". Forms come from lemminflect.
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

Token = Any
PAST_AUX = {"does": "did", "do": "did", "is": "was", "are": "were", "am": "was", "has": "had",
            "have": "had"}  # fmt: skip
_PRESENT = ("VBZ", "VBP")


def agree(rest: list[Token], verb: Token) -> list[Token | str]:
    """Make the first verb of a subject question singular ("who have" -> "who has")."""
    out: list[Token | str] = list(rest)
    for n, token in enumerate(rest):
        if token.i <= verb.i and token.lower_ == "were":
            out[n] = "was"
            break
        if token.i <= verb.i and token.tag_ == "VBP" and token.head.i in (verb.i, token.i):
            singular = getInflection(token.lemma_, "VBZ")
            out[n] = singular[0] if singular else token.text
            break
        if token.tag_ in ("VBD", "VBZ", "MD"):
            break
    return out
