"""Ailments a sentence names after a preposition: what someone died of, suffers from, or was
treated for.

"Brady died after a battle with pneumonia" and "treatment for prostate cancer" carry the
disease in a preposition's phrase, never the main verb's object, yet the illness is what a
teacher asks. A noun is taken so only where WordNet files its one sense under illness or
infection (a disease, a cancer), and the preposition is one that ties an illness to its
patient ("of", "from", "with", "for"); a negated clause ("did not die of …") is left.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from questions.generate.wordnet import senses, synset

Token = Any
_PARENT = frozenset({"@", "@i"})
# WordNet's "illness" (diseases, cancers) and "infection" (malaria): what a patient has.
_AILMENTS = ("illness", "infection")
_PREPS = frozenset({"of", "from", "with", "for"})
_DEPTH = 8  # "prostate cancer" sits six levels below "illness"; deeper is another thing


@cache
def _ailment_offsets() -> frozenset[str]:
    """Return the synset offsets of the kinds an ailment falls under (their first sense)."""
    return frozenset(found[0] for lemma in _AILMENTS if (found := senses(lemma)))


def is_ailment(lemma: str) -> bool:
    """Tell whether a noun's one WordNet sense is an illness or infection ("pneumonia")."""
    found = senses(lemma)
    return len(found) == 1 and ailment_kind(found[0])


def ailment_kind(offset: str) -> bool:
    """Tell whether a synset is an illness or infection, or a kind of one ("carcinoma")."""
    wanted = _ailment_offsets()
    level = {offset}
    for _ in range(_DEPTH):
        if level & wanted:
            return True
        level = {t for o in level if (e := synset(o)) for s, t in e.pointers if s in _PARENT}
    return False


def _negated(word: Token) -> bool:
    """Tell whether a word or the verb above it is negated ("not", "never")."""
    return any(c.dep_ == "neg" for t in (word, word.head) for c in t.children)


def ailment_object(noun: Token, lemma: str) -> bool:
    """Tell whether a noun names an ailment as a preposition's object that ties it to its
    patient ("died of _____", "suffering from _____", "treatment for _____")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in _PREPS:
        return False
    return is_ailment(lemma) and not _negated(prep.head)
