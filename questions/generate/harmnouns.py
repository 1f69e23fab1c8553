"""A harm told by its noun: "fatal injuries to two firefighters, X and Y", "the death of X",
"X's injuries". The people it befell say nothing of it afterwards, as the stabbed and the
shot do not (`deceased.harmed_people`): the firefighters a crash killed are no speakers of
the hospital's account of their deaths.

The noun is one WordNet derives from a verb of bodily harm or death ("injury": injure,
"death": die); the harmed are its "to"/"of"/"on" object, or that of the verb it is the
object of ("caused fatal injuries to …"), a name in apposition to that object ("two
firefighters, X and Y", parsed there or hung on the verb after the comma), or its owner
("X's injuries").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from questions.generate.derived import deriving_verbs

Token = Any
Harms = Callable[[Token, tuple[str, ...]], bool]  # `deceased._harm`: a verb told of its deps
_OBJECTS = frozenset({"to", "of", "on"})  # "injuries to X", "the death of X", "an attack on X"
_APPOSED = frozenset({"npadvmod", "appos", "dep"})  # a list after a comma, hung anywhere


class _Told:
    """A stand-in verb token for a harm noun's verb, so `deceased._harm` reads it as a verb
    done to its object: the noun's own children (no "not", no "nearly") come along."""

    def __init__(self, noun: Token, lemma: str) -> None:
        self.lemma_, self.pos_, self.dep_, self.children = lemma, "VERB", "", noun.children


def harm_noun(noun: Token, harms: Harms) -> bool:
    """Tell whether a noun names a bodily harm or a death done to someone ("injuries",
    "death", "killing"): a verb it is derived from is one `harms` tells befalls its object
    (or, for dying, its subject)."""
    if noun.pos_ != "NOUN" or any(c.lower_ == "no" for c in noun.children):
        return False  # "caused no injuries to …": none befell them
    verbs = deriving_verbs(noun.lemma_.lower())
    return any(harms(_Told(noun, v), ("dobj",)) or harms(_Told(noun, v), ("nsubj",))
               for v in sorted(verbs))  # fmt: skip


def noun_befell(token: Token, harms: Harms) -> bool:
    """Tell whether a name's token is whom a harm noun tells of, through its list."""
    while token.dep_ == "conj" and token.head.i != token.i:  # "X and Y": as X
        token = token.head
    if token.dep_ == "poss" and harm_noun(token.head, harms):
        return True  # "X's injuries"
    return any(_harmed_object(owner, harms) for owner in _apposed_to(token))


def _apposed_to(token: Token) -> list[Token]:
    """Return the nouns a name may stand for: itself, the noun it is in apposition to ("two
    firefighters, X"), and the plural noun right before the comma the name follows, where
    the parse hangs the name elsewhere ("… firefighters, First Lieutenant X" on the verb)."""
    if token.dep_ not in _APPOSED:
        return [token]
    owners = [token.head] if token.dep_ == "appos" else []
    start = token.left_edge.i
    doc = token.doc
    if start >= 2 and doc[start - 1].text == ",":
        before = doc[start - 2]
        owners += [before] if before.pos_ == "NOUN" and before.tag_ == "NNS" else []
    return owners


def _harmed_object(noun: Token, harms: Harms) -> bool:
    """Tell whether a noun is the object of "to"/"of"/"on" after a harm noun ("injuries to
    the firefighters") or after a verb whose object is one ("caused injuries to them")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in _OBJECTS:
        return False
    held = prep.head
    if harm_noun(held, harms):
        return True
    objects = (c for c in held.children if c.dep_ == "dobj")
    return held.pos_ in ("VERB", "AUX") and any(harm_noun(o, harms) for o in objects)
