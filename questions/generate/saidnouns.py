"""Whether an article says a common noun, singular or plural: a rival it says may be true
there too, so it is never offered (WordNet's sisters and the things a deed defines alike)."""

from __future__ import annotations

import re

from lemminflect import getInflection

from questions.generate.compiled import pattern


def plural(name: str) -> str:
    """Return a noun (its last word) in the plural ("tax form": "tax forms")."""
    *first, last = name.split()
    forms = getInflection(last, "NNS")
    return " ".join([*first, forms[0] if forms else last + "s"])


def said_in(name: str, text: str) -> bool:
    """Tell whether the article says a word, singular or plural: it may be true there too."""
    return any(pattern(rf"\b{re.escape(n)}\b", re.I).search(text) for n in {name, plural(name)})
