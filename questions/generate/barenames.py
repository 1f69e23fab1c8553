"""Whether a name said for "the bridge" or "the conference" keeps that "the" in English."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# words that may stand between "the" and a name it governs: "the fourth International …"
_MODIFIER = frozenset({"ADJ", "NUM"})


def _bare_at(doc: Any, start: int) -> bool:
    """Tell whether the name starting at token `start` is written with no determiner of its
    own: not after "the" (past an ordinal or adjective), nor after a possessive ("X's")."""
    i = start - 1
    while i >= 0 and doc[i].pos_ in _MODIFIER:
        i -= 1
    if i < 0:
        return True
    before = doc[i]
    return not (before.tag_ == "POS" or before.lower_ in {"the", "this", "that", "its", "their"})


def written_bare(docs: Iterable[Any], names: Iterable[str]) -> frozenset[str]:
    """Return the names the article writes with no determiner of their own ("flights from
    Gatwick Airport", unlike "the fourth International Wikimedia Conference" or "California's
    Golden Gate Bridge"): said for "the airport", they drop its "the"."""
    wanted = {name for name in names if name[:1].isupper()}
    bare: set[str] = set()
    for doc in docs:
        at: dict[str, list[int]] = {}  # each word's places: one pass, not one per name
        for token in doc:
            at.setdefault(token.text, []).append(token.i)
        for name in sorted(wanted - bare):
            words = name.split()
            for i in at.get(words[0], ()):
                if doc[i : i + len(words)].text == name and _bare_at(doc, i):
                    bare.add(name)
                    break
    return frozenset(bare)
