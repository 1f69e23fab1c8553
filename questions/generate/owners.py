"""Refuse an owner question where the sentence gives the thing a second owner.

"Lai owned a bulletproof Mercedes that once belonged to President Jiang Zemin": "To whom did
a bulletproof Mercedes once belong?" has two right answers, Jiang Zemin and Lai, and Lai is
one of the options (a blind reviewer failed the key). A clause of possession ("belonged to",
"owned by", "that Jiang had bought") that describes a thing another clause of the sentence
has someone own, buy, sell or give says the thing changed hands: whose it was is not one
person's name.
"""

from __future__ import annotations

from typing import Any

from questions.generate.facts import Fact
from questions.generate.heads import verb_above
from questions.generate.verbfiles import verb_file

POSSESSION = "40"  # WordNet's verb.possession: "own", "belong", "buy", "sell", "give"
_HELD = ("dobj", "nsubjpass", "nsubj", "pobj")  # the thing as the other clause holds it


def _possessive(verb: Any) -> bool:
    """Tell whether a verb's commonest sense is one of having or changing hands."""
    return verb.pos_ in ("VERB", "AUX") and verb_file(verb.lemma_) == POSSESSION


def second_owner(sentence: Any, fact: Fact) -> str | None:
    """Say why an owner key is not the only owner, or None: the key's clause of possession
    describes a thing ("a Mercedes that once belonged to …") that the sentence's other verb
    of possession has someone own, buy or sell ("Lai owned a Mercedes …")."""
    doc = sentence.doc
    verb = verb_above(doc[fact.start : fact.end].root)
    if not _possessive(verb) or verb.dep_ not in ("relcl", "acl"):
        return None
    thing = verb.head
    if thing.i == verb.i or fact.start <= thing.i < fact.end or thing.dep_ not in _HELD:
        return None
    holder = verb_above(thing)
    if holder.i == verb.i or not _possessive(holder):
        return None
    return f"'{thing.text}' is also {holder.text} in the sentence: it has two owners"
