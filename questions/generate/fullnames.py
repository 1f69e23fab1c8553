"""Say each person's full name where a question has only the surname ("Professor Eastman" ->
"Professor Cres Eastman"), never inside a quotation, which is given word for word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from typing import Any

from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.gazetteer import cities, countries, dotted_country, states
from questions.generate.titledpeople import courtesy_title
from questions.schema import normalise


def full_names(
    stem: str,
    people: dict[str, str],
    key: str,
    titles: frozenset[str] = frozenset(),
    places: frozenset[str] = frozenset(),
) -> str:
    """Say each person's full name where the question has only the surname ("Professor
    Eastman" -> "Professor Cres Eastman"); not for the answer, nor after a capitalised word that is
    not one of the article's `titles` (the words it puts before a full name: "Professor"), nor
    before one ("Wong Kwok-hing"), nor a name the sentence's parse calls a place (`places`:
    "the national team of Jordan" is the country, whoever Michael Jordan is)."""
    for last, full in people.items():
        if full in stem or last in key.split() or full == last or last in places:
            continue
        for match in pattern(rf"(?<![\w-]){re.escape(last)}(?![\w-])").finditer(stem):
            before = stem[: match.start()].split()
            word = before[-1] if before else ""
            if word[:1].isupper() and word[-1:].isalnum() and word not in titles:
                continue  # "Tom Eastman", "Space Center": another person, or another name
            if re.match(r"\s+[A-Z][a-z]", stem[match.end() :]):
                continue  # "Wong Kwok-hing" is not Raymond Wong: the family name first
            if _quoted_at(stem, match.start()):
                continue  # a quotation is given word for word
            after = stem[match.end() :]
            start = match.start()
            if word and courtesy_title(word):  # "Mr. Mugabe": "Robert Mugabe", no "Mr." before
                start = len(stem[:start].rstrip()) - len(word)  # a full name
            if after[:1] in ("'", "’") and after[1:2] != "s" and not full.endswith("s"):
                after = after[0] + "s" + after[1:]  # "James' efforts": "James Brady's efforts"
            stem = stem[:start] + full + after
            break  # each person's first mention: a question may name several people
    return stem


def _quoted_at(text: str, at: int) -> bool:
    """Tell whether a position of a text lies inside a quotation (an odd number of straight
    or curly opening quotes before it)."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def lone_persons(docs: Iterable[Any]) -> frozenset[str]:
    """Return the one-word names the article's parse calls a person more often than a place
    ("Montalvo was arrested", "Montalvo told …", once "a case against Montalvo" as a place):
    news names a person by surname alone, and the model's odd place label is a slip."""
    said: Counter[str] = Counter()
    for doc in docs:
        for ent in ents_of(doc):
            if len(ent) == 1 and ent.label_ in ("PERSON", "GPE", "LOC"):
                said[ent.text] += 1 if ent.label_ == "PERSON" else -1
    return frozenset(name for name, count in said.items() if count > 0)


def thing_names(docs: Iterable[Any]) -> frozenset[str]:
    """Return the one-word names the article gives a thing ("The factory is widely known as
    Zanon", "locals call the square Maidan"): after that, "the workers of Zanon" and "the
    Zanon factory" name the thing, not Luis Zanon, its owner, whose surname it may be."""
    return frozenset(
        name.text for doc in docs for name in doc
        if name.pos_ == "PROPN" and _named_thing(name)
    )  # fmt: skip


def _named_thing(name: Any) -> bool:
    """Tell whether a proper noun is the name a clause gives a common noun's thing: "the
    factory is known as Zanon" (its passive subject), "call the square Maidan" (its object)."""
    roles: tuple[str, ...]
    if name.dep_ == "pobj" and name.head.lower_ == "as":
        verb, roles = name.head.head, ("nsubjpass",)
    elif name.dep_ == "oprd":
        verb, roles = name.head, ("dobj", "nsubjpass")
    else:
        return False
    if verb.tag_ != "VBN" and name.dep_ == "pobj":
        return False  # "works as Zanon's deputy", "spoke as Smith": no naming
    return any(c.dep_ in roles and c.pos_ == "NOUN" for c in verb.children)


def sentence_places(sentence: Any, persons: frozenset[str]) -> frozenset[str]:
    """Return the names a sentence's parse calls places that may be places: one the
    gazetteer knows ("the national team of Jordan"), unless the article names a person by it
    more often (`lone_persons`); "Lukaku scored a third goal", which the model may call a
    place, names no country, state or city, so it is the article's Romelu Lukaku."""
    return frozenset(
        e.text for e in ents_of(sentence)
        if e.label_ in ("GPE", "LOC") and e.text not in persons and _known_place(e.text)
    )  # fmt: skip


def _known_place(name: str) -> bool:
    """Tell whether the gazetteer knows a name as a country, a state or a large city."""
    folded = normalise(name.removeprefix("the ").removeprefix("The "))
    return folded in countries() or folded in states() or folded in cities() or dotted_country(name)
