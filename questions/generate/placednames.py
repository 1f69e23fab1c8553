"""A name the sentence itself places is a place, whatever the model's label (blind review 76):
"a trade route would be allowed through Nathula, in Sikkim" makes Nathula (a mountain pass,
to spaCy a person) somewhere, and a person for its options (Manmohan Singh, Sun Yuxi) is
absurd. Only a name no person of the article holds: "through Ms Okoro, in Lagos" stays hers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.facts import Fact
from questions.generate.personplaces import person_syntax
from questions.generate.pools import country_code, is_first_name, place_kind
from questions.schema import normalise

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# prepositions whose object is a way or a spot, never a person: "through Nathula", "via X"
# ("to", "from", "with" and "by" take people as often as places)
_WAY = frozenset({"through", "via", "across", "along", "into", "near", "inside", "outside",
                  "around", "throughout", "in", "at"})  # fmt: skip
_NAME_KINDS = frozenset({"person", "name"})


def placed_after(sentence: Any, start: int, end: int) -> bool:
    """Tell whether the words after a name place it: ", in <place>" or ", <place>" closing
    the phrase ("through Nathula, in Sikkim,"; "near Varsat, Tamil Nadu.")."""
    doc = sentence.doc
    at = end
    if at + 1 >= sentence.end or doc[at].text != ",":
        return False
    at += 1
    if doc[at].lower_ == "in":
        at += 1
    place = at
    while at < sentence.end and doc[at].ent_type_ in _PLACE_LABELS and doc[at].ent_iob_ != "O":
        at += 1
        if at < sentence.end and doc[at].ent_iob_ == "B":
            break  # one place, not a list's next
    return at > place and (at >= sentence.end or doc[at].is_punct)


def _placed(fact: Fact, sentence: Any, people: set[str]) -> bool:
    """Tell whether a name the model calls a person's is one the sentence places: the
    object of a preposition of a way or spot, placed after by a comma, held by no person
    of the article (no word of it a first name, nor of a name given a person in full)."""
    if fact.kind not in _NAME_KINDS or fact.label in _PLACE_LABELS:
        return False
    words = fact.text.split()
    if any(w in people or is_first_name(w) for w in words):
        return False
    root = sentence.doc[fact.start : fact.end].root
    if person_syntax(root) or root.dep_ != "pobj" or root.head.lower_ not in _WAY:
        return False
    return placed_after(sentence, fact.start, fact.end)


def placed_names(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Make a place of each name a sentence places (`_placed`), in every sentence it is
    asked in: its options are then places, never people."""
    people = {
        word
        for found in per_sentence
        for f in found
        if f.kind == "person" and " " in f.text
        for word in f.text.split()
    }
    pairs = list(zip(per_sentence, sentences, strict=True))
    places = {f.text for found, sentence in pairs for f in found if _placed(f, sentence, people)}
    # a name that says or does something anywhere in the article is someone ("Mandela said")
    places -= {
        f.text
        for found, sentence in pairs
        for f in found
        if f.text in places and person_syntax(sentence.doc[f.start : f.end].root)
    }
    return [
        [
            changed(f, kind="place", label="LOC", subtype="place")
            if f.text in places and f.kind in _NAME_KINDS
            else f
            for f in found
        ]
        for found in per_sentence
    ]


# "through _____, in Sikkim": the blank's own place, said after it
_PLACED_BLANK = re.compile(r"_____, (?:in )?((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*)*)")
_RANKS = {"country": 2, "state": 1}  # how large a place of a known kind is


def _rank(place: str) -> int:
    """Return how large a place is: 2 a country, 1 a state, 0 smaller or unknown."""
    return 2 if country_code(place) else _RANKS.get(place_kind(place), 0)


def too_large(option: str, key: str, stem: str) -> bool:
    """Tell whether an option cannot lie in the place the question puts the blank in
    ("through _____, in Sikkim"): one as large as that place (a state, a country) or a
    region named by its country ("North-East of India"). A key as large is no place so put
    but a list's ("from _____, Eritrea, Libya"): then any is."""
    placed = _PLACED_BLANK.search(stem)
    if placed is None:
        return False
    around = _rank(placed.group(1))
    if not around or _rank(key) >= around or normalise(option) == normalise(placed.group(1)):
        return False
    named = [w for w in re.findall(r"\bof ([A-Z][\w'’-]*)", option) if country_code(w)]
    return _rank(option) >= around or bool(named)
