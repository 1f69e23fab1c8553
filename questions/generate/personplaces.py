"""A place the model found in a person's name: "Lai's seven-storey brothel" (Lai, a town in
Chad, to the gazetteer) of an article about Lai Changxing; "Miller forced Newton to fumble"
(Newton, a town) of one that names Cam Newton; yet "built in Washington" of an article about
Denzel Washington is the city. The one rule that relabels such a word, mention by mention.

A one-word place that is a word of a name the article gives a person (in full, or alone) is
a place where the syntax says a place ("in Washington", "moved to Washington"), the person
where it says a person ("Washington said", "Lai's lawyer"), and else asked as neither.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.carried import person_noun
from questions.generate.facts import Fact

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


def place_syntax(root: Any) -> bool:
    """Tell whether a name stands where a place does: the object of "in", "to", "from", …"""
    return root.dep_ == "pobj" and root.head.lower_ in _WHERE


def person_syntax(root: Any) -> bool:
    """Tell whether a name stands where a person does: the subject of a verb ("Washington
    said", "Lai fled"), or the owner of a person ("Lai's lawyer")."""
    if root.dep_ in _DOERS and root.head.pos_ in ("VERB", "AUX"):
        return True
    return root.dep_ == "poss" and root.head.pos_ == "NOUN" and person_noun(root.head.lemma_)


def person_places(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Keep a one-word place that is a word of a person's name a place where the syntax says
    a place, ask it as that person where it says a person, and drop it elsewhere ("Newton"
    of "Cam Newton" as the object of "forced"): never a town keyed by a person, nor the
    person keyed by a town."""
    facts = [f for found in per_sentence for f in found]
    words = _name_words(facts)
    said: dict[str, Counter[str]] = {}  # the kind the model gives the name said alone
    for fact in facts:
        if fact.label == "PERSON" and " " not in fact.text and fact.text in words:
            said.setdefault(fact.text, Counter())[fact.kind] += 1
    kinds = {text: kinds.most_common(1)[0][0] for text, kinds in said.items()}
    out = []
    for found, sentence in zip(per_sentence, sentences, strict=True):
        kept = []
        for fact in found:
            if fact.kind != "place" or fact.label not in _PLACE_LABELS or fact.text not in words:
                kept.append(fact)
                continue
            root = sentence.doc[fact.start : fact.end].root
            if place_syntax(root):
                kept.append(fact)
            elif person_syntax(root) and fact.subtype not in _REGIONS:
                kind = kinds.get(fact.text, "person")
                kept.append(changed(fact, kind=kind, label="PERSON", subtype=""))
        out.append(kept)
    return out
