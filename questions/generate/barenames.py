"""Whether a name said for "the bridge" or "the conference" keeps that "the" in English, and
whether a name the article writes bare takes one all the same ("the University of Glasgow")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from questions.generate.kinds import kind_word

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


def takes_the(name: str) -> bool:
    """Tell whether a name is a common noun's followed by "of" ("University of Glasgow",
    "Ministry of Defence", "Bank of England"): English puts "the" before it in a question
    ("In which country is the University of Glasgow?") even where the article dropped it
    ("Andy Waters from University of Glasgow"); "Glasgow University" takes none."""
    words = name.split()
    return len(words) >= 3 and words[1] == "of" and bool(kind_word(words[0]))
