"""The kind the stem itself gives the key: "Which organization's scandal continued … with
the company announcing …?" says the answer is a company; an agency, a university or a council
beside it is ruled out by the stem's own noun, and the one company among them is the key
(review of fresh17, the Volkswagen emissions scandal).

A body noun the stem says bare ("the company", "the agency", "the party", "the university")
is the key's when the key's own kind is that noun, or when the key's kind is unknown (a bare
name such as "Volkswagen"); a key of another known kind ("the agency" … "the company" it
investigates) leaves the noun to someone else. An option whose own kind is known and is no
kind of that noun in WordNet (the noun itself, a narrower kind, or one WordNet files beside
it: "college" for "university") cannot stand beside the key; a bare name may.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import cache

from questions.generate.bodykinds import alike_bodies, body_words
from questions.generate.hypernyms import is_kind_of
from questions.generate.kinds import kind_of
from questions.generate.wordnet import senses

_LEVELS = 6  # deep enough for "carmaker" under "manufacturer" under "business"
# "the company announcing": a bare common noun after "the", not "the Company X" or a blank
_THE_NOUN = re.compile(r"\b[Tt]he ([a-z]+)\b(?! [A-Z_])")


def stem_kinds(stem: str) -> frozenset[str]:
    """Return the body nouns the stem says bare after "the" ("the company": company); none
    wider than a kind ("the body", "the group", "the organization" say nothing)."""
    return frozenset(n for n in _THE_NOUN.findall(stem) if _body_noun(n))


@cache
def _body_noun(word: str) -> bool:
    """Tell whether a word names a kind of organisation narrower than any ("company"), not
    a gathering ("the crowd", "the audience": people, not the key's kind)."""
    organization = frozenset(senses("organization")[:1])
    return word in body_words(word) and is_kind_of(senses(word), organization, _LEVELS)


@cache
def _is_kind(kind: str, noun: str) -> bool:
    """Tell whether a kind word is the noun, a narrower kind of it, or a body WordNet files
    beside it ("college" for "university")."""
    if kind == noun or alike_bodies(kind, noun):
        return True
    return is_kind_of(senses(kind), frozenset(senses(noun)), _LEVELS)


def other_kind_said(option: str, key: str, stem: str, kinds: Mapping[str, str]) -> bool:
    """Tell whether the stem's own noun for the key ("the company") rules out an option of
    another known kind ("EPA", an agency)."""
    said = stem_kinds(stem)
    if not said:
        return False
    ours, theirs = kind_of(key, kinds), kind_of(option, kinds)
    if not theirs:
        return False  # a bare name may be a company as much as the bare key is
    for noun in said:
        if ours and not _is_kind(ours, noun):
            continue  # "the agency … the company": the noun is another's, not the key's
        if not _is_kind(theirs, noun):
            return True
    return False
