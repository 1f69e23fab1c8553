"""A country asked by its officeholder's office: no rival whose form of state has no such office.

"President Barack Obama of the _____" keyed the United States beside the United Kingdom,
which has no president: the reader strikes it out unread. WordNet says both what an office
belongs to and what a country is. A title's person senses gloss it ("president": "the chief
executive of a republic"; "king": "ruler of a kingdom"), and a country's gloss opens with its
form ("a monarchy in northwestern Europe …", "a republic in western Europe", "a parliamentary
monarchy …"). A form is a word with a sense that is, or sits under, WordNet's republic or
monarchy ("kingdom": "a monarchy with a king or queen as head of state"). A rival whose one
form is not the office's is struck; an office both have ("prime minister"), a country glossed
only as "a nation" or "a federation", or one of two forms (Israel, a republic and an ancient
kingdom) is left alone.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.hypernyms import climb
from questions.generate.nationwords import person_title
from questions.generate.wordnet import PERSON_FILE, lemma_text, senses, synset

Token = Any
# WordNet 3.0 noun synsets: republic ("a political system in which the supreme power lies in
# a body of citizens …", "a form of government whose head of state is not a monarch") and
# monarchy ("an autocracy governed by a monarch …")
_FORMS = {"08361329": "republic", "08362917": "republic", "08363812": "monarchy"}
_DEPTH = 6  # how far up the hypernyms a form may sit
_PLACE_FILE = 15  # noun.location: countries
# WordNet's "country, state, land": a country of today sits under it, never "a former empire
# in eastern Europe" (Russia's tsars: no form of today's Russia)
_COUNTRY = "08544813"
_OWNED = frozenset({"poss", "compound"})  # "the _____'s president", "_____ President X"


def _ancestors(offset: str) -> set[str]:
    """Return a noun synset and the synsets it is a kind or an instance of, up to `_DEPTH`."""
    return {o for level in climb([offset], _DEPTH + 1, ("@", "@i")) for o in level}


@lru_cache(maxsize=4096)
def _word_forms(word: str) -> frozenset[str]:
    """Return the forms of state a lower-case word of a gloss names ("kingdom": monarchy)."""
    if not word.isalpha() or not word.islower():
        return frozenset()  # "the United Kingdom" of a gloss names a country, not a form
    reached = {o for offset in senses(word) for o in _ancestors(offset)}
    return frozenset(_FORMS[o] for o in reached if o in _FORMS)


def _gloss_forms(text: str) -> set[str]:
    """Return the forms of state the words of a gloss name."""
    return {form for word in text.replace("(", " ").replace(")", " ").split()
            for form in _word_forms(word.strip(",.;:"))}  # fmt: skip


@lru_cache(maxsize=1024)
def office_form(title: str) -> str:
    """Return the one form of state an office's person senses name ("President": republic,
    "king": monarchy), or "" ("prime minister", "chairman": none, or both)."""
    entries = [synset(o) for o in senses(title)]
    people = [e for e in entries if e is not None and e.lexfile == PERSON_FILE]
    forms = {form for e in people for form in _gloss_forms(e.definition)}
    return forms.pop() if len(forms) == 1 else ""


@lru_cache(maxsize=1024)
def country_form(name: str) -> str:
    """Return the one form of state WordNet's gloss of a country opens with ("United
    Kingdom": monarchy, "France": republic), or ""."""
    forms: set[str] = set()
    for offset in senses(name):
        entry = synset(offset)
        if entry is None or entry.lexfile != _PLACE_FILE or _COUNTRY not in _ancestors(offset):
            continue
        if not any(lemma_text(lemma) == name for lemma in entry.lemmas):
            continue
        forms |= _gloss_forms(entry.definition.split(";", 1)[0])  # "…; formerly a kingdom"
    return forms.pop() if len(forms) == 1 else ""


def _titles(place: Token) -> list[Token]:
    """Return the words of the office a country key is the country of: the title of the
    person of its "of" ("President Barack Obama of _____"), or the office noun itself
    ("the president of _____", "the _____'s king")."""
    head = place.head
    if place.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif place.dep_ not in _OWNED:
        return []
    ent = next((e for e in ents_of(head.doc) if e.start <= head.i < e.end), None)
    if ent is not None and ent.label_ == "PERSON":
        return [t for t in person_title(ent) if t.pos_ in ("NOUN", "PROPN")]
    return [head] if head.pos_ in ("NOUN", "PROPN") and head.ent_type_ == "" else []


def office_clash(option: str, place: Token) -> bool:
    """Tell whether a country option has a form of state the key's office does not belong
    to ("President … of the _____": not the United Kingdom, a monarchy)."""
    forms = {office_form(t.lemma_.lower()) for t in _titles(place)} - {""}
    if len(forms) != 1:
        return False
    theirs = country_form(option)
    return bool(theirs) and theirs not in forms
