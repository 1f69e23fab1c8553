"""A place the model found in a person's name: "Lai's seven-storey brothel" (Lai, a town in
Chad, to the gazetteer) of an article about Lai Changxing; "Miller forced Newton to fumble"
(Newton, a town) of one that names Cam Newton. Asked as a place ("In which city …?", "Which
city did Miller force to fumble?") the key is a person and the options towns.

A one-word place that is a word of a name the article gives a person in full is that person:
where the article also names them by that word alone it is asked as them, else not at all.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace as changed

from questions.generate.facts import Fact
from questions.generate.wordnet import senses, synset

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|(?:[A-Z]\.)+)$")  # "Changxing", "O'Neil", "T."
_LONGEST = 3  # "Cam Newton", "Brandon Scott McManus"; a longer "person" is a description
_PERSON = 18  # WordNet's noun.person
# a country or state ("Jordan", "Georgia") the model calls so is dropped, never made a person:
# the article may name both the place and someone of that name
_REGIONS = frozenset({"country", "state"})


def _title(word: str) -> bool:
    """Tell whether a word's commonest WordNet sense is a noun for what someone is, written
    lower-case ("governor"), not a famous person of that name ("Newton": Isaac Newton)."""
    found = senses(word.lower())
    first = synset(found[0]) if found else None
    return first is not None and first.lexfile == _PERSON and first.lemmas[0][:1].islower()


def _name_words(facts: list[Fact]) -> set[str]:
    """Return the words of the names the model gives people in full: two or three capitalised
    words, none a noun for what someone is ("Governor" of "Florida Governor Rick Scott")."""
    words: set[str] = set()
    for fact in facts:
        said = fact.text.split()
        if fact.label != "PERSON" or not 1 < len(said) <= _LONGEST:
            continue
        if all(_NAME_WORD.match(w) and not _title(w) for w in said):
            words.update(said)
    return words


def person_places(per_sentence: list[list[Fact]]) -> list[list[Fact]]:
    """Ask a one-word place that is a word of a person's full name as that person when the
    article names them by the word alone too ("Lai"), and drop it otherwise ("Newton" of
    "Cam Newton", never said alone as a person): never a place, never a place's option."""
    facts = [f for found in per_sentence for f in found]
    words = _name_words(facts)
    said: dict[str, Counter[str]] = {}  # the kind the model gives the name said alone
    for fact in facts:
        if fact.label == "PERSON" and " " not in fact.text and fact.text in words:
            said.setdefault(fact.text, Counter())[fact.kind] += 1
    kinds = {text: kinds.most_common(1)[0][0] for text, kinds in said.items()}
    out = []
    for found in per_sentence:
        kept = []
        for fact in found:
            if fact.kind != "place" or fact.label not in _PLACE_LABELS or fact.text not in words:
                kept.append(fact)
            elif fact.text in kinds and fact.subtype not in _REGIONS:
                kept.append(changed(fact, kind=kinds[fact.text], label="PERSON", subtype=""))
        out.append(kept)
    return out
