"""A count that meaning fixes at two: "two adults can marry", "a duel between two players".

Marrying, divorcing, dating, pairing off and duelling are done by two people, and a relation
"between the two sides" is one of two: "_____ adults can marry" asks a count no reader could
get wrong, and "five" or "six" beside it are absurd. Such a count is refused. The verbs are
WordNet's, by their commonest sense: "marry" and its kinds ("remarry"), "divorce, split
up", "pair off", "date", "duel"; never "meet", which any number of people do. A noun that is
itself a pair ("_____ couples married") is counted freely: a hundred couples may wed.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.verbfiles import sense_offsets, verb_parents
from questions.generate.wordnet import senses

# Verb synsets of a deed done by two: "marry, get married, wed", "divorce, split up",
# "pair off, couple", "date", "go steady, go out", "duel"
_DONE_BY_TWO = frozenset({"02488834", "02490634", "02490430", "02485844", "02486232", "01121948"})
# Noun synsets of a pair: "pair, brace", "couple, twosome, duo", "couple, mates, match"
_PAIRS = frozenset({"07985223", "07985628", "07988857"})
_LEVELS = 4  # verb hypernym steps: "remarry" > "marry"
# The deed's doers, done together: "two adults can marry"; an object is one of many a
# subject may marry in turn ("Henry married six women"), no pair
_DOERS = frozenset({"nsubj", "nsubjpass"})
_RECIPROCAL = frozenset({"other", "another"})  # "married each other", "one another"


@lru_cache(maxsize=1024)
def done_by_two(lemma: str) -> bool:
    """Tell whether a verb's commonest sense is a deed two people do together ("marry",
    "remarry", "divorce"; not "meet")."""
    found = sense_offsets(lemma)[:1]
    for _ in range(_LEVELS):  # every parent: a verb synset may have two
        if any(o in _DONE_BY_TWO for o in found):
            return True
        found = tuple(p for o in found for p in verb_parents(o))
    return False


def _two(fact: Fact) -> bool:
    """Tell whether a count key is two."""
    return fact.kind == "count" and fact.text.lower() in ("two", "2")


def paired_count(sentence: Any, fact: Fact) -> str | None:
    """Say when a count key of two counts the people of a deed two do ("two adults can
    marry") or the parties of a relation "between" them ("between the two countries"):
    meaning fixes it, and every other count is absurd in its place."""
    if not _two(fact):
        return None
    root = sentence.doc[fact.start : fact.end].root
    counted = root.head
    if root.dep_ != "nummod" or counted.pos_ not in ("NOUN", "PROPN"):
        return None
    if is_kind_of(senses(counted.lemma_.lower()), _PAIRS, _LEVELS):
        return None  # "two couples married": each a pair, their number free
    if counted.dep_ == "pobj" and counted.head.lower_ == "between":
        return "a relation between parties: two by meaning"
    verb = counted.head
    if counted.dep_ not in _DOERS or verb.pos_ != "VERB" or not done_by_two(verb.lemma_):
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ not in _RECIPROCAL]
    return None if objects else "a deed two people do together: two by meaning"
