"""Names the article lists as examples of a kind of place ("cities such as Melipilla,
Pichilemu and Rancagua") are places, whatever label the model gave them.

Blind review 33 found a town the model tagged a person ("Pichilemu's Facebook page") asked
"On whose Facebook page …?" with people as options, and a city district ("Santiago Centro")
offered as a speaker: both stood in a list the article heads with "cities such as". The
noun a list of examples hangs on says what each of them is; where WordNet files that noun
first as a location ("city", "town", "region"), every mention of a listed name is a place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.facts import Fact
from questions.generate.placeunits import hypernym_lemmas
from questions.generate.pools import place_kind
from questions.generate.wordnet import senses, synset

Token = Any
_LOCATION_FILE = 15  # WordNet's noun.location: "city", "town", "region", "province"
_TOWN = "municipality"  # what WordNet's "city" and "town" are: their examples are cities
# the land a place noun names ("city", "province", "neighborhood"): not a "side" of a
# field, a location too to WordNet, whose examples are a team's players
_LAND = frozenset({"geographical_area", "district", "area"})
_REGION = "region"  # "regions such as …": a land itself, where "side" is only a part of one
_NAMES = frozenset({"person", "organization", "name"})  # labels a place is misread as
# the words that open a list of examples after the noun it exemplifies: "cities such as",
# "towns like", "regions including"
_EXAMPLE_WORDS = frozenset({"as", "like", "including"})


def _place_noun(token: Token) -> bool:
    """Tell whether a common noun's first WordNet sense is a stretch of land ("cities",
    "regions"; not a team's "side")."""
    if token.pos_ != "NOUN":
        return False
    lemma = token.lemma_.lower()
    found = senses(lemma)[:1]
    entry = synset(found[0]) if found else None
    if entry is None or entry.lexfile != _LOCATION_FILE:
        return False
    chain = hypernym_lemmas(lemma)
    return bool(_LAND & set(chain)) or chain[:1] == [_REGION]


def _listed_under(token: Token) -> Token | None:
    """Return the noun a list of examples a word stands in hangs on ("cities" of "cities such
    as Melipilla, Pichilemu and Rancagua", for any of the three), or None."""
    first = token
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "Pichilemu": a conjunct of "Melipilla", the list's first
    if first.dep_ != "pobj" or first.head.lower_ not in _EXAMPLE_WORDS:
        return None
    opener = first.head
    if opener.lower_ == "as" and not any(c.lower_ == "such" for c in opener.children):
        return None  # "as Rancagua": a comparison, no list of examples
    return opener.head if opener.head.i != opener.i else None


def listed_places(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Make every mention of a name the article lists under a place noun ("cities such as
    …") a place of the gazetteer's kind, where the model called it a person, a body or a
    name."""
    listed: dict[str, str] = {}  # name: its kind, the gazetteer's or the list noun's
    for index, found in enumerate(per_sentence):
        doc = sentences[index].doc
        for fact in found:
            head = _listed_under(doc[fact.start : fact.end].root)
            if fact.kind not in _NAMES or head is None or not _place_noun(head):
                continue
            kind = place_kind(fact.text)  # "Concepción": a city any list of towns has
            town = kind == "place" and _TOWN in hypernym_lemmas(head.lemma_.lower())
            listed[fact.text] = "city" if town else kind  # "Pichilemu": no gazetteer's city
    return [
        [
            changed(f, kind="place", label="GPE", subtype=listed[f.text])
            if f.kind in _NAMES and f.text in listed
            else f
            for f in found
        ]
        for found in per_sentence
    ]
