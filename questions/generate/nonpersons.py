"""Names the model took for people that the article shows are places, buildings or bodies.

A blind review (19) found a temple ("Taposiris Magna", which the model tagged a person where
the article says "it could be Taposiris Magna because it was the most sacred temple") offered
as a speaker, and a press agency ("Cuban press agency Prensa Latina") as one too. The article
says what such a name is with a common noun tied to it: a noun just before it ("press agency
Prensa Latina"), in apposition ("Kabul, the capital"; "his album Blackstar"), or the head of a
longer name it ends ("the Temple of Taposiris Magna"); or it counts the name as a thing, with
an indefinite article ("won a Grammy"). A noun WordNet knows in no sense as a person ("agency",
"temple") makes the name no person; one noun that may name a person ("spokesman", "coach")
anywhere, or WordNet's own entry for the name as a person (Cleopatra), keeps it one.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unicodedata import combining, normalize

from questions.generate.bodynames import written_as_body
from questions.generate.facts import Fact
from questions.generate.locales import family_first
from questions.generate.optionkinds import COMMON_ZIPF
from questions.generate.persons import person_noun
from questions.generate.pools import is_any_first_name, zipf
from questions.generate.titledpeople import titled
from questions.generate.wordnet import PERSON_FILE, senses, synset

Span = Any
Token = Any
_PLACES = frozenset({6, 15})  # noun.artifact (a temple, a tower), noun.location: a site


def nonpersons(sentences: Sequence[Span]) -> frozenset[str]:
    """Return the names (as written) the model labels persons that some mention describes by
    a noun that names no person and none by one that may."""
    said: dict[str, set[bool]] = {}
    bodies: set[str] = set()  # written as a body somewhere: no first name makes them people
    coded: set[str] = set()  # "Douglas DC-10", "Airbus A380": a model's figures, no one's
    for sentence in sentences:
        for ent in sentence.ents:
            name = ent.text.removesuffix("'s").removesuffix("’s")
            if ent.label_ == "PERSON" and any(c.isdigit() for c in name):
                coded.add(name)
            verdict = _described(ent)
            if ent.label_ == "PERSON" and _thing_first(name):
                verdict = False  # "Café Britt": a firm named by what it is
            if written_as_body(ent, _nouns(ent)):
                bodies.add(name)
                verdict = bool(verdict)  # "founded": a body, unless a noun says a person
            if verdict is not None:
                said.setdefault(name, set()).add(verdict)
            for inner in _name_tails(ent):
                said.setdefault(inner, set()).add(False)
    return frozenset(
        name for name, verdicts in said.items()
        if verdicts == {False} and not _known_person(name)
        and (name in bodies or not _reads_as_person(name))
    ) | frozenset(coded)  # fmt: skip


def _reads_as_person(name: str) -> bool:
    """Tell whether a name reads as a person's whatever a noun beside it says: it opens with
    a first name of a list, or is written surname first ("Xi Jinping", a misparse aside)."""
    return family_first(name) or (" " in name and is_any_first_name(name.split()[0]))


def _described(ent: Span) -> bool | None:
    """Tell whether a common noun tied to a name says it is a person (True), something else
    (False), or None where no noun describes it or WordNet knows none."""
    root = ent.root
    verdicts = {_noun_person(n.lemma_.lower()) for n in _nouns(ent)} - {None}
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children):
        verdicts.add(False)  # "won a Grammy": a thing counted, as no one's name is
    if titled(ent.doc, ent.start, ent.end):  # "Dr. Zahi Hawass, …, Djehuty's tomb is": the
        verdicts.add(True)  # title outweighs a noun the parse misplaced as his apposition
    if not verdicts:
        return None
    return True in verdicts  # one noun that may name a person keeps it one


def _nouns(ent: Span) -> list[Token]:
    """Return the common nouns tied to a name: in apposition, or just before it."""
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.i < ent.start:
        nouns.append(root.head)  # "his album Blackstar", "his fifth album, Blackstar"
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.head.i == root.i:
        nouns.append(before)  # "press agency Prensa Latina", "goalkeeper Thibaut Courtois"
    return nouns


def _thing_first(name: str) -> bool:
    """Tell whether a name opens with a common noun WordNet knows in no sense as a person and
    no list knows as a first name ("Café Britt", not "Rose Hill" nor "Baker Mayfield")."""
    words = name.split()
    if len(words) < 2 or is_any_first_name(words[0]):
        return False
    plain = "".join(c for c in normalize("NFKD", words[0]) if not combining(c)).lower()
    return zipf(plain) >= COMMON_ZIPF and _noun_person(plain) is False


def _noun_person(lemma: str) -> bool | None:
    """Tell whether a common noun may name a person; None when WordNet does not know it."""
    if not senses(lemma):
        return None
    return person_noun(lemma)


def _name_tails(ent: Span) -> list[str]:
    """Return the name ending a longer name headed by a place's noun: "Taposiris Magna" of
    "the Temple of Taposiris Magna" (a capitalised "Temple", not "the face of Mark Antony")."""
    words = ent.text.removeprefix("the ").removeprefix("The ").split()
    if len(words) < 3 or words[1] != "of" or not words[0][:1].isupper():
        return []
    lemma = words[0].lower()
    places = any((e := synset(o)) is not None and e.lexfile in _PLACES for o in senses(lemma))
    return [" ".join(words[2:])] if places and not person_noun(lemma) else []


def without_nonpersons(per_sentence: list[list[Fact]], names: frozenset[str]) -> list[list[Fact]]:
    """Leave out the person facts of names the article shows are no person."""
    return [[f for f in found if f.kind != "person" or f.text not in names]
            for found in per_sentence]  # fmt: skip


def _known_person(name: str) -> bool:
    """Tell whether WordNet has the name as written as a person (Cleopatra, Hosni Mubarak)."""
    for offset in senses(name):
        entry = synset(offset)
        if (
            entry is not None
            and entry.lexfile == PERSON_FILE
            and any(lemma.replace("_", " ") == name for lemma in entry.lemmas)
        ):
            return True
    return False
