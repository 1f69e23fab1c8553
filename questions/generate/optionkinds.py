"""The kind of an option beside its key: a figure for a figure, a sum in the key's currency,
a continent for a continent, no person for an organisation (split from `options`)."""

from __future__ import annotations

import re

from questions.generate.facts import Fact
from questions.generate.insidecity import inside_city, lies_in
from questions.generate.placekinds import is_continent
from questions.generate.pools import is_first_name, place_kind, zipf
from questions.generate.variants import SCALES

_INITIALS = re.compile(r"^(?:[A-Z]\.)+ ?[A-Z][a-z]+$")
COMMON_ZIPF = 4.0  # a single word this common is a word, not a name ("State")
_NUMBER_KINDS = frozenset({"count", "money", "percent", "quantity", "number"})
_PLACE_KINDS = frozenset({"country", "state", "city"})


def person_like(name: str) -> bool:
    """Tell whether a name reads as a person's ("Dean Kamen", "K.C. Maurer")."""
    words = name.split()
    initials = _INITIALS.match(name) is not None and zipf(words[-1].lower()) < 3
    return initials or (len(words) > 1 and is_first_name(words[0]))


def _has_digit(text: str) -> bool:
    """Tell whether a number is written in figures."""
    return any(c.isdigit() for c in text)


def wrong_kind(fact: Fact, key_place: str, option: str) -> bool:
    """Tell whether an option is another kind of thing than the key: a country offered for a
    city, a city for a country, a person for an organisation."""
    if fact.kind in _NUMBER_KINDS and _has_digit(fact.text) != _has_digit(option):
        return True  # "five thousand" among "60,760" and "58,825" gives itself away
    if fact.kind == "money" and currency(option) != currency(fact.text):
        return True  # "$25" is a sum of dollars: a bare "180", or "£12", is not one
    if fact.kind == "place" and is_continent(fact.text) != is_continent(option):
        return True  # "Africa" among Europe and Oceania: not "Mount Kilimanjaro"
    if fact.kind == "place" and is_continent(fact.text):
        return False  # a continent the gazetteer also knows as a city ("Asia"): the continents
    if fact.kind == "organization":
        common = " " not in option and zipf(option.lower()) >= COMMON_ZIPF  # "State"
        return person_like(option) or common
    if key_place == "country":
        return place_kind(option) != "country"
    if key_place == "city" and inside_city(option, fact.text):
        return True  # a district of the key city: no other city, and maybe the answer too
    if key_place == "city" and lies_in(fact.text, option):
        return True  # the city a district key ("Manhattan") lies in is true of it as well
    if key_place in _PLACE_KINDS:
        return place_kind(option) != key_place
    return False


def currency(money: str) -> tuple[str, str]:
    """Return how a sum says its currency: the sign before its number ("$", "US$", "£") and
    the words after it that are no number or scale ("euros" of "2.6 million euros")."""
    sign = re.match(r"^[A-Z]{0,3}[$€£¥₩₹]", money)
    after = money[sign.end() :] if sign else money
    words = [w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", after)]
    return (sign.group() if sign else "", " ".join(w for w in words if w not in SCALES))
