"""A name's gender by the noun for a person set beside it: "Suci, a female born in 2004",
"his wife Mara", "a male named Andalas" (WordNet's female and male persons).

A story often says what a person is right beside the name, and the noun tells the gender
where the first name does not (an animal's name, a rare or foreign one): a later "she" or
"her" may then mean that name, as one a pronoun bound to it would.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from typing import Any

from questions.generate.wordnet import PERSON_FILE, senses, synset

Token = Any
_FEMALE, _MALE = "09619168", "09624168"  # female_person, male_person
_DEPTH = 4  # "girlfriend" -> woman -> female person: a few steps, not person's whole tree
_NAMING = frozenset({"name", "call"})  # "a male named Andalas", "a woman called Ruth"


def described_genders(sentence: Any) -> Iterator[tuple[Token, str]]:
    """Yield each proper noun heading a name with the gender of the one singular person noun
    in apposition to it ("Suci, a female …", "his wife Mara") or naming it ("a male
    named Andalas"); a name with nouns of both genders beside it yields nothing."""
    for name in sentence:
        if name.pos_ != "PROPN" or name.dep_ in ("compound", "flat"):
            continue
        nouns = [c for c in name.children if c.dep_ == "appos" and _beside(name, c)]
        if name.dep_ == "appos" and _beside(name.head, name):
            nouns.append(name.head)
        if name.dep_ in ("oprd", "dobj") and _naming(name.head):
            nouns.append(name.head.head)
        found = {
            noun_gender(n.lemma_.lower()) for n in nouns if n.pos_ == "NOUN" and n.tag_ == "NN"
        } - {""}
        if len(found) == 1:
            yield name, found.pop()


def _beside(first: Token, second: Token) -> bool:
    """Tell whether the phrase of `second` follows `first` with only words of `first`'s
    own between ("Suci (pictured …), the last female"): a parse hanging "a male" on a
    subject far before it ("CREW and the zoo celebrated …, a male named …") is not."""
    own = {t.i for t in first.subtree}
    return all(i in own for i in range(first.i + 1, second.left_edge.i))


def _naming(verb: Token) -> bool:
    """Tell whether a verb is a participle naming the noun it hangs on ("a male named …")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in _NAMING


@cache
def noun_gender(word: str) -> str:
    """Return the gender every person sense of a noun has by its hypernyms, or ""."""
    people = [o for o in senses(word) if (s := synset(o)) is not None and s.lexfile == PERSON_FILE]
    found = {_gender(o, _DEPTH) for o in people}
    return found.pop() if len(found) == 1 else ""


def _gender(offset: str, depth: int) -> str:
    """Return "f" or "m" when a hypernym within `depth` steps is a female or male person."""
    if offset == _FEMALE:
        return "f"
    if offset == _MALE:
        return "m"
    entry = synset(offset)
    if entry is None or depth == 0:
        return ""
    found = {_gender(t, depth - 1) for sym, t in entry.pointers if sym in ("@", "@i")} - {""}
    return found.pop() if len(found) == 1 else ""
