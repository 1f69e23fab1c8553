"""A body or place a named person's office is "of", asked by the office.

"Tom Hale, chairman of the Water Board, told reporters …" keeps the board inside the
apposition, where no wh-phrase can be fronted from; the apposition itself states a fact the
sentence makes: "Of which organization was Tom Hale the chairman?". The office must be an
office-holder's noun by WordNet ("chairman", "governor", "First Minister"; never "member" or
"fan", one of many: "the member" is no office), the apposition nothing but that office and
its "of" phrase, and the name the article's own full name.
"""

from __future__ import annotations

from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.kinds import head_kind
from questions.generate.render import join
from questions.generate.stems import Stem
from questions.generate.whphrase import WH_OF_KIND, place_wh
from questions.generate.wordnet import PERSON_FILE, senses, synset

Span = Any
Token = Any
_MODIFIERS = frozenset({"amod", "compound", "det"})  # "the former", "executive", "vice"
# WordNet 3.0 person synsets of whoever holds an office: leader ("chairman", "governor"),
# head ("a person who is in charge"), official, representative ("minister"), administrator,
# ruler; never one of many a body has ("member", "supporter", "fan", "citizen")
_HOLDERS = frozenset(
    {"09623038", "10162991", "10372373", "10522035", "09770949", "09770472", "10541229"}
)
_HOLDER_LEVELS = 8  # how far up the hypernyms an office may sit under one


def office_noun(lemma: str) -> bool:
    """Tell whether a noun has a sense of one holding an office ("chairman", "minister"),
    not of one among a body's many ("member", "resident", "fan")."""
    people = [o for o in senses(lemma) if (e := synset(o)) is not None and e.lexfile == PERSON_FILE]
    return is_kind_of(people, _HOLDERS, _HOLDER_LEVELS, frozenset({"@", "@i"}))


def _wh(fact: Fact) -> str | None:
    """Return "which organization" (or its named kind: "which party"), or a place's kind."""
    if fact.kind == "place":
        return place_wh(fact)
    if fact.kind == "organization":
        named = head_kind(fact.text)
        return f"which {named}" if named else WH_OF_KIND["organization"]
    return None


def _office(office: Token, prep: Token) -> list[Token] | None:
    """Return the office's words without its "of" phrase ("the former governor"), or None
    when the apposition says more (a clause, a second office, words after the body)."""
    words = [t for t in office.subtree if t.i not in {w.i for w in prep.subtree}]
    if any(t.i > office.i for t in words):
        return None  # "chairman of the board and its founder": more than one office
    if any(t.head.i == office.i and t.dep_ not in _MODIFIERS for t in words if t.i != office.i):
        return None
    if any(t.dep_ == "det" and t.head.i == office.i and t.lower_ != "the" for t in words):
        return None  # "a member of the party": one of many, not "the member"
    return [t for t in words if t.dep_ != "det" or t.head.i != office.i]


def _person(office: Token) -> Span | None:
    """Return the full name the office is set beside ("Tom Hale, chairman of …" or
    "Chairman of …, Tom Hale"), or None."""
    other = office.head if office.dep_ == "appos" else None
    if other is None:
        other = next((c for c in office.children if c.dep_ == "appos"), None)
    if other is None or other.pos_ != "PROPN" or other.ent_type_ != "PERSON":
        return None
    return next((e for e in ents_of(office.doc) if e.start <= other.i < e.end), None)


def office_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "Of which organization was X the chairman?" for a body a person's office is
    of, or None."""
    doc = sentence.doc
    root = doc[fact.start : fact.end].root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    office = prep.head
    if office.pos_ not in ("NOUN", "PROPN") or not office_noun(office.lemma_.lower()):
        return None
    if any(t.i not in range(fact.start, fact.end) and t.dep_ != "det" for t in root.subtree):
        return None  # "of the Polish city of …": the place's own phrase
    wh, words, person = _wh(fact), _office(office, prep), _person(office)
    if wh is None or words is None or person is None:
        return None
    if any(fact.start <= t.i < fact.end or t.i in replace for t in [*words, *person]):
        return None
    said = join(words, replace)
    said = said[:1].lower() + said[1:] if words[0].pos_ != "PROPN" else said
    return Stem(f"Of {wh} was {person.text} the {said}?", "wh", f"rule:{fact.kind}-office-of")
