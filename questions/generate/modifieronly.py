"""Pairs of names the article only ever says as a modifier of a common noun: "the
Africa-European Union summit" names a summit between Africa and the European Union; the
"Africa-European Union" the model cut from it is no body of its own, and offered as an
organisation (or asked as one) it is a made-up body (review of fresh17, the Africa–EU summit
in Lisbon).

Only a pair joined by a hyphen or a dash, one side a country or a continent ("Kenya-Nordic
Council", "US-China"): a single body said only as a modifier is still a body ("White House
National Security Council spokesman", "US House of Representatives committee": both real).
A name the article also says on its own, or one WordNet knows as a body, is a body.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.placekinds import is_continent
from questions.generate.pools import place_kind
from questions.generate.wordnet import names_body

_MODIFIES = frozenset({"compound", "amod", "nmod"})  # "… Union summit": the name qualifies
_JOINED = re.compile(r"(?<=\w)[-–—](?=[A-Z])")  # "Africa-European Union": two names joined


def modifier_only(name: str, sentences: Sequence[Any]) -> bool:
    """Tell whether a name joins two names, one a country or continent, and every time the
    article says it it qualifies a common noun after it ("the Africa-European Union summit")."""
    if not _placed_pair(name) or names_body(name):
        return False
    seen = False
    for sentence in sentences:
        text, start = sentence.text, 0
        while (at := text.find(name, start)) >= 0:
            start = at + len(name)
            span = sentence.doc.char_span(sentence.start_char + at, sentence.start_char + start)
            if span is None:
                continue  # inside a longer word: "AU" of "AUD"
            seen = True
            if not _modifies_noun(span):
                return False
    return seen


def _modifies_noun(span: Any) -> bool:
    """Tell whether a span's last word qualifies a common noun after the span."""
    last = span[-1]
    head = last.head
    return last.dep_ in _MODIFIES and head.i >= span.end and head.pos_ == "NOUN"


def _placed_pair(name: str) -> bool:
    """Tell whether a name is two names joined by a hyphen or a dash, one of them a country
    or a continent ("Africa-European Union"; not "Hewlett-Packard")."""
    parts = _JOINED.split(name)
    places = [p for p in parts if place_kind(p) != "place" or is_continent(p)]
    return len(parts) == 2 and bool(places)
