"""A place the article names by a unit smaller or other than a city or country: "the
Kreuzberg district of Berlin", "the borough of Camden", "the Kent county".

A code review found cities offered beside a district: "In which city's district of Berlin
…?" with Kreuzberg among Augsburg, Leipzig and Hamburg. The unit noun says what kind of place
the key is; its options are the article's other places of that unit ("the Neukolln
district"), or none (no pool holds a city's districts), and the question asks "which
district", not whose.

A blind review (64) found Rwanda's towns offered for a Kenyan province: "reported in the
provinces of _____, Rift Valley, North Eastern and Western", keyed Nyanza (a Rwandan town's
name too, so the gazetteer took it for one). A plural unit heading a list of names ("the
provinces of A, B and C") names each of them by that unit: its options are the article's
other places of the unit ("Coast Province"), or none.
"""

from __future__ import annotations

import re
from typing import Any

from lemminflect import getAllLemmas
from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.compiled import pattern
from questions.generate.wordnet import lemma_text, senses, synset

Token = Any
_DEPTH = 6  # how far up WordNet's first-sense hypernyms "region" may sit
_REGION = "region"  # district, borough, county, province, suburb: parts of a land
# A city or town is a municipality: the gazetteer's own kind, not a unit within one
_MUNICIPAL = frozenset({"municipality", "geographical_area"})
_NAME = r"([A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2})"
# the names of a list before the key's: "the provinces of Nyanza, Rift Valley and _____"
_LISTED = r"(?:[A-Z][\w'-]*(?: [A-Z][\w'-]*){0,2}(?:,| and|, and) )*"


def _written_senses(word: str) -> tuple[str, ...]:
    """Return a noun's WordNet senses as the text writes it: a word in lower case is no name
    WordNet writes only in capitals ("who" is not the WHO, "it" not IT)."""
    found = senses(word)
    if not word.islower():
        return found
    return tuple(o for o in found if (e := synset(o)) is not None and not _capitals_only(word, e))


def _capitals_only(word: str, entry: Any) -> bool:
    """Tell whether a synset writes a word only as an all-capital acronym ("WHO")."""
    spelled = [lemma_text(lemma) for lemma in entry.lemmas if lemma_text(lemma).lower() == word]
    return bool(spelled) and all(s.isupper() for s in spelled)


def hypernym_lemmas(lemma: str) -> list[str]:
    """Return a noun's first-sense WordNet hypernym chain, its own sense first, as lemmas."""
    lemmas: list[str] = []
    found = _written_senses(lemma)[:1]
    for _ in range(_DEPTH):
        entry = synset(found[0]) if found else None
        if entry is None:
            break
        lemmas.extend(entry.lemmas)
        found = tuple(target for symbol, target in entry.pointers if symbol == "@")[:1]
    return lemmas


def unit_noun(word: str, subtype: str) -> bool:
    """Tell whether a lower-case noun names a unit of land other than the key's gazetteer
    kind ("district", "borough", "county" for a city; not "city", "town" or a state's
    "state")."""
    if not word.isalpha() or not word.islower():
        return False
    chain = hypernym_lemmas(word)
    return _REGION in chain and not _MUNICIPAL & set(chain) and subtype not in chain


def named_unit(name: Token, noun: Token, subtype: str) -> bool:
    """Tell whether a noun a place name owns is the unit that name names: "the Kreuzberg
    district", "the district of Kreuzberg"; not "the Kreuzberg district of Berlin" for Berlin."""
    other = any(c.dep_ == "compound" and c.i != name.i for c in noun.children)
    return not other and unit_noun(noun.lower_, subtype)


def place_unit(key: str, text: str, subtype: str) -> str | None:
    """Return the unit noun the text names a place by ("the Kreuzberg district", "the
    district of Kreuzberg"), or None."""
    name = re.escape(key)
    after = pattern(rf"(?<![\w-]){name} ([a-z]+)\b(?: ([a-z]+)\b)?").search(text)
    if after is not None and _compound(after.group(2)):
        after = None  # "the Berlin district court": a court; "district of", "district was"
    for found in (after, pattern(rf"\bthe ([a-z]+) of {_LISTED}{name}(?![\w-])").search(text)):
        if found is None:
            continue
        noun = _singular(found.group(1))  # "the provinces of Nyanza, …": a province
        if unit_noun(noun, subtype):
            return noun
    return None


def _singular(word: str) -> str:
    """Return a plural noun's singular ("provinces": "province"), else the word as it is."""
    lemmas = getAllLemmas(word).get("NOUN", ())
    return lemmas[0] if lemmas and lemmas[0] != word else word


def _compound(word: str | None) -> bool:
    """Tell whether the word after a unit noun makes it a compound's modifier ("district
    court", "district residents"): a noun, and no inflected verb ("offered") nor a function
    word ("of", "was")."""
    if not word or word in STOP_WORDS:
        return False
    lemmas = getAllLemmas(word)
    return "NOUN" in lemmas and all(verb == word for verb in lemmas.get("VERB", ()))


def unit_places(key: str, text: str, unit: str) -> list[str]:
    """Return the article's other places named by the same unit ("the Neukolln district",
    "the district of Mitte"), in the order it says them."""
    # "Coast Province" too: a unit written as part of the name
    units = f"(?:{unit}|{unit.capitalize()})"
    found = [
        said.group(1)
        for said in pattern(rf"\b(?:[Tt]he )?{_NAME} {units}\b(?: ([a-z]+)\b)?").finditer(text)
        if not _compound(said.group(2))  # no "Berlin district court"
    ]
    found += pattern(rf"\b[Tt]he {unit} of {_NAME}").findall(text)  # not "… district of Berlin"
    return list(dict.fromkeys(name for name in found if name != key and name != "The"))
