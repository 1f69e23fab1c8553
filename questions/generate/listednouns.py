"""Which sense a common noun has, where WordNet knows several: the one its list's kind says.

WordNet knows "milk" as a food, a body fluid and a river, so a noun asked by its sisters is
asked only where it has one sense. A list says more: in "comes from seafood, milk and salt"
seafood has one sense, a food, so the milk beside it is the food too (cheese, butter, yogurt
its rivals), its commonest sense of that kind. The other items whose one sense is a thing
with rivals must all be of one kind, and the listed noun must have a sense of it. A listed
noun whose sense is so known is asked as one item of its list, the other items shown
(`library.pooled`): its options are sisters the article never says, so the key alone fits.
"""

from __future__ import annotations

from typing import Any

from questions.generate.coordination import conjuncts
from questions.generate.facts import Fact
from questions.generate.wordnet import Synset, senses, synset

Token = Any
# Lexicographer files whose words have sisters a reader can weigh: animals (05), artifacts
# (06), body parts (08), food (13), natural objects (17), phenomena (19), plants (20), states
# (26: diseases), substances (27: gases, elements). Acts (04: "homeopathy" beside
# "injection") and ideas have sisters of another kind, and words (10) overlap: a "proverb"
# quoted is a "maxim" too.
_THINGS = frozenset({5, 6, 8, 13, 17, 19, 20, 26, 27})


def single_sense(lemma: str) -> Synset | None:
    """Return the one noun synset of a lemma of a kind with sisters, or None (several senses:
    "salt" is a compound and a seasoning, and which is meant is a guess)."""
    found = senses(lemma)
    if len(found) != 1:
        return None
    entry = synset(found[0])
    return entry if entry is not None and entry.lexfile in _THINGS else None


def fact_sense(fact: Fact) -> Synset | None:
    """Return a common-noun fact's sense: the one its list picked, else its only one."""
    return synset(fact.sense) if fact.sense else single_sense(fact.unit)


def list_head(noun: Token) -> Token | None:
    """Return the first item of the list a noun is an item of ("seafood" of "seafood, milk
    and salt"), or None where the noun is in no list."""
    head = noun
    while head.dep_ == "conj" and head.head.pos_ == "NOUN":
        head = head.head
    if head.dep_ == "conj" or len(conjuncts(head)) < 2:
        return None  # a list of clauses or of other words: no kind shared
    return head


def listed_sense(noun: Token, lemma: str) -> Synset | None:
    """Return a listed noun's sense of the kind its list's other items are (milk beside
    seafood: the food), its commonest of that kind; None where no other item has one sense
    of a thing with rivals, or two such items differ in kind."""
    head = list_head(noun)
    if head is None:
        return None
    others = [t for t in conjuncts(head) if t.i != noun.i]
    # an item is read by its own word alone: "iodised salt" is salt, of several senses
    kinds = {entry.lexfile for t in others if (entry := single_sense(t.lemma_.lower()))}
    if len(kinds) != 1:
        return None
    for offset in senses(lemma):  # commonest first: "milk" the drink, not "milklike liquids"
        entry = synset(offset)
        if entry is not None and entry.lexfile in kinds:
            return entry
    return None


def listed_key(noun: Token) -> tuple[Token, str, Synset] | None:
    """Return a one-word common noun's list's first item, its lemma and the sense its list
    picks, or None: a compound or a name is read by its whole, which no list item decides."""
    if noun.pos_ != "NOUN" or not noun.is_alpha or not noun.is_lower or noun.ent_type_:
        return None
    if any(c.dep_ == "compound" for c in noun.children):
        return None
    head = list_head(noun)
    lemma = noun.lemma_.lower()
    entry = listed_sense(noun, lemma) if head is not None else None
    return (head, lemma, entry) if head is not None and entry is not None else None
