"""A statute's year is part of its name: "the Data Protection Act 1998", "the Clean Water Act
of 1972".

The small model reads "the Data Protection Act 1998" as a body and a date, and "the Police Act
1996" as an event: the year then is asked as a date ("Using the Data Protection Act _____ …")
and the statute is offered beside police forces and courts. A name whose last word's commonest
WordNet sense is a legal document ("Act", "Bill") and that a year follows, bare or after
"of", names one statute, year and all: one law, offered beside the article's other laws.
"""

from __future__ import annotations

from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses

Span = Any
_LEGAL_DOCUMENT = frozenset(senses("legal_document"))
_UP = 3  # "statute" → "act" → "legal document"
_NAMES = frozenset({"ORG", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "FAC"})


def _legal_head(word: Any) -> bool:
    """Tell whether a capitalised word's commonest noun sense is a legal document ("Act")."""
    first = senses(word.lower_)[:1]
    return word.text[:1].isupper() and bool(first) and is_kind_of(first, _LEGAL_DOCUMENT, _UP)


def _year(word: Any) -> bool:
    """Tell whether a word is a year written in four digits."""
    return len(word.text) == 4 and word.text.isdigit() and 1000 < int(word.text) < 2100


def statute_end(ent: Span) -> int | None:
    """Return where a statute's name ends with its year (the year's end), or None when the
    entity names no statute a year follows or holds."""
    if ent.label_ not in _NAMES:
        return None
    doc = ent.doc
    head = ent[-1]
    if _year(head) and len(ent) > 1 and _legal_head(ent[-2]):
        return int(ent.end)  # "the Police Act 1996": the model kept the year
    if not _legal_head(head):
        return None
    at = int(ent.end)
    if at + 1 < len(doc) and doc[at].lower_ == "of" and _year(doc[at + 1]):
        return at + 2  # "the Clean Water Act of 1972"
    if at < len(doc) and _year(doc[at]):
        return at + 1  # "the Data Protection Act 1998"
    return None
