"""Stage 4f: ask where a named place of the article is: "the Museum of Flight in Seattle".

A name followed by "in <city>" says where that museum, centre or base is. Fronting
"where" over the clause would misread it: "Where was the Museum of Flight proposed as
another location?" asks where the proposal was made. The question is asked of the name
itself: "In which city is the Museum of Flight?". Only a site is asked: a name whose last
word is a common noun ("Museum", "Center", "Base", not "Goldman Sachs"), as the subject or
where something goes or is ("to", "at"): "the meeting of the SCO in Dushanbe" says where
the meeting was.

A "where" question whose key is a venue named after its city ("Where did Sweden face South
Korea?" for "at the Nizhny Novgorod Stadium") is answered by the city: a day of a tournament
names three stadiums, too few to be options for one another; its cities, and the
gazetteer's of the same country, are plenty. A name of a city and one common noun
("Volgograd Arena") stands in that city; one the article places elsewhere ("… Arena in
Sochi") is left as it is, and so is a blank (only "where" asks the place, not the name).
"""

from __future__ import annotations

import re
from dataclasses import replace as changed
from typing import Any

from questions.generate.barenames import takes_the
from questions.generate.compiled import pattern
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.kinds import kind_word
from questions.generate.optionkinds import COMMON_ZIPF
from questions.generate.pools import place_kind, zipf
from questions.generate.render import join
from questions.generate.spellings import large_cities
from questions.generate.stems import Stem
from questions.generate.whphrase import place_wh
from questions.schema import normalise

Span = Any
Token = Any
_SITED = frozenset({"ORG", "FAC"})  # bodies and buildings stay where they are
_TO_SITES = frozenset({"to", "at", "into", "from"})  # "sent to the … Center in Los Angeles"


def located_question(
    sentence: Span, fact: Fact, replace: dict[int, str], *, subject_only: bool = False
) -> Stem | None:
    """Write "In which city is <the named body>?" for "<the named body> in <city>", or None
    when the place does not follow such a name (`subject_only`: a name that is the subject,
    where fronting "where" would misread the clause)."""
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    wh = place_wh(fact) if fact.kind == "place" else None
    prep = root.head
    if wh is None or root.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
        return None
    names = [e for e in ents_of(doc) if e.end == prep.i and e.label_ in _SITED] or _untagged(prep)
    if not names or not names[0].start <= prep.head.i < names[0].end:
        return None  # "the situation in Afghanistan": no named body
    head = names[0].root
    if subject_only and head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    item = head
    while item.dep_ == "conj":  # "to the National Museum …, the … Center in Huntsville, …"
        item = item.head
    if not subject_only and not (item.dep_ == "pobj" and item.head.lower_ in _TO_SITES):
        return None  # "the meeting of the SCO in Dushanbe": where the meeting was, not the SCO
    if zipf(head.lower_) < COMMON_ZIPF:
        return None  # "Goldman Sachs in London": a firm's office; "the … Museum" is a site
    words = [t for t in names[0] if t.lower_ != "the"]
    if len(words) < 2 or any(t.i in replace for t in words):
        return None  # "the Center": a name of one word says too little to ask where it is
    if any(place_kind(t.text) in ("state", "country") for t in words):
        return None  # "the California Science Center": its name says where (review 9)
    first = doc[words[0].i - 1]
    # "from University of Glasgow": the article's shorthand; a question says "the University"
    the = "the" if first.lower_ == "the" or takes_the(join(words)) else ""
    return Stem(join([f"In {wh} is", the, *words]) + "?", "wh", "rule:place-located")


def _untagged(prep: Token) -> list[Span]:
    """Return the name before "in" that the model tagged as no entity but the parse shows as
    one, words that are all proper nouns ("the Intrepid Sea-Air-Space Museum in New York
    City"), or nothing."""
    head = prep.head
    doc = head.doc
    start = head.left_edge.i + (head.left_edge.lower_ == "the")
    words = doc[start : head.i + 1]
    if head.i != prep.i - 1 or any(t.ent_type_ for t in words):
        return []
    if not all(t.pos_ == "PROPN" or t.tag_ == "HYPH" for t in words):
        return []
    return [words]


_WHERE = re.compile(r"(?:^|\n|, )[Ww]here\b")


def asks_where(stem: str) -> bool:
    """Tell whether a question asks "where"."""
    return _WHERE.search(stem) is not None


def venue_city(fact: Fact, stem: Stem, text: str) -> Fact:
    """Return the city a "where" question's venue key is named after, as the key, or the
    fact itself."""
    if fact.kind != "place" or fact.subtype != "place" or stem.form != "wh":
        return fact
    if not asks_where(stem.text):
        return fact
    city = city_named(fact.text)
    if not city:
        return fact  # "Fisht Stadium", "Kennedy Space Center": no city in the name
    if pattern(rf"(?<!\w){re.escape(fact.text)},? (?:in|at) [A-Z]").search(text):
        return fact  # "the … Arena in Sochi": the article places it itself
    return changed(fact, text=city, subtype="city")


def city_named(name: str) -> str:
    """Return the large city a name of that city and one common noun stands in ("Volgograd
    Arena": Volgograd), or "" ("Luzhniki Stadium": a district of Moscow shares the name of a
    small town)."""
    words = name.split()
    city = " ".join(words[:-1])
    if len(words) < 2 or not kind_word(words[-1]) or normalise(city) not in large_cities():
        return ""
    return city


def key_placed(sentence: Span, fact: Fact) -> frozenset[int]:
    """Return the words placing a site's name ("… Center (KSC) in Cape Canaveral, Florida"):
    a blank so placed leaves no other site of the article as an option (each stands
    elsewhere), while the sentence without them is true of the site all the same."""
    doc = sentence.doc
    at = fact.end
    if at + 2 < sentence.end and doc[at].text == "(" and doc[at + 2].text == ")":
        at += 3  # the name's acronym, said in brackets, goes with its place
    if at >= sentence.end or doc[at].lower_ != "in" or doc[at].dep_ != "prep":
        return frozenset()
    words = sorted(t.i for t in doc[at].subtree)
    if words != list(range(at, words[-1] + 1)) or words[-1] >= sentence.end:
        return frozenset()  # not one phrase: "in" governs more than its place
    place = [doc[i] for i in words[1:] if not doc[i].is_punct]
    if not place or any(t.ent_type_ not in ("GPE", "LOC", "FAC") for t in place):
        return frozenset()  # "in the wake of …", "in 1981": no place
    return frozenset(range(fact.end, words[-1] + 1))


def body_place(sentence: Span, fact: Fact, stem: str) -> str | None:
    """Refuse "where" of a place set off by a comma after a body's name ("led by … of the
    National Research Center (CSIC), in Madrid, Spain, had been excavating the tomb"): the
    place says where the body is, not where the clause's deed was done, however the parse
    hangs it on the verb."""
    doc = sentence.doc
    prep = fact.start - 1
    if fact.kind != "place" or prep < sentence.start + 2 or not asks_where(stem):
        return None
    if doc[prep].lower_ not in ("in", "at") or doc[prep - 1].text != ",":
        return None
    named = doc[prep - 2]
    if named.text == ")":  # the body's acronym or own-language name in brackets
        opened = [t for t in doc[sentence.start : named.i] if t.text == "("]
        named = doc[opened[-1].i - 1] if opened and opened[-1].i > sentence.start else named
    if named.ent_type_ in _SITED:
        return f"the place is where {named.text} is, not where it happened"
    return None
