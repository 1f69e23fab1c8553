"""Which of the article's other facts are of the key's own kind and form: the first options."""

from __future__ import annotations

import re

from questions.generate.durations import same_shape
from questions.generate.examples import ITEM
from questions.generate.facts import Fact
from questions.generate.figures import same_measure
from questions.generate.gazetteer import states, subdivision_country
from questions.generate.levels import LEVEL
from questions.generate.measures import MAGNITUDE
from questions.generate.pools import cities
from questions.generate.reviewed import near_amount
from questions.schema import normalise


def surface_form(text: str) -> str:
    """Describe a text's surface form: digits become 9, letters a/A, so forms compare."""
    return re.sub(r"[a-z]+", "a", re.sub(r"[A-Z][a-z]*", "A", re.sub(r"\d", "9", text)))


def same_kind(other: Fact, fact: Fact, key: str) -> bool:
    """Tell whether another fact of the article is of the same kind and form as the key."""
    if other.kind != fact.kind or fact.kind in (MAGNITUDE, LEVEL):
        return False  # the article's other magnitude rates another quake: not this one's
    if fact.kind == "place":
        # A country for a country; a city, state or region for one of those, same label
        # (a stadium for a stadium).
        if "country" in (fact.subtype, other.subtype):
            return other.subtype == fact.subtype
        if fact.subtype == "city" == other.subtype:  # Kandahar for Kabul, not Mexico City
            return same_country(other.text, key)
        if fact.subtype == "state" == other.subtype:  # Gujarat for Tamil Nadu, whichever
            # label the model gave each: the gazetteer knows both as states of one country
            return _state_country(other.text) == _state_country(key) != ""
        return other.label == fact.label
    if fact.kind == "person":
        return (len(other.text.split()) > 1) == (len(key.split()) > 1)
    if fact.kind == "ordinal":  # "the 21st meeting" is no option for "the 75th Summit"
        return surface_form(other.text) == surface_form(key) and other.unit == fact.unit
    if fact.kind in ("year", "date"):
        return surface_form(other.text) == surface_form(key)
    if fact.kind in ("count", ITEM):
        return other.unit == fact.unit  # residents for residents, not cables; species
    if fact.kind == "quantity":  # minutes for minutes: "18 months" is no walk's length
        if same_shape(other.subtype) != same_shape(fact.subtype):
            return False  # "twenty years ago" is no length of a sentence, "two months old" none
        sized = sizes_alike(other, fact)  # "34-yard" field goal: not "141 yards" passed
        return sized and same_measure(other.text, key) and near_amount(other.text, key)
    if fact.kind in ("money", "percent"):
        alike = surface_form(other.text) == surface_form(key) or _units(other.text) == _units(key)
        return alike and near_amount(other.text, key)  # not "$700 billion" for millions
    return True


def sizes_alike(other: Fact, fact: Fact) -> bool:
    """Tell whether two quantities measure alike: both a size set before a noun, sizing the
    same thing ("30-yard field goal", "44-yard field goal attempt" for "34-yard field goal";
    not the "28-yard line" nor "39-yard kick"), or neither ("141 yards", "194 yards")."""
    if not (other.described or fact.described):
        return True
    if not (other.described and fact.described):
        return False  # a total ("194 yards") is no length of a kick ("34-yard")
    mine, theirs = fact.described.split(), other.described.split()
    return mine[-1] in theirs or theirs[-1] in mine


def same_country(city: str, key: str) -> bool:
    """Tell whether two cities are of the same country, by the gazetteer; a key city it does
    not know (a town the article lists among "cities such as …") takes any city it knows."""
    found = cities()
    if normalise(key) not in found:
        return normalise(city) in found  # the article's own cities: all it can say of the key
    return found.get(normalise(city), "?") == found.get(normalise(key), "!")


def _units(text: str) -> str:
    """Return the words of a quantity that are not its number ("billion doses")."""
    return " ".join(w for w in text.split() if not re.search(r"\d", w)).lower()


def _state_country(name: str) -> str:
    """Return the code of the country a state name belongs to, or ""."""
    return states().get(normalise(name)) or subdivision_country(name) or ""
