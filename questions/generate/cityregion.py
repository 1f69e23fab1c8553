"""Whether the region an article writes after a city ("Memphis, Tennessee") is the region of
the city a player knows by that name: the largest city of the name.

"Where was she born?" keyed Memphis, with Tennessee never offered, has one answer among its
options, and its city options are drawn from the gazetteer's Memphis. "Where did the company
open its first store?" keyed London of "London, Ontario" gets English cities as options and
reads as the English capital: the pair is asked by neither. Nor is the region of a
subject asked by a wh-question ("Tyler, Texas is a city …": "Which state is a city …?"):
the wh-phrase would stand for the city; only a blank after the city asks where it lies.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.gazetteer import country_code
from questions.generate.insidecity import largest_country
from questions.generate.statecities import city_states
from questions.schema import normalise


def region_of_known_city(city: str, region: str) -> bool:
    """Tell whether a region is the country or US state of the largest city of a name."""
    country = largest_country(city)
    if country is None:
        return False
    code = country_code(region)
    if code:
        return code == country
    return country == "US" and normalise(region) in {normalise(s) for s in city_states(city)}


def written_after_place(doc: Any, fact: Fact) -> bool:
    """Tell whether a name follows a place and a comma as where that place lies ("Tyler,
    Texas", "Kanata, Ontario"), not as the next of a list ("Boston, Washington and …")."""
    return _after_name(doc, fact) and doc[fact.start - 2].ent_type_ in ("GPE", "LOC", "FAC")


def _after_name(doc: Any, fact: Fact) -> bool:
    """Tell whether a name follows another name and a comma, and no list goes on after it."""
    if fact.start < 2 or doc[fact.start - 1].text != ",":
        return False
    after = doc[fact.end] if fact.end < len(doc) else None
    return not (
        after is not None
        and after.lower_ in (",", "and", "or")
        and fact.end + 1 < len(doc)
        and (doc[fact.end + 1].ent_type_ in ("GPE", "LOC") or after.lower_ != ",")
    )  # "Boston, Washington and Chicago": a list of cities, no city's state


def region_after_place(doc: Any, fact: Fact) -> bool:
    """Tell whether a place written after a name and a comma is where that one lies: the
    parse hangs it on the name ("Wells, Texas"), or the gazetteer's city of the name lies
    in it ("Tyler, Texas is …"); not a sentence's subject after an opening phrase ("At the
    Riverbank Arena, Brazil's team …", "According to Lula, Brazil wants …")."""
    if not _after_name(doc, fact) or doc[fact.start - 2].pos_ != "PROPN":
        return False
    start = fact.start - 2
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1  # "New York, US": the whole name before the comma
    key = doc[fact.start : fact.end].root
    hung = key.dep_ in ("appos", "conj") and start <= key.head.i < fact.start - 1
    return hung or region_of_known_city(doc[start : fact.start - 1].text, fact.text)
