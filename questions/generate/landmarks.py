"""Rivals for a named natural place: WordNet's others of its kind in its region.

"the river Clyde" is a place no gazetteer of countries, states or cities holds, so its
question was refused for want of options. WordNet knows the Clyde as an instance of river
and part of Scotland: its rivals are the other rivers of Scotland (the Forth), then those of
the lands Scotland is part of (the Thames, the Severn), nearest region first. A river of
another continent would be no rival a player weighs; none is offered.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from questions.generate.counties import county_rivals, county_state, fellow_county
from questions.generate.facts import Fact
from questions.generate.library import library_options
from questions.generate.waters import named_places
from questions.generate.wordnet import Synset, lemma_text, synset

_PART_OF = "#p"
_INSTANCE_OF = "@i"
_HOLDS = "%p"  # the places that are part of this one


def _place(key: str) -> Synset | None:
    """Return the one location synset named by the key as written, or None (none, several)."""
    found = named_places(key)
    return found[0] if len(found) == 1 else None


def _targets(entry: Synset, symbol: str) -> tuple[str, ...]:
    """Return the offsets an entry points to by one pointer symbol."""
    return tuple(target for kind, target in entry.pointers if kind == symbol)


def _name(entry: Synset, key: str) -> str:
    """Return an entry's name written as the key is: its first name sharing the key's
    opening or closing word ("Mount Hubbard" beside "Mount McKinley", "Lake Erie" beside
    "Lake Tahoe"), else of the key's word count ("Forth" beside "Clyde"), else its first."""
    names = [lemma_text(lemma) for lemma in entry.lemmas]
    words = key.split()
    for fits in (
        lambda n: len(words) > 1 and (n.split()[0] == words[0] or n.split()[-1] == words[-1]),
        lambda n: len(n.split()) == len(words),
    ):
        found = [name for name in names if fits(name)]
        if found:
            return found[0]
    return names[0]


@lru_cache(maxsize=256)
def landmark_rivals(key: str) -> tuple[str, ...]:
    """Return WordNet's other places of the key's kind (river, lake) in the key's region,
    then in the regions that region is part of; () when WordNet does not place the key."""
    own = _place(key)
    if own is None or _continent(own):
        return ()  # a continent's rivals are the continents: `other_continents`
    kinds = _targets(own, _INSTANCE_OF)
    regions = [r for r in _targets(own, _PART_OF) if (e := synset(r)) and not _continent(e)]
    if len(kinds) == 1 and not _targets(own, _PART_OF):
        return _wholes(own, kinds[0], key)  # "the Indian Ocean": the other oceans
    if len(kinds) != 1 or not regions:
        return ()
    kind = synset(kinds[0])
    members = [
        member
        for offset in (kind.pointers if kind is not None else ())
        if offset[0] == "~i" and offset[1] != own.offset
        and (member := synset(offset[1])) is not None
        and own.offset not in _targets(member, _PART_OF)  # the Tyrolean Alps are the Alps
        and member.offset not in regions
    ]  # fmt: skip
    found: list[str] = []
    for ring in (frozenset(regions), _siblings(regions)):
        for member in members:
            name = _name(member, key)
            if name not in found and set(_targets(member, _PART_OF)) & ring:
                found.append(name)
    return tuple(found)


def _wholes(own: Synset, kind: str, key: str) -> tuple[str, ...]:
    """Return the other places of the key's kind that, like it, lie in no larger place and
    hold smaller ones (the Atlantic, the Pacific beside the Indian Ocean, which holds the Red
    Sea), where the key's name says its kind: "Atlantic" alone may be a record label, and a
    kind's members WordNet places nowhere by a gap (a lone bay) are no set of peers."""
    entry = synset(kind)
    said = entry is not None and any(
        lemma_text(lemma).lower() in key.lower().split() for lemma in entry.lemmas
    )
    if entry is None or not said or not _targets(own, _HOLDS):
        return ()
    found = [
        _name(member, key)
        for symbol, offset in entry.pointers
        if symbol == "~i" and offset != own.offset
        and (member := synset(offset)) is not None
        and not _targets(member, _PART_OF) and _targets(member, _HOLDS)
    ]  # fmt: skip
    return tuple(found)


def _siblings(regions: list[str]) -> frozenset[str]:
    """Return the lands that share a country with the key's regions (England and Wales for
    Scotland, of the United Kingdom), the countries themselves too; never a continent's
    parts: the Rhine is no rival to the Clyde."""
    parents = {
        up
        for region in regions
        if (entry := synset(region)) is not None
        for up in _targets(entry, _PART_OF)
        if (above := synset(up)) is not None and not _continent(above)
    }
    lands = set(parents)
    for parent in sorted(parents):
        entry = synset(parent)
        lands.update(_targets(entry, "%p") if entry is not None else ())
    return frozenset(lands)


def _continent(entry: Synset) -> bool:
    """Tell whether WordNet calls a place a continent ("Europe")."""
    kinds = (synset(offset) for offset in _targets(entry, _INSTANCE_OF))
    return any(kind is not None and "continent" in kind.lemmas for kind in kinds)


def place_options(fact: Fact, key: str, article: Sequence[Fact], seed: str, text: str = ""
                  ) -> list[str]:  # fmt: skip
    """Return a place key's library rivals: countries, cities, states from the gazetteer
    (`text`: the article's words, whose states are no rivals); for a place it does not hold,
    a county's fellow counties, else WordNet's places of its kind and region, else none."""
    if fact.subtype != "place":
        return library_options(fact, key, seed, text)
    if any(key in f.text.split() for f in article if f.kind == "person"):
        return []  # "Baykal" of "Deniz Baykal", taken for a place: no lake beside a man
    return county_rivals(key, article, seed) or list(landmark_rivals(key))


def unknown_place(fact: Fact, key: str, article: Sequence[Fact], seed: str) -> bool:
    """Tell whether a "country or city" is one no library knows ("Halston", "America"): no
    gazetteer's country, state or city, nor a county, nor a place WordNet gives rivals."""
    if fact.label != "GPE" or fact.subtype != "place":
        return False
    return not place_options(fact, key, article, seed)


def off_kind(option: str, key: str) -> bool:
    """Tell whether an option is no place of the kind the libraries know the key as: a
    county beside a county ("Riverside County": not "Los Angeles"), a river beside a river
    ("Clyde": not the article's "Sativex", a drug the model took for a place)."""
    if county_state(key, ()):  # only counties of the key's own state pass
        return not fellow_county(option, key)
    rivals = landmark_rivals(key)
    return bool(rivals) and option not in rivals
