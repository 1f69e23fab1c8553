"""Correct the model's place labels by the gazetteers and the article's own names.

spaCy calls "Herat" (in "from Herat") an organisation, "IE6" and "Windows XP" places, and
"Korea" beside "South Korea" a place of no known kind: a place question needs the right kind
to ask "which country" or "which city" and to draw options of that kind.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.calledkinds import CALLED
from questions.generate.cityregion import written_after_place
from questions.generate.facts import Fact
from questions.generate.gazetteer import states, subdivision_country
from questions.generate.kinds import kind_word
from questions.generate.pools import (
    cities,
    continent,
    countries,
    country_code,
    is_first_name,
    place_kind,
)
from questions.generate.productlines import product_line
from questions.generate.quotemarks import crosses_quote, quoted_words
from questions.generate.teamplaces import club_places, plays_as_club, reports_match, stands_for_team
from questions.schema import normalise

# A city name labelled as an organisation is a city where the sentence puts someone in,
# from or to it ("a former resident of Evansville"); "Liverpool beat Chelsea" stays a club.
_WHERE_BEFORE = frozenset({"in", "from", "to", "at", "near", "of"})
_ACRONYM = re.compile(r"^[A-Z]{2,}$")


def _product(fact: Fact) -> bool:
    """Tell whether a place no gazetteer knows is named like a product: with figures
    ("IE6", "STS-134") or, for a region or a state, an acronym ("Windows XP", "QC")."""
    if fact.subtype != "place" or country_code(fact.text):
        return False
    if any(c.isdigit() for c in fact.text):
        return True
    return fact.label in ("GPE", "LOC") and any(_ACRONYM.match(w) for w in fact.text.split())


def _short_country(fact: Fact, known: Sequence[str]) -> bool:
    """Tell whether a place is the short name of a country the article names in full
    ("Korea" beside "South Korea")."""
    folded = normalise(fact.text)
    return (
        fact.subtype == "place"
        and bool(continent(fact.text))
        and any(name.endswith(" " + folded) for name in known)
    )


def _org_place(fact: Fact, sentence: Any) -> str:
    """Return "country" or "city" for an organisation that is one by the gazetteers: a
    country always ("the United States"), a city only after "in", "from", "of" …"""
    if fact.kind != "organization":
        return ""
    kind = place_kind(fact.text)
    if kind == "country":
        return kind
    before = sentence.doc[fact.start - 1] if fact.start > 0 else None
    where = before is not None and before.lower_ in _WHERE_BEFORE
    return "city" if kind == "city" and normalise(fact.text) in cities() and where else ""


def _home_city(fact: Fact, known: Sequence[str]) -> bool:
    """Tell whether a name no list knows as a person's is a city of a country the article
    names: "the damaged Fukushima nuclear plant" in a story on Japan (spaCy: a person)."""
    if fact.kind != "name" or " " in fact.text:
        return False
    country = cities().get(normalise(fact.text), "")
    return bool(country) and any(country_code(name) == country for name in known)


def _first_name_abroad(fact: Fact, known: Sequence[str], people: set[str]) -> bool:
    """Tell whether a one-word name that is a first name, and the model's person somewhere in
    the article, is someone's: a town of that name lies only in a country the article never
    names ("their son, Eugene": no town in Oregon in a story set in England)."""
    if fact.kind not in ("name", "place") or " " in fact.text or fact.text not in people:
        return False
    if place_kind(fact.text) != "city" or not is_first_name(fact.text):
        return False
    country = cities().get(normalise(fact.text), "")
    return bool(country) and not any(country_code(name) == country for name in known)


def places_named(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Drop products the model took for places, and give countries and cities their kind
    where the model's label or the bare name hid it."""
    known = sorted(
        {normalise(f.text) for found in per_sentence for f in found if f.subtype == "country"}
        & set(countries())
    )
    # a first name the model calls a person somewhere may be a town's name abroad too
    people = {f.text for found in per_sentence for f in found if f.label == "PERSON"}
    # A city said once "in Evansville" is that city in the dateline too.
    placed = {
        f.text: kind
        for index, found in enumerate(per_sentence)
        for f in found
        if (kind := _org_place(f, sentences[index]))
    }
    match = reports_match(sentences)
    clubs = club_places(per_sentence) if match else frozenset()
    out: list[list[Fact]] = []
    for index, found in enumerate(per_sentence):
        kept: list[Fact] = []
        for fact in found:
            if fact.kind == "place" and _product(fact):
                # software or a mission, not somewhere: asked as its line's kind ("Windows
                # XP": which operating system) where WordNet knows the line, else not at all
                line = product_line(fact.text)
                if line is not None:
                    kept.append(changed(fact, kind=CALLED, subtype="", unit=line[0],
                                        sense=line[1]))  # fmt: skip
                continue
            if fact.kind == "place" and _short_country(fact, known):
                fact = changed(fact, subtype="country")
            if fact.kind == "organization" and fact.text in placed:
                fact = changed(fact, kind="place", label="GPE", subtype=placed[fact.text])
            fact = _listed_state(fact, found, sentences[index])
            fact = _city_state(fact, sentences[index])
            fact = _national_team(fact)
            if _home_city(fact, known):
                fact = changed(fact, kind="place", label="GPE", subtype="city")
            if _first_name_abroad(fact, known, people):
                fact = changed(fact, kind="person", label="PERSON", subtype="")
            if match and stands_for_team(fact, sentences[index]):
                continue  # "Denver increased the score": Denver's team, not a city
            if plays_as_club(fact, sentences[index], clubs):
                continue  # "Canberra fell apart" of the Canberra Capitals: the club
            kept.append(fact)
        out.append(kept)
    return out


def _national_team(fact: Fact) -> Fact:
    """Return a country's team named "Team Estonia" as its country: the team is the
    country's, whose options are the article's other countries; any other fact is itself."""
    first, _, rest = fact.text.partition(" ")
    if fact.kind != "organization" or kind_word(first) != "team" or place_kind(rest) != "country":
        return fact
    return changed(fact, start=fact.start + 1, text=rest, kind="place", label="GPE",
                   subtype="country")  # fmt: skip


def _listed_state(fact: Fact, found: list[Fact], sentence: Any) -> Fact:
    """Return a place listed with states of one country ("New South Wales, Victoria, South
    Australia") as that country's state of the name, though a city elsewhere has it too (a
    city in Hong Kong is named Victoria); any other fact is itself."""
    if fact.kind != "place" or fact.subtype == "state":
        return fact
    doc = sentence.doc
    listed = {t.i for t in doc[fact.start : fact.end].root.conjuncts}
    codes = {states().get(normalise(f.text)) for f in found
             if f.subtype == "state" and doc[f.start : f.end].root.i in listed}  # fmt: skip
    if len(codes) != 1 or None in codes or subdivision_country(fact.text) not in codes:
        return fact
    return changed(fact, subtype="state")


def _city_state(fact: Fact, sentence: Any) -> Fact:
    """Return the place after a city and a comma ("Kanata, Ontario") as its state or province
    where one country has a state of that name, though a large city has it too (Ontario,
    California): its options are then the other provinces, not cities; any other fact is itself."""
    if fact.kind != "place" or fact.subtype in ("state", "country"):
        return fact
    if not written_after_place(sentence.doc, fact):
        return fact
    return changed(fact, subtype="state") if subdivision_country(fact.text) else fact


def unnamed_states(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Add the states the model left unnamed ("Tasmania was excluded from the study") where
    the article names other states of that country: a state, and its options are those."""
    named = Counter(states().get(normalise(f.text)) for found in per_sentence for f in found
                    if f.subtype == "state")  # fmt: skip
    out: list[list[Fact]] = []
    for index, found in enumerate(per_sentence):
        sentence = sentences[index]
        quoted = quoted_words(sentence) if crosses_quote(sentence) else set()
        taken = {i for f in found for i in range(f.start, f.end)}
        added = [
            Fact(index, t.i, t.i + 1, t.text, "GPE", "place", "state")
            for t in sentence
            if t.pos_ == "PROPN"
            and not t.ent_type_
            and t.i not in taken | quoted
            and t.text.istitle()
            and _lone_name(t)
            and named[states().get(normalise(t.text))] >= _OTHER_STATES
            and states().get(normalise(t.text)) is not None
        ]
        out.append(sorted(found + added, key=lambda f: f.start))
    return out


_OTHER_STATES = 3  # the article's own states of one country: enough for the options


def _lone_name(token: Any) -> bool:
    """Tell whether a proper noun is a whole name: no capitalised word joined to it
    ("Tasmania was …", not "Victoria Park")."""
    doc = token.doc
    joined = [doc[i] for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return not any(t.pos_ == "PROPN" and (t.head == token or token.head == t) for t in joined)
