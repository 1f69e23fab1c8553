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

A blind review (64) found an aircraft asked as a person: "Who had taken off five minutes
before Concorde …?" keyed "Douglas DC-10" (the model's cut of "a … McDonnell Douglas DC-10"),
and offered among people as a witness. No one's name holds a number: a word that mixes
letters with digits ("DC-10", "A380", "KELT-9b") or a number after a name ("Flight 574",
"Boccaccio 98") is a model's, a flight's, a ship's or a star's, whatever first name opens it.

A blind review (85) found a fonda asked "Who was opened on …?": what a verb only things take
is done to ("was opened", "built") is a thing, whatever name it bears.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from unicodedata import combining, normalize

from questions.generate.bodynames import done_to_thing, written_as_body
from questions.generate.demonyms import people_noun_nation
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact
from questions.generate.locales import family_first
from questions.generate.optionkinds import COMMON_ZIPF
from questions.generate.persons import person_noun
from questions.generate.pools import is_any_first_name, zipf
from questions.generate.titledpeople import titled
from questions.generate.wordnet import GROUP_FILE, PERSON_FILE, first_sense, senses, synset

Span = Any
Token = Any
_PLACES = frozenset({6, 15})  # noun.artifact (a temple, a tower), noun.location: a site


def nonpersons(sentences: Sequence[Span]) -> frozenset[str]:
    """Return the names (as written) the model labels persons that some mention describes by
    a noun that names no person and none by one that may."""
    said: dict[str, set[bool]] = {}
    bodies: set[str] = set()  # written as a body somewhere: no first name makes them people
    numbered: set[str] = set()  # "Douglas DC-10", "Slovenes": no one, whatever a list says
    done_to: set[str] = set()  # what a verb of things is done to ("was opened", "built")
    personal: set[str] = set()  # the model's people where no such verb says otherwise
    for sentence in sentences:
        for ent in ents_of(sentence):
            name = ent.text.removesuffix("'s").removesuffix("’s")
            verdict = _described(ent)
            if ent.label_ == "PERSON" and _thing_first(name):
                verdict = False  # "Café Britt": a firm named by what it is
            if ent.label_ == "PERSON" and _numbered(name):
                numbered.add(name)
                verdict = False
            if ent.label_ == "PERSON" and _people_of_nation(ent):
                numbered.add(name)  # "the Slovenes": a nation's people or its side
                verdict = False
            if written_as_body(ent, _nouns(ent)):
                bodies.add(name)
                verdict = bool(verdict)  # "founded": a body, unless a noun says a person
            if ent.label_ == "PERSON" and done_to_thing(ent.root):
                done_to.add(name)  # "X was opened", "built X": a building or a thing
                verdict = bool(verdict)
            elif ent.label_ == "PERSON":
                personal.add(name)
            if verdict is not None:
                said.setdefault(name, set()).add(verdict)
            for inner in _name_tails(ent):
                said.setdefault(inner, set()).add(False)
    # "Paramedics sketched Tom Briggs … Briggs said": a surname the model calls a person
    # alone elsewhere outweighs a verb WordNet knows only with things
    bodies |= {n for n in done_to if " " not in n or n.split()[-1] not in personal}
    return frozenset(
        name for name, verdicts in said.items()
        if verdicts == {False} and not _known_person(name)
        and (name in bodies or name in numbered or not _reads_as_person(name))
    )  # fmt: skip


def _people_of_nation(ent: Span) -> bool:
    """Tell whether a name is a plural people's noun ("Slovenes", "three Slovenes"): a
    nation's people, or its side in a match report, never one person's name."""
    root = ent.root
    return "Plur" in root.morph.get("Number") and bool(people_noun_nation(root.text))


def _numbered(name: str) -> bool:
    """Tell whether a name holds a number no one's name has: a word of letters and digits
    ("DC-10", "A380") or, after its first word, a number ("Flight 574"); "50 Cent" opens on
    one as a stage name may."""
    words = name.split()
    mixed = any(any(c.isdigit() for c in w) and any(c.isalpha() for c in w) for w in words)
    return mixed or any(w.isdigit() for w in words[1:])


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
    if ent.label_ == "PERSON" and _listed_with_bodies(ent):
        verdicts.add(False)  # "Fianna Fáil, Fine Gael, the Labour Party …": a list of parties
    # "Republican Sinn Féin": a word the model calls a group's (NORP) qualifies a body as
    # well as a person, and is no title
    norp = ent.start > 0 and ent.doc[ent.start - 1].ent_type_ == "NORP"
    # "Dr. Zahi Hawass, …, Djehuty's tomb is": the title outweighs a noun the parse
    # misplaced as his apposition
    if titled(ent.doc, ent.start, ent.end) and not norp:
        verdicts.add(True)
    if not verdicts:
        return None
    return True in verdicts  # one noun that may name a person keeps it one


def _listed_with_bodies(ent: Span) -> bool:
    """Tell whether a name stands in a list at least half of whose items are names headed by
    a noun whose commonest sense is a body of people ("the Irish Labour Party"): the items
    of a list are of one kind, and a name the model took for a person is then a body too."""
    top = ent.root
    while top.dep_ in ("conj", "appos") and top.head.i != top.i:
        top = top.head  # the model chains a list's names by "conj" and, misread, "appos"
    items = [top]
    for item in items:
        items.extend(c for c in item.children if c.dep_ in ("conj", "appos") and c.pos_ == "PROPN")
    named = {e.root.i: e for e in ents_of(ent.doc) if e.root in items}
    bodies = [e for e in named.values() if e.label_ == "ORG" and _body_noun(e[-1].lemma_)]
    return len(named) > 2 and 2 * len(bodies) >= len(named)


def _body_noun(lemma: str) -> bool:
    """Tell whether a noun's commonest WordNet sense is a body of people ("party", "union")."""
    first = first_sense(lemma.lower())
    return first is not None and first.lexfile == GROUP_FILE


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
    """Tell whether a common noun may name a person; None when WordNet does not know it. A
    noun whose commonest sense is a body of people ("party": a political party before a
    side in a lawsuit) names a body, whatever its rarer senses."""
    if not senses(lemma):
        return None
    return person_noun(lemma) and not _body_noun(lemma)


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
