"""Options named as the key is named: the article's others of the key's head noun.

spaCy labels one centre a facility (a place) and the next an organisation: "Kennedy Space
Center" (FAC) and "Johnson Space Center" (ORG) are the same kind of thing all the same.
What a name is, is its head noun ("center"), not the model's label; options of that noun
the article names are the plausible ones whatever their label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.kinds import BODIES, head_kind, kind_word, own_kind
from questions.generate.pools import cities, city_names, place_kind
from questions.schema import normalise

# Kinds of fact that are names of things (no person, number or date): a centre may be any.
_NAMED = frozenset({"place", "organization", "document", "event", "title", "name"})


def named_kin(fact: Fact, key: str, article: Sequence[Fact], where: bool = False) -> list[str]:
    """Return the article's names of the key's head noun that another kind of fact holds
    ("Johnson Space Center", an organisation, for the place "Kennedy Space Center"); none
    for a country, state or city, which the gazetteer kinds. Asked `where`, a site (a
    facility to the model) takes the names of any noun the article's sites have: "Where will
    Atlantis go on display?" of a visitor complex, the article's centres."""
    if fact.kind not in _NAMED or (fact.kind == "place" and fact.subtype != "place"):
        return []
    kinds = {own_kind(key)}
    if where and fact.label == "FAC":
        kinds |= {own_kind(f.text) for f in article if f.label == "FAC"}
    kinds.discard("")  # "NASA", "Chernobyl": no head noun to match
    return [
        f.text
        for f in article
        if f.kind in _NAMED and f.text != key and own_kind(f.text) in kinds
        and (f.kind != fact.kind or own_kind(f.text) != own_kind(key))
    ]  # fmt: skip


FRAMED = 3  # names the article puts in one frame ("the … geographical constituency")
_FRAME_NAME = r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,3})"


def framed_kin(fact: Fact, key: str, text: str) -> list[str]:
    """Return the other names the article puts where it puts the key, before the same
    lower-case words ("In the Kowloon West geographical constituency", "In the New
    Territories East geographical constituency"): the model may miss them as names, but
    said so, they are things of one kind. Only a frame said of several names counts; a
    country, state or city keeps to the gazetteer's."""
    if fact.kind not in _NAMED or (fact.kind == "place" and fact.subtype != "place"):
        return []
    after = pattern(rf"\bthe {re.escape(key)} ([a-z]+(?: [a-z]+)?)\b").search(text)
    if after is None:
        return []
    frame = after.group(1)
    if any(word in STOP_WORDS for word in frame.split()) or not _noun(frame.split()[-1]):
        return []  # "the … Center in", "the … Office said": any name may stand there
    found = pattern(rf"\bthe {_FRAME_NAME} {re.escape(frame)}\b").findall(text)
    names = list(dict.fromkeys(name for name in found if name != key))
    return names if len(names) + 1 >= FRAMED else []


def _noun(word: str) -> bool:
    """Tell whether a word is a noun's singular to lemminflect's inflection table (loaded
    for `write` already): "constituency", not "said"."""
    from lemminflect import getAllInflections

    return bool(getAllInflections(word, upos="NOUN"))


_CITY_NAMED = frozenset({"organization", "document", "event"})
LIBRARY_CITIES = 10  # the largest of the country: the likeliest to host a meeting


def _city_word(word: str) -> bool:
    """Tell whether a word of a name is a city's name and no common noun ("Dushanbe",
    "Qingdao"; not "Summit", a town in New Jersey too)."""
    title = word[:1].isupper() and word[1:].islower()  # not "UN": Un is a town in India
    return title and place_kind(word) == "city" and not kind_word(word)


def city_named_kin(fact: Fact, key: str, article: Sequence[Fact], text: str) -> list[str]:
    """Return the key's name with its city swapped for the article's other cities: a summit,
    declaration or treaty named for where it was held ("Dushanbe Declaration": "Astana
    Declaration", "Qingdao Declaration") is one of a series held city by city, so the same
    name at another city the article names is a meeting or text of the same kind that did
    not do what the key did; the key city's country's others follow. A body ("Shanghai
    Cooperation Organization") is never swapped: a made-up organisation is absurd. Nor is
    a name the article gives no other of its kind: "Boston Globe" or "Manchester City" is no
    series of venues unless the article names another ("the Astana summit", "Leicester
    City"), so "Chicago Globe" would be made up."""
    kind = head_kind(key) if fact.kind in _CITY_NAMED else None
    if kind is None or kind in BODIES:
        return []
    words = key.split()
    if len(words) < 2 or words[-1].lower() != kind or not _city_word(words[-2]):
        # only a city right before the head names the venue: the "Shanghai" of "Shanghai
        # Cooperation Summit" names the organisation; "Astana Cooperation Summit" is absurd
        return []
    if any(_city_word(word) for word in words[:-2]):
        return []  # two cities: which one names the meeting is unclear
    own = normalise(words[-2])
    if not _series_of_cities(kind, own, article, text):
        return []
    found: list[str] = []
    for other in article:
        if other.kind == "place" and other.subtype == "city":
            found.append(other.text)
        elif other.kind in _NAMED:
            found += [w for w in other.text.split() if _city_word(w)]
    # Then the key city's country's other cities: "Khujand Declaration" beside Dushanbe's.
    found += list(city_names().get(cities().get(own, ""), ()))[:LIBRARY_CITIES]
    others = dict.fromkeys(c for c in found if " " not in c and normalise(c) != own)
    return [" ".join([*words[:-2], city, words[-1]]) for city in others]


def _series_of_cities(kind: str, own: str, article: Sequence[Fact], text: str) -> bool:
    """Tell whether the article names another thing of the key's kind, at a city other than
    the key's ("the Astana summit", "the Declaration on … in Shanghai") or by its head noun
    ("Shanghai Cooperation Summit")."""
    if any(f.kind in _NAMED and own_kind(f.text) == kind and own not in normalise(f.text)
           for f in article):  # fmt: skip
        return True
    before = pattern(rf"\b([A-Z][a-z]+) {kind}s?\b", re.IGNORECASE).finditer(text)
    if any(_city_word(m.group(1)) and normalise(m.group(1)) != own for m in before):
        return True
    # One named by its kind first and placed at another city in its sentence: '"Declaration
    # on the Establishment of the Shanghai Cooperation Organization" in Shanghai' ("in" says
    # a place: "Shanghai" may be a verb too, it is the city here).
    placed = pattern(rf"\b{kind.title()} (?:of|on|for) [^.;]*?\bin ([A-Z][a-z]+)\b").finditer(text)
    return any(place_kind(m[1]) == "city" and normalise(m[1]) != own for m in placed)
