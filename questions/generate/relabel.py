"""Article-level corrections of the facts the model found: a person the model called something
else, and each answer once for the distractor pool."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as changed
from typing import Any

from questions.generate.carried import person_noun
from questions.generate.context import Parsed
from questions.generate.entcache import ents_of
from questions.generate.facts import Fact, sentence_facts
from questions.generate.kinds import BODIES, kind_word, own_kind
from questions.generate.listedpeople import listed_people
from questions.generate.people import initialled, named_in_full, spelled, spellings
from questions.generate.pools import is_first_name, is_surname, zipf
from questions.generate.regnal import regnal_people
from questions.generate.titledpeople import first_named, titled
from questions.generate.wordnet import PERSON_FILE, senses, synset
from questions.schema import normalise

_PLACES = ("country", "state", "city")  # a place of a known kind is no person


def people_named(per_sentence: list[list[Fact]], sentences: Sequence[Any] = ()) -> list[list[Fact]]:
    """Call a name a person where the article names that person in full ("Wilkins") or it is
    a first name ("Gloria"), whatever label the model gave it; or a name that looks like a
    person's which the article treats as one: a role noun before it ("goalkeeper Thibaut
    Courtois"), a role in apposition ("K.C. Maurer, chief financial officer"), "said X", or
    its surname said alone of a person."""
    people: set[str] = set()
    for found in per_sentence:
        for fact in found:
            if fact.kind == "person":
                people.add(fact.text)
                if " " in fact.text:
                    people.add(fact.text.split()[-1])
    treated = _treated_as_people(per_sentence, sentences) if sentences else set()
    people.update(name.split()[-1] for name in treated)  # "Warfa" of "Maulid Warfa, officer"
    # "Hunt, Bibby, Ogoke and Cosier": one listed among people is one, her surname too
    listed = listed_people(per_sentence, sentences) if sentences else set()
    people.update(listed | {name.split()[-1] for name in listed})
    titled = _titled_alone(per_sentence, sentences) if sentences else set()
    titled |= _taken_up_by_he_or_she(sentences)
    regnal = regnal_people(per_sentence, sentences) if sentences else frozenset()  # "Louis XIV"

    def named(fact: Fact) -> bool:
        if fact.kind not in ("organization", "place") or fact.subtype in _PLACES:
            return False  # "Victoria" listed with Australia's states: not a first name
        if fact.text in listed:
            return True
        if (fact.text in people and " " in fact.text) or fact.text in regnal:
            return True
        if " " not in fact.text:
            # a place said by a person's name is person_places' to judge, mention by mention
            said = fact.text in people and fact.kind != "place"
            return said or is_first_name(fact.text) or fact.text in titled
        if fact.label != "ORG" or not (_person_like(fact.text) or fact.text in treated):
            return False
        return fact.text.split()[-1] in people or fact.text in treated

    full = {p for p in people if " " in p}
    right = spellings(full | {p.split()[-1] for p in full})
    return [
        [
            spelled(changed(f, kind="person", label="PERSON", subtype="") if named(f) else f, right)
            for f in found
        ]
        for found in per_sentence
    ]


_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")  # "K.C."
# The agentive endings of a noun that names what someone does ("goalkeeper", "scientist");
# a firm's nouns ("bank", "company", "giant" aside) mostly lack them.
_AGENT = re.compile(r"(?:er|or|ist|ian|ee)$")


def _person_like(name: str) -> bool:
    """Tell whether a multi-word name can be a person's: it opens with a first name or
    initials, says no kind of its own ("Andy Warhol Foundation") and its words are names."""
    words = name.split()
    first = words[0]
    if not (_INITIALS.match(first) or is_first_name(first) or first_named(first)):
        return False  # "Jean-François Champollion": a hyphen's first names are one
    return len(words) <= 3 and not own_kind(name) and all(w[:1].isupper() for w in words)


def _role(token: Any) -> bool:
    """Tell whether a token is a common noun naming what someone does ("goalkeeper") or
    what someone is in every sense WordNet knows ("billionaire", "tycoon")."""
    if token.pos_ != "NOUN":
        return False
    word = kind_word(token.text)
    agent = bool(word) and word not in BODIES and bool(_AGENT.search(word))
    return agent or _only_person(token.lemma_)


def _only_person(lemma: str) -> bool:
    """Tell whether WordNet knows a noun as a person in all its senses: no firm's noun."""
    found = [synset(o) for o in senses(lemma)]
    return bool(found) and all(e is not None and e.lexfile == PERSON_FILE for e in found)


def _treated(doc: Any, fact: Fact) -> bool | None:
    """Tell whether a mention treats a name as a person's (a role noun just before it, a role
    in apposition, "said" just before it, a bare name as the doer of a passive: "founded by
    Dean Kamen"), as a firm's (another noun before it: "the bank
    Morgan Stanley"), or None when it says neither."""
    span = doc[fact.start : fact.end]
    if fact.start > 0:
        before = doc[fact.start - 1]
        if before.lower_ == "said":
            return True
        tied = fact.start <= before.head.i < fact.end or span.root.head.i == before.i
        if before.pos_ == "NOUN" and tied:
            return _role(before)
        if before.pos_ == "PROPN" and titled(doc, fact.start, fact.end):
            return True  # "French Egyptologist Jean-François Champollion", "Dr. Zahi Hawass"
    for child in span.root.children:
        if child.dep_ == "appos" and child.i >= fact.end and child.pos_ == "NOUN":
            return _role(child)
    head = span.root.head
    if span.root.dep_ == "pobj" and head.lower_ == "by" and head.head.tag_ == "VBN":
        return bool(fact.start == head.i + 1)  # "founded by Dean Kamen"; "by the bank Morgan …" not
    return None


def _treated_as_people(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> set[str]:
    """Return the person-like ORG names some mention treats as a person's and none as a
    firm's: "said Morgan Stanley" does not outweigh "the bank Morgan Stanley"."""
    said: dict[str, set[bool]] = {}
    for found in per_sentence:
        for fact in found:
            if fact.label != "ORG" or " " not in fact.text:
                continue  # the name checks below cost word lists: only an ORG is weighed
            known = _person_like(fact.text)
            # "SK Sharif": initials without stops, read as a person's only where a role says
            initials = initialled(fact.text) and not own_kind(fact.text)
            if known or _unlisted(fact.text) or initials:
                verdict = _treated(sentences[fact.sentence].doc, fact)
                if verdict and not known and not _role_given(sentences[fact.sentence].doc, fact):
                    verdict = None  # "said Médecins Sans Frontières": only a role says a person
                if verdict is not None:
                    said.setdefault(fact.text, set()).add(verdict)
    return {name for name, verdicts in said.items() if verdicts == {True}}


# A one-word name this rare in English is no common word ("Halston", not "Apple").
RARE_NAME_ZIPF = 3.0


def _unlisted(name: str) -> bool:
    """Tell whether a name of two or three words is made of words English does not use
    ("Maulid Warfa"): a person's no name list holds, or a body's, as the article treats it."""
    words = name.split()
    rare = all(w[:1].isupper() and zipf(w.lower()) < RARE_NAME_ZIPF for w in words)
    return len(words) <= 3 and rare and not own_kind(name)


def _role_given(doc: Any, fact: Fact) -> bool:
    """Tell whether a mention gives a name a person's role: a noun for what someone does,
    a person in WordNet, just before it or in apposition ("Maulid Warfa, UNICEF emergency
    officer")."""
    before = [doc[fact.start - 1]] if fact.start > 0 else []
    after = [c for c in doc[fact.start : fact.end].root.children
             if c.dep_ == "appos" and c.i >= fact.end]  # fmt: skip
    return any(t.pos_ == "NOUN" and _role(t) and person_noun(t.lemma_) for t in before + after)


def _titled_alone(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> set[str]:
    """Return the one-word names, rare words the gazetteer places nowhere, that a noun for
    what a person does, a person above all in WordNet, stands just before in every mention
    ("fashion designer Halston", which the model took for a town)."""
    said: dict[str, set[bool]] = {}
    for found in per_sentence:
        for fact in found:
            if (
                fact.kind in ("organization", "place")
                and fact.subtype not in _PLACES
                and " " not in fact.text
                and fact.text[:1].isupper()
                and not fact.text.isupper()
                and zipf(fact.text.lower()) < RARE_NAME_ZIPF
            ):
                doc = sentences[fact.sentence].doc
                before = doc[fact.start - 1] if fact.start > 0 else None
                titled = before is not None and _role(before) and person_noun(before.lower_)
                said.setdefault(fact.text, set()).add(titled)
    return {name for name, verdicts in said.items() if verdicts == {True}}


def _taken_up_by_he_or_she(sentences: Sequence[Any]) -> set[str]:
    """Return the one-word names a clause's subject that the next clause joined to it takes
    up as "she" or "he" ("Vexa received nine nominations, but she won only two"): a person,
    whatever label the model gave it; a firm or a place is "it"."""
    found: set[str] = set()
    for sentence in sentences:
        for ent in ents_of(sentence):
            root, verb = ent.root, ent.root.head
            if len(ent) != 1 or root.dep_ != "nsubj" or verb.pos_ != "VERB":
                continue
            joined = [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"]
            subjects = [s for c in joined[:1] for s in c.children if s.dep_ == "nsubj"]
            if subjects and all(s.lower_ in ("he", "she") for s in subjects):
                found.add(ent.text)
    return found


def distinct(facts: list[Fact]) -> list[Fact]:
    """Keep the first mention of each answer: the distractor pool, linear in the article."""
    seen: set[tuple[str, ...]] = set()
    out = []
    for fact in facts:
        key: tuple[str, ...] = (fact.kind, fact.label, normalise(fact.text))
        if fact.kind == "work":  # "his album Blackstar", "his song Blackstar": two works;
            key = (*key, fact.subtype + fact.described)  # each deed kept, none offered twice
        if key not in seen:
            seen.add(key)
            out.append(fact)
    return out


def unkept_facts(parsed: Parsed) -> list[Fact]:
    """Return the facts of the sentences no question is made from ("in the words of the Crown
    prosecutor, Mark Tedeschi, QC, \"…\""): their people are real options for the others'
    questions, their places tell which side those people are on. Numbered after the kept
    sentences, they share none of theirs."""
    first = len(parsed.sentences)
    return [f for n, s in enumerate(parsed.unkept) for f in sentence_facts(s, first + n)]


def full_people(facts: Sequence[Fact]) -> list[Fact]:
    """Return the people the model names in full ("Rodaba Noori"), not one word of them."""
    return [f for f in facts if f.kind == "person" and f.label == "PERSON" and " " in f.text]


def surnamed_people(per_sentence: list[list[Fact]]) -> list[list[Fact]]:
    """Call a full name a person's when the article names a person by its surname alone
    ("Stan Lee" … "Lee was making his final … appearance"): news names people so, whatever
    the name lists make of the first name ("Stan")."""
    alone = {f.text for found in per_sentence for f in found
             if f.kind == "person" and f.label == "PERSON" and " " not in f.text}  # fmt: skip
    return [[changed(f, kind="person") if _surnamed(f, alone) else f for f in found]
            for found in per_sentence]  # fmt: skip


def _surnamed(fact: Fact, alone: set[str]) -> bool:
    """Tell whether a name the model called a person's ends in a surname said alone."""
    words = fact.text.split()
    return (fact.kind == "name" and fact.label == "PERSON" and len(words) > 1
            and words[-1] in alone and is_surname(words[-1]))  # fmt: skip


def things_named(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Leave out a one-word "person" the article uses as a thing's name: "the Polaroid
    photograph", "the Polaroid format" (a blank keyed "Polaroid" got surnames as options) —
    unless the article also names a person in full with it."""
    # people named in full as people read ("Warhol Polaroid" is a photograph, not a person)
    full = {
        name.split()[-1] for name in named_in_full([f for found in per_sentence for f in found])
    }
    things = set()
    for found, sentence in zip(per_sentence, sentences, strict=True):
        for fact in found:
            root = sentence.doc[fact.start : fact.end].root
            if (
                fact.kind == "person"
                and " " not in fact.text
                and fact.text not in full
                and (root.dep_ == "compound" and root.head.tag_ in ("NN", "NNS"))
            ):
                things.add(fact.text)
    return [[f for f in found if f.kind != "person" or f.text not in things]
            for found in per_sentence]  # fmt: skip


def short_names(per_sentence: list[list[Fact]]) -> list[list[Fact]]:
    """Give a one-word name the kind of the longer name the article says it in ("Columbia"
    of "Space Shuttle Columbia" is a shuttle, not the organisation spaCy took it for); an
    acronym ("DAB") is a name of its own."""
    longer = {f.text.split()[-1]: f for found in per_sentence for f in found
              if " " in f.text and f.kind == "name"}  # fmt: skip
    return [
        [changed(f, kind="name", subtype=longer[f.text].subtype)
         if f.kind == "organization" and f.text in longer and not f.text.isupper() else f
         for f in found]
        for found in per_sentence
    ]  # fmt: skip
