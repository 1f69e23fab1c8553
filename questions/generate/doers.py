"""A common noun a relative clause says the deed of, asked with the other things that do it.

"fired at a loudspeaker that broadcasts propaganda": the loudspeaker's WordNet sisters
(microphone, earphone: the other electro-acoustic transducers) cannot broadcast, so a
reader strikes them out by the clause the question keeps. Its rivals are the things WordNet
defines by that deed ("a station equipped to broadcast …", "set used to broadcast …"), and
their kinds, which do it too (a radio station is a broadcasting station): a transmitter, a
radio station. Only a deed specific enough to define a handful of things of the key's kind
is a pool; "that makes …" or "that carries …" defines a hundred unlike ones.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lemminflect import getAllInflections, getInflection
from wordfreq import zipf_frequency

from questions.generate.facts import Fact
from questions.generate.indefinite import indefinite
from questions.generate.saidnouns import said_in
from questions.generate.sisters import COMMON_ZIPF, commonest
from questions.generate.wordnet import Synset, data_fields, mapped, senses, synset

Token = Any
_RELATIVE = frozenset({"that", "which"})  # a subject relative pronoun of a thing
_SAYS_DEED = frozenset({b"that", b"which", b"to"})  # "a set used to broadcast …"
MOST_DOERS = 12  # more things of one kind defined by a deed: it says too little ("make")
WANTED = 3
MASS = 1.5  # a noun's plural this much rarer (30 times): a mass noun, never "a" one
FEWEST = 2  # a deed with two other doers makes a three-option question


def deed(noun: Token) -> str:
    """Return the lemma of the verb a subject relative clause of a noun says it does ("a
    loudspeaker that broadcasts …": broadcast), or ""."""
    for clause in noun.children:
        if clause.dep_ != "relcl" or clause.pos_ != "VERB" or clause.i < noun.i:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if len(subjects) == 1 and subjects[0].lower_ in _RELATIVE and subjects[0].i < clause.i:
            return str(clause.lemma_).lower()
    return ""


@lru_cache(maxsize=256)
def _defined_by(verb: str, lexfile: int) -> tuple[str, ...]:
    """Return the offsets of the synsets of a lexicographer file whose definition says they
    do a deed ("that broadcasts", "to broadcast"); () where more than a handful do."""
    data = mapped("data.noun")
    if data is None or not verb.isalpha():
        return ()
    forms = {verb, *(f for fs in getAllInflections(verb, "VERB").values() for f in fs)}
    found: list[str] = []
    # the verb's forms first (rare literals, fast), then the word before them
    for match in re.finditer(rb" (?:" + b"|".join(f.encode() for f in forms) + rb")\b", data):
        start = data.rfind(b"\n", 0, match.start()) + 1
        gloss = data.find(b" | ", start, match.start())
        before = data[max(gloss, match.start() - 6) : match.start()].split()
        if gloss < 0 or not before or before[-1] not in _SAYS_DEED:
            continue  # a word of the lemmas or pointers, or the noun "broadcasts"
        fields, _, _ = data_fields(data[start : gloss + 3].decode())
        if int(fields[1]) == lexfile and fields[0] not in found:
            found.append(fields[0])
    return tuple(found) if len(found) <= MOST_DOERS else ()


def doer_rivals(fact: Fact, text: str) -> list[str]:
    """Return three things WordNet defines by the deed a noun's relative clause says, or
    their kinds, commonest first: none the article says, none of the key's own kin."""
    found = senses(fact.unit)
    entry = synset(found[0]) if len(found) == 1 else None
    if entry is None or not fact.described:
        return []
    kin = {entry.offset, *(t for _, t in entry.pointers)}
    names = [n for d in _defined_by(fact.described, entry.lexfile) for n in _doers(d, kin)]
    article = fact.label.split()[-1]  # "a _____": no option that takes "an", nor a mass noun
    names = [
        n
        for n in names
        if not said_in(n, text)
        and n not in fact.unit
        and (article not in ("a", "an") or (indefinite(n) == article and _counted(n)))
    ]
    ranked = commonest(names, fact.unit)[:WANTED]
    return ranked if len(ranked) >= FEWEST else []


def _doers(offset: str, kin: set[str]) -> list[str]:
    """Return the names of a doer, or of its kinds named as sorts of it where it has any (a
    broadcasting station: the radio and television stations, which broadcast too; not the
    television camera, a kind of television equipment that only receives)."""
    entry = synset(offset)
    if entry is None or offset in kin:
        return []
    head = _name(entry).split()[-1:]
    kinds = [k for p, t in entry.pointers if p == "~" and (k := synset(t)) and t not in kin]
    named = [k for k in kinds if _name(k).split()[-1:] == head and _plain(k)]
    return [_name(k) for k in named] or ([_name(entry)] if _plain(entry) else [])


def _name(entry: Synset) -> str:
    """Return a synset's first lemma as written ("radio_station": "radio station")."""
    return entry.lemmas[0].split("(")[0].replace("_", " ")


def _plain(entry: Synset) -> bool:
    """Tell whether a synset's first lemma is a common word read first in this sense."""
    name = _name(entry)
    if not name.islower() or not name.replace(" ", "").isalpha():
        return False
    # "transmitter": read first as the person who sends; "jammer" is still a known word
    return senses(name)[:1] == (entry.offset,) and zipf_frequency(name, "en") >= COMMON_ZIPF


def _counted(name: str) -> bool:
    """Tell whether a noun is counted, by its plural being written about as often as it is:
    "equipments" is a hundred times rarer than "equipment", "stations" a third as common."""
    last = name.split()[-1]
    plural = getInflection(last, "NNS")
    return bool(plural) and zipf_frequency(plural[0], "en") >= zipf_frequency(last, "en") - MASS
