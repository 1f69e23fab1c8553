"""A count inside an opening participle clause, asked of the sentence's subject.

"Writing to seven international newspapers, Naoto Kan, the Japanese prime minister,
expressed his gratitude …": the participle has no subject of its own, so the plain inversion
finds none; its doer is the sentence's named subject and its time the main verb's, so the
question is "To how many international newspapers did Naoto Kan write?".
"""

from __future__ import annotations

from typing import Any

from lemminflect import getInflection

from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.render import capitalise, join
from questions.generate.stems import Stem

Span = Any
_DO = {"VBD": "did", "VBZ": "does", "VBP": "do"}  # the main verb's tense, said by "do"


def participle_question(sentence: Span, fact: Fact, replace: dict[int, str]) -> Stem | None:
    """Write "[prep] how many <things> did <person> <verb>?" for a count the sentence's
    opening participle clause states, or None when the sentence is not so made."""
    if fact.kind != "count":
        return None
    doc = sentence.doc
    number = doc[fact.start : fact.end].root
    noun = number.head
    act = doc[sentence.start]
    main = sentence.root
    if act.tag_ != "VBG" or act.head.i != main.i or main.tag_ not in _DO:
        return None
    if number.dep_ != "nummod" or noun.i < number.i or noun.dep_ not in ("pobj", "dobj"):
        return None
    prep = noun.head if noun.dep_ == "pobj" else None
    if (prep.head if prep is not None else noun.head).i != act.i:
        return None  # the count is the participle's own object or phrase
    # The parse often hangs the doer on the clause ("…newspapers, Naoto Kan, the …"): it is
    # read on the words, a person named right after the clause's comma, then the main verb.
    comma = next((t for t in doc[noun.i + 1 : main.i] if t.text == ","), None)
    doer = next(
        (e for e in ents_of(sentence) if comma is not None and e.start == comma.i + 1), None
    )
    if comma is None or doer is None or doer.label_ != "PERSON" or doer.end > main.i:
        return None  # "he" or "officials" would leave the question vague
    between = doc[doer.end : main.i]
    if len(between) and not (between[0].text == "," == between[-1].text and len(between) > 2):
        return None  # only an aside ("…, the Japanese prime minister,") before the verb
    if any(t.pos_ in ("VERB", "AUX") for t in between):
        return None
    asked = range(prep.i if prep is not None else number.i, noun.i + 1)
    rest = [t for t in doc[act.i + 1 : comma.i] if t.i not in asked]
    if any(t.pos_ in ("VERB", "AUX") or t.is_punct for t in rest):
        return None  # more than one plain phrase
    said = [t for t in noun.subtree if number.i < t.i < noun.i and t.dep_ in ("amod", "compound")]
    base = getInflection(act.lemma_, "VB")
    wh = [*([prep.lower_] if prep is not None else []), "how many", *said, noun]
    pieces = [*wh, _DO[main.tag_], *doer, base[0] if base else act.lemma_, *rest]
    return Stem(capitalise(join(pieces, replace)) + "?", "wh", "rule:count-participle")
