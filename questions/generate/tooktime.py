"""Ask the length of time a dummy "it took" states: "it took the village twelve years to
build the dam" -> "How long did it take the village to build the dam?".

"It" names nothing, so the sentence has no subject to invert; the question keeps the frame
and asks its length. A second "it took …" of the same sentence that leaves its infinitive
out ("while it took 100 years for women in Peru to …, it took Chile only 35 years") says the
same deed of another: its question borrows the first clause's infinitive ("How long did it
take Chile to …?"), unless a pronoun in it stands for the first clause's doer. "only" or
"just" before the length only stresses it; any other word there ("about", "more than")
bounds it, and the question would drop the bound, so none is asked.
"""

from __future__ import annotations

from typing import Any

from questions.generate.dummyit import dummy_it, infinitive
from questions.generate.durations import time_unit
from questions.generate.facts import Fact
from questions.generate.render import join
from questions.generate.stems import Stem

Span = Any
Token = Any
TOOK_RULE = "rule:quantity-took"
_DID = {"VBD": "did", "VBZ": "does"}  # "it took" / "it takes": the tense asked
_STRESS = frozenset({"only", "just"})
_DOER = frozenset({"dative", "dobj"})  # "it took India …", "it took them …"


def took_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "How long did it take <doer> to <deed>?" for a length a dummy "it took" states,
    or None when the sentence is not so made."""
    if fact.kind != "quantity":
        return None
    doc = sentence.doc
    unit = doc[fact.end - 1]
    verb = unit.head
    if not time_unit(unit.lemma_) or verb.lemma_ != "take" or verb.tag_ not in _DID:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or not dummy_it(subjects[0]):
        return None
    if any(c.dep_ in ("aux", "neg") for c in verb.children):
        return None  # "it would take", "it did not take": not the plain fact
    hedges = [t for t in doc[fact.start : unit.i] if not t.like_num]
    before = doc[fact.start - 1] if fact.start > 0 else None
    if hedges or (before is not None and before.dep_ == "advmod" and before.lower_ not in _STRESS):
        return None  # "about 35 years", "nearly": a bound the question would drop
    deed = infinitive(verb) or _borrowed(sentence, verb)
    if deed is None:
        return None
    doers = [c for c in verb.children if c.dep_ in _DOER and c.i != unit.i]
    agent = [c for c in deed.children if c.dep_ == "nsubj"]  # "for women in Peru to …"
    if infinitive(verb) is None and agent:
        agent = []  # the borrowed deed's doer is the first clause's, not this one's
    if len(doers) > 1 or (doers and agent):
        return None
    said: list[Token | str] = []
    if doers:
        said = list(doers[0].subtree)
    elif agent:
        said = ["for", *agent[0].subtree]
    elif infinitive(verb) is None:
        return None  # "…, it took only 35 years": whose, the question cannot say
    skip = {t.i for a in agent for t in a.subtree} | {
        c.i for c in deed.children if c.dep_ == "mark"
    }
    clause = [t for t in deed.subtree if t.i not in skip]
    to = next((i for i, t in enumerate(clause) if t.lower_ == "to"), None)
    if to is None or any(t.is_punct or t.dep_ in ("relcl", "ccomp") for t in clause[to:]):
        return None  # a clause or an aside the question would drag along
    if infinitive(verb) is None and any(t.tag_ in ("PRP", "PRP$") for t in clause):
        return None  # "to double their yield": "their" is the first clause's doer, not Chile
    text = join(["How long", _DID[verb.tag_], "it take", *said, *clause[to:]], replace)
    return Stem(text + "?", "wh", TOOK_RULE)


def _borrowed(sentence: Span, verb: Token) -> Token | None:
    """Return the infinitive of another dummy "it took …" of the sentence, for a "take"
    that leaves its own out ("…, it took India only 35 years")."""
    for token in sentence:
        if token.lower_ == "it" and token.dep_ == "nsubj" and token.head.i != verb.i:
            other = token.head
            if other.lemma_ == "take" and (deed := infinitive(other)) is not None:
                return deed
    return None
