"""Whether a name the model found looks mistranslated: said once, with a word English does
not know ("Ji'an" of a transliteration)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from questions.generate.context import Parsed
from questions.generate.facts import Fact
from questions.generate.pools import zipf
from questions.schema import normalise


def garbled(fact: Fact, parsed: Parsed) -> bool:
    """Tell whether a name looks mistranslated: said once, with a word English does not know."""
    if fact.kind not in ("organization", "document", "event", "title"):
        return False
    if _said_often(normalise(fact.text), parsed.mentions):
        return False
    return any(_unknown_word(w) for w in fact.text.split() if w[:1].isalpha())


def _unknown_word(word: str) -> bool:
    """Tell whether English does not know a word of a name: rare, or written with an
    apostrophe between two syllables that English reads as two words ("Ji'an", a
    transliteration's mark): "O'Brien" and "Qur'an" are words wordfreq knows as written."""
    from wordfreq.tokens import tokenize

    bare = word.strip("'’").replace("’", "'").lower()
    if zipf(bare) < 1.5:
        return True
    pieces = tokenize(bare, "en") if "'" in bare.removesuffix("'s") else [bare]
    return len(pieces) > 1 and len(pieces[0]) > 1  # not an elision: "d'", "l'"


def _said_often(name: str, mentions: Mapping[str, int]) -> bool:
    """Tell whether the article names a name more than once, inside a longer name too: "the
    Udvar-Hazy Center" after "the Steven F. Udvar-Hazy Center" is no mistranslation."""
    if mentions.get(name, 0) > 1:
        return True
    said = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return sum(n for other, n in mentions.items() if said.search(other)) > 1
