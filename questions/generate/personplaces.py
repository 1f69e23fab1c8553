"""A place the model found in a person's name: "Lai's seven-storey brothel" (Lai, a town in
Chad, to the gazetteer) of an article about Lai Changxing; "Miller forced Newton to fumble"
(Newton, a town) of one that names Cam Newton; yet "built in Washington" of an article about
Denzel Washington is the city. The one rule that relabels such a word, mention by mention.

A one-word place that is a word of a name the article gives a person (in full, or alone) is
a place where the syntax says a place ("in Washington", "moved to Washington"), the person
where it says a person ("Washington said", "Lai's lawyer"), and else asked as neither.

A one-word place no name holds is a person's surname too when the article never writes it
where a place stands but does as the doer of a verb ("Okada hit a triple. Mori scored
Okada", a town to the gazetteer): never asked as a place. A large city so written ("Beijing
said") stands for its government, and stays a place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.carried import person_noun
from questions.generate.describedplaces import described_kind
from questions.generate.facts import Fact
from questions.generate.gazetteer import city_populations
from questions.schema import normalise

_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’-]*|(?:[A-Z]\.)+)$")  # "Changxing", "O'Neil", "T."
_LONGEST = 3  # "Cam Newton", "Brandon Scott McManus"; a longer "person" is a description
# a country or state ("Jordan", "Georgia") is never made a person: the article may name both
# the place and someone of that name, and "Georgia passed a law" is the state
_REGIONS = frozenset({"country", "state"})
# prepositions whose object is where something is or goes: "in Washington", "from Chicago"
_WHERE = frozenset({"in", "to", "from", "at", "near", "into", "across", "outside", "inside",
                    "around", "throughout", "toward", "towards", "via"})  # fmt: skip
_DOERS = frozenset({"nsubj", "nsubjpass", "agent"})
# a city this large written as a doer stands for its government or team ("Beijing said")
_METONYM_CITY = 300_000


def _name_words(facts: list[Fact]) -> set[str]:
    """Return the words of the names the model gives people in full (two or three capitalised
    words, none a noun for what someone is: "Governor" of "Florida Governor Rick Scott") and
    the one-word names the article calls people."""
    words: set[str] = set()
    for fact in facts:
        said = fact.text.split()
        if fact.kind == "person" and len(said) == 1:
            words.add(fact.text)
        if fact.label != "PERSON" or not 1 < len(said) <= _LONGEST:
            continue
        if all(_NAME_WORD.match(w) and not person_noun(w) for w in said):
            words.update(said)
    return words


def _doer_names(facts: list[Fact], every: Sequence[Any]) -> set[str]:
    """Return the one-word places (no country, state nor large city) the article never
    writes where a place stands but does as the doer of a verb: "Okada hit a triple"."""
    asked = {f.text for f in facts if f.kind == "place" and f.label in _PLACE_LABELS}
    asked = {t for t in asked if " " not in t and _NAME_WORD.match(t)}
    doers: set[str] = set()
    placed: set[str] = set()
    for sentence in every:
        for token in sentence:
            if token.text not in asked:
                continue
            if place_syntax(token):
                placed.add(token.text)
            elif token.dep_ in _DOERS and token.head.pos_ == "VERB":
                doers.add(token.text)
    regions = {f.text for f in facts if f.subtype in _REGIONS}
    large = city_populations()
    return {t for t in doers - placed - regions if large.get(normalise(t), 0) < _METONYM_CITY}


def place_syntax(root: Any) -> bool:
    """Tell whether a name stands where a place does: the object of "in", "to", "from", …
    ("according to Nice" is a source's word, not a place's)"""
    return root.dep_ == "pobj" and root.head.lower_ in _WHERE and not _source(root)


def _source(root: Any) -> bool:
    """Tell whether a name is the source of what is told: "according to Nice", where the
    article names Felizeberto Nice (blind review 76), is the person, never the French city."""
    head = root.head
    return bool(root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according")


def person_syntax(root: Any) -> bool:
    """Tell whether a name stands where a person does: the subject of a verb ("Washington
    said", "Lai fled"), one with an age set off after it ("Akihito, aged 83"), or the owner of
    a person ("Lai's lawyer")."""
    if root.dep_ in _DOERS and root.head.pos_ in ("VERB", "AUX"):
        return True
    if _aged(root) or _source(root):
        return True  # "applies to only Akihito, aged 83": a town has no age
    return root.dep_ == "poss" and root.head.pos_ == "NOUN" and person_noun(root.head.lemma_)


_OLDEST = 110  # an age set off after a name: no older


def _aged(root: Any) -> bool:
    """Tell whether an age is set off after a name: "Akihito, aged 83", "Aiki, 15,"."""
    doc = root.doc
    words = [t.text for t in doc[root.i + 1 : root.i + 5]]
    if words[:2] == [",", "aged"] and len(words) > 2:
        number, after = words[2], words[3] if len(words) > 3 else "."
    elif words[:1] == [","] and len(words) > 2:
        number, after = words[1], words[2]
    else:
        return False
    return number.isdigit() and 0 < int(number) <= _OLDEST and after in (",", ".", ";")


def person_places(
    per_sentence: list[list[Fact]], sentences: Sequence[Any], every: Sequence[Any] = ()
) -> list[list[Fact]]:
    """Keep a one-word place that is a word of a person's name a place where the syntax says
    a place, ask it as that person where it says a person, and drop it elsewhere ("Newton"
    of "Cam Newton" as the object of "forced"): never a town keyed by a person, nor the
    person keyed by a town. `every` is all the article's sentences, kept or not: a doer
    found there ("Okada hit a triple") makes the word a surname; it is then asked as neither."""
    facts = [f for found in per_sentence for f in found]
    words = _name_words(facts)
    surnames = _doer_names(facts, every or sentences) - words  # a named person's: as above
    said: dict[str, Counter[str]] = {}  # the kind the model gives the name said alone
    for fact in facts:
        if fact.label == "PERSON" and " " not in fact.text and fact.text in words:
            said.setdefault(fact.text, Counter())[fact.kind] += 1
    kinds = {text: kinds.most_common(1)[0][0] for text, kinds in said.items()}
    out = []
    for found, sentence in zip(per_sentence, sentences, strict=True):
        kept = []
        for fact in found:
            if fact.kind == "place" and fact.text in surnames:
                continue  # "scored Okada": a player, no town
            if fact.kind != "place" or fact.label not in _PLACE_LABELS or fact.text not in words:
                kept.append(fact)
                continue
            root = sentence.doc[fact.start : fact.end].root
            # "in Washington", "the city of Jackson"; not "applies to only Akihito, aged 83"
            if (place_syntax(root) or described_kind(root) == "place") and not _aged(root):
                kept.append(fact)
            elif person_syntax(root) and fact.subtype not in _REGIONS:
                kind = kinds.get(fact.text, "person")
                kept.append(changed(fact, kind=kind, label="PERSON", subtype=""))
        out.append(kept)
    return out
