"""A noun a demonstrative points back with: "these new Jovian satellites" is asked "the new
Jovian satellites", and judged as any "the" phrase is.

"Orbits of these new Jovian satellites were calculated by …" follows a sentence about them;
copied into a question, "these" points to a sentence the player never sees (review 79). A
phrase with a proper adjective or a number ("new Jovian", "nine new retrograde") was taken
as named, so the demonstrative slipped through. Said with "the", the question no longer
points, and stands alone exactly where a "the" phrase would (`references`); where it would
not, the question is refused as pointing back. A speaker's words are his own, and a time
("this week", "these days") is the date stage's to say. "That" is left as written: it
points as often into its own sentence ("diverted by a switch left locked in that
position"), where "the position" would say less; unnamed, it is refused as before.
"""

from __future__ import annotations

from typing import Any

Span = Any
Token = Any
DEMONSTRATIVES = frozenset({"this", "these", "those"})  # said "the"; "that" as written
_TIMES = frozenset({"DATE", "TIME"})


def plain_these(sentence: Span, replace: dict[int, str], quoted: set[int]) -> None:
    """Say "the" for a demonstrative before its noun the stages before left as written."""
    for token in sentence:
        noun = token.head
        if (
            token.lower_ not in DEMONSTRATIVES
            or token.dep_ != "det"
            or token.i in replace
            or token.i in quoted
            or noun.i < token.i
            or noun.i in replace
            or noun.pos_ != "NOUN"
            or noun.ent_type_ in _TIMES
        ):
            continue
        # in lower case: a question that moves the subject ("do the nine moons take …?")
        # keeps it so, and one opening with it is capitalised when written
        replace[token.i] = "the"


def said_words(token: Token, last: int, said: str) -> list[str]:
    """Return the words from a determiner to `last` as a question says them, the determiner
    as `said` ("these new moons" asked "the new moons"), any other as written ("That")."""
    first = token.text if said == token.lower_ else said
    return [first, *(t.text for t in token.doc[token.i + 1 : last + 1])]


def plain_said(sentence: Span, replace: dict[int, str]) -> frozenset[int]:
    """Return the demonstratives a question says "the" for."""
    return frozenset(
        i
        for i, said in replace.items()
        if said == "the" and sentence.doc[i].lower_ in DEMONSTRATIVES
    )
