"""Prepositional verbs ("result in", "consist of", "depend on", "account for"): the question
leaves their preposition behind the verb ("How many deaths did the crash result in?"), since
the preposition belongs to the verb, not to the asked phrase; fronted with the wh-phrase it
reads as a puzzle ("In how many deaths did the crash result?"). A place, a time or any other
preposition keeps its wh-phrase ("In which city …", "On what date …").

Decided by WordNet: the verb and preposition joined are a WordNet verb ("depend_on"), or a
sense of the verb shows the pair in its gloss's examples ("result in tragedy", "What does
this dish consist of?"): WordNet lists some prepositional verbs only so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lemminflect import getAllInflections

from questions.generate.wordnet import data_fields, find_line

Token = Any
_QUOTED = re.compile(r'"([^"]*)"')


@lru_cache(maxsize=1024)
def prepositional_verb(lemma: str, prep: str) -> bool:
    """Tell whether WordNet has a verb and a preposition as one verb ("depend on"), listed
    ("depend_on") or shown together in an example of the verb's senses ("result in tragedy")."""
    lemma, prep = lemma.lower(), prep.lower()
    if not lemma.isalpha() or not prep.isalpha():
        return False
    if find_line("index.verb", f"{lemma}_{prep}"):
        return True
    line = find_line("index.verb", lemma)
    if not line:
        return False
    fields = line.split()
    forms = {lemma, *(f for fs in getAllInflections(lemma, upos="VERB").values() for f in fs)}
    pair = re.compile(rf"\b(?:{'|'.join(map(re.escape, sorted(forms)))}) {re.escape(prep)}\b")
    for offset in fields[-int(fields[2]) :]:
        entry = find_line("data.verb", offset)
        gloss = entry.partition(" | ")[2]
        if lemma not in (w.lower() for w in data_fields(entry)[1]):
            continue  # a pointer's synset, not the lemma's own sense
        if any(pair.search(example.lower()) for example in _QUOTED.findall(gloss)):
            return True
    return False


def strands(prep: Token | None, verb: Token, kind: str = "") -> bool:
    """Tell whether a wh-question leaves `prep` behind `verb`: it heads the verb's own
    complement right after it (a particle between at most), the verb has no object or
    passive of its own ("was killed in …" is a place's), and the pair is a prepositional verb;
    or a common noun (`kind`) is the passive's agent right after it ("spread by flies")."""
    if prep is None or getattr(prep, "head", None) is None or prep.head.i != verb.i:
        return False
    if kind == "noun" and prep.dep_ == "agent" and prep.i == verb.i + 1:
        return True  # "What are the parasites spread by?": "By what are …" reads stilted
    if any(c.dep_ in ("auxpass", "dobj", "nsubjpass", "dative") for c in verb.children):
        return False
    between = verb.doc[verb.i + 1 : prep.i]
    if prep.i <= verb.i or any(t.dep_ != "prt" for t in between):
        return False
    return prepositional_verb(verb.lemma_, prep.lower_)
