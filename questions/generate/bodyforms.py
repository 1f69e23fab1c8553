"""One body under two names: a long name and the short one the article brackets after it.

Blind review of round 24 found "By which organization is the conference sponsored?" offering
"Georgia Institute of Technology" as a wrong option where the article lists "Georgia Tech"
among the sponsors and said before "the Georgia Institute of Technology (Georgia Tech)": one
body, so the rival was a second right answer. A name followed by a bracketed short name of
its own ("Acme Institute of Technology (Acme Tech)", "World Health Organization (WHO)") makes
the two names one body's: a list item under one form makes the other a true answer, never a
rival, and the two forms are never both shown. A body so named is no person either, whatever
"sponsored by Acme Tech" suggests.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.textsearch import says
from questions.schema import normalise

Bodies = Mapping[str, frozenset[str]]
# The model's labels for a body: a university may be a facility to it ("at Acme College")
_BODY_LABELS = frozenset({"ORG", "FAC"})
# Labels a bracketed name has that make it no other name of the body: "(Geneva)", "(2008)"
_NOT_NAMES = frozenset({"GPE", "LOC", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})
_SHORT_WORDS = 4  # a short name is short: more is a note in brackets


def fold(name: str) -> str:
    """Return a name folded for comparison, without its "the" and full stops."""
    return normalise(name).removeprefix("the ").replace(".", "")


def _short_name(body: Any) -> Any:
    """Return the bracketed name right after a body's name that is its short name, or None:
    capitalised words sharing a word with the long name ("(Acme Tech)"), or capitals opening
    with the long name's first letter ("(WHO)")."""
    doc = body.doc
    if body.end + 2 >= len(doc) or doc[body.end].text != "(":
        return None
    close = next((t.i for t in doc[body.end + 1 : body.end + 2 + _SHORT_WORDS]
                  if t.text == ")"), None)  # fmt: skip
    if close is None or close == body.end + 1:
        return None
    short = doc[body.end + 1 : close]
    if not all(t.text[:1].isupper() and t.is_alpha for t in short):
        return None
    if any(t.ent_type_ in _NOT_NAMES for t in short):
        return None  # "the Red Cross (Geneva)": where it is, not what it is called
    # not a sentence's opening "The": "The World Health Organization (WHO)" opens with W
    long_words = [t for t in body if t.text[:1].isupper() and t.lower_ != "the"]
    if not long_words:
        return None
    shared = {t.lower_ for t in short} & {t.lower_ for t in long_words}
    capitals = len(short) == 1 and short.text.isupper() and len(short.text) > 1
    if shared and len(short) < len(long_words):
        return short  # "Acme Tech" of "Acme Institute of Technology"
    if capitals and (short.text[0] == long_words[0].text[0] or _initials(short.text, long_words)):
        return short  # "WHO" of "World Health Organization", "EPA" of "U.S. … Agency"
    return None


def _initials(capitals: str, words: list[Any]) -> bool:
    """Tell whether capitals are initials of the long name's words, in order, some words
    skipped ("EPA" of "United States Environmental Protection Agency")."""
    left = iter(t.text[0] for t in words)
    return all(letter in left for letter in capitals)


def body_forms(sentences: Iterable[Any]) -> Bodies:
    """Map each folded name of a body the article names twice over ("Acme Institute of
    Technology (Acme Tech)") to the folded names of that body: both forms, either way."""
    forms: dict[str, set[str]] = {}
    for sentence in sentences:
        for ent in ents_of(sentence):
            if ent.label_ not in _BODY_LABELS:
                continue
            short = _short_name(ent)
            if short is None:
                continue
            names = {fold(ent.text), fold(short.text)}
            for name in list(names):
                names |= forms.get(name, set())
            for name in names:
                forms[name] = names
    return {name: frozenset(names) for name, names in forms.items()}


def other_forms(name: str, bodies: Bodies) -> frozenset[str]:
    """Return the body's other folded names for a name, none when it has no other."""
    folded = fold(name)
    return bodies.get(folded, frozenset()) - {folded}


def named_otherwise(option: str, bodies: Bodies, taken: Iterable[str], source: str) -> bool:
    """Tell whether an option's body is the key, or said in the question's folded source
    sentence, under another of its names: the option is then a right answer too."""
    others = other_forms(option, bodies)
    return bool(others & set(taken)) or any(says(source, form) for form in others)


def bodies_named(per_sentence: list[list[Fact]], bodies: Bodies) -> list[list[Fact]]:
    """Call a body's every name an organisation, though a mention reads like a person's
    ("sponsored by Acme Tech" of "Acme Institute of Technology (Acme Tech)"): asked "by whom"
    beside people, its rivals would be of another kind than the key."""
    return [[replace(f, kind="organization", label="ORG", subtype="")
             if f.kind in ("person", "name") and fold(f.text) in bodies else f for f in found]
            for found in per_sentence]  # fmt: skip
