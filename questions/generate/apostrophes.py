"""People whose surname has an apostrophe ("Dolores O'Riordan", "Sean D'Angelo"), taken for
people whatever label the model gives them.

The small model knows few such surnames: it leaves a first name out of the name ("46-year-old
Dolores O'Riordan": only "O'Riordan"), tags the surname said alone an organisation
("O'Riordan joined the band") or nothing at all, so the article's cast lacks the person and
no "she" is hers. A first name of the name lists (or a two-word name the model calls a
person) before a capitalised word of the shape O'X, D'X, N'X is a person's full name, and
that surname said alone after it is the same person. A word of that shape opening a longer
name ("O'Hare Airport", "O'Connell Street") or after "the" ("the O'Riordan house") is not;
"Domino's" and "McDonald's" are possessives, not such surnames.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from questions.generate.entcache import ents_of, forget_ents
from questions.generate.pools import is_any_first_name
from questions.generate.titledpeople import person_word

Doc = Any
# One or two letters, an apostrophe, then a capitalised name: "O'Riordan", "D'Angelo", "N'Diaye"
_SURNAME = re.compile(r"^[A-Z][a-z]?['’][A-Z][a-z]{2,}$")
_NAMELIKE = frozenset({"PROPN", "NOUN"})  # the model tags "Dolores" a plural noun


def mend_apostrophe_names(docs: Iterable[Doc]) -> None:
    """Label each full name with an apostrophe surname a person, and each later mention of
    its surname alone, over the article's parsed paragraphs in reading order."""
    known: set[str] = set()
    for doc in docs:
        fulls = _full_names(doc)
        spans = list(fulls)
        for token in doc:
            if any(start <= token.i < end for start, end in fulls):
                continue
            earlier = {doc[end - 1].text for start, end in fulls if end <= token.i}
            if token.text in known | earlier and _alone(doc, token.i):
                spans.append((token.i, token.i + 1))
        known.update(doc[end - 1].text for _, end in fulls)
        _label_people(doc, spans)


def _full_names(doc: Doc) -> list[tuple[int, int]]:
    """Return the (start, end) of each full name ending in an apostrophe surname: a listed
    first name before it ("Dolores O'Riordan"), or a two-word name the model calls a person
    ("Maeve O'Connell"), with no capitalised word after it ("Patrick O'Hare Airport") nor
    "the" before it."""
    found: list[tuple[int, int]] = []
    for ent in ents_of(doc):
        words = [t.text for t in ent]
        two = ent.label_ == "PERSON" and len(words) == 2 and words[0].istitle()
        if two and _SURNAME.match(words[1]) and _ends(doc, ent.end):
            found.append((ent.start, ent.end))
    for token in doc[1:]:
        first = doc[token.i - 1]
        listed = first.is_title and first.pos_ in _NAMELIKE and is_any_first_name(first.text)
        listed = listed and not _after_the(doc, first.i)  # "the Grace O'Malley ferry"
        span = (first.i, token.i + 1)
        if listed and _SURNAME.match(token.text) and _ends(doc, span[1]) and span not in found:
            found.append(span)
    return sorted(found)


def _ends(doc: Doc, end: int) -> bool:
    """Tell whether a name ends at a token: no capitalised word goes on after it."""
    return end >= len(doc) or not (doc[end].is_alpha and doc[end].text[:1].isupper())


def _after_the(doc: Doc, i: int) -> bool:
    """Tell whether "the" stands just before a word: a name so said is a thing's."""
    return i > 0 and doc[i - 1].lower_ == "the"


def _alone(doc: Doc, i: int) -> bool:
    """Tell whether a surname stands alone as a person's name: no capitalised word after it,
    and before it none of another name ("Ballybricken O'Riordan"; "Ms O'Riordan" is hers),
    nor "the" ("the O'Riordan house")."""
    if not _ends(doc, i + 1):
        return False
    if i == 0:
        return True
    before = doc[i - 1]
    if _after_the(doc, i):
        return False
    named = before.is_alpha and before.text[:1].isupper() and not before.is_sent_start
    return not named or person_word(before)


def _label_people(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Set each span a PERSON entity in place of the model's entities inside it; a span an
    entity runs past is left as the model read it."""
    from spacy.tokens import Span

    ents = list(ents_of(doc))
    changed = False
    for start, end in spans:
        inside = [e for e in ents if start <= e.start and e.end <= end]
        across = [e for e in ents if e.start < end and start < e.end and e not in inside]
        if across or (len(inside) == 1 and inside[0].label_ == "PERSON"
                      and (inside[0].start, inside[0].end) == (start, end)):  # fmt: skip
            continue  # a longer name, or already a person
        ents = [e for e in ents if e not in inside] + [Span(doc, start, end, label="PERSON")]
        changed = True
    if changed:
        doc.ents = sorted(ents, key=lambda e: e.start)
        forget_ents(doc)  # its kept entities are these no more
