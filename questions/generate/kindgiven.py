"""Saying "the band" as the one name the article gave that kind of thing: "Folk band The
Lantern Keepers" in the lead, then "In 2004, the band split".

A story names its subject once beside the noun for its kind ("folk band The Lantern Keepers",
"Apple, the technology company,", "the Harbour Lights band") and then calls it by that noun
alone. A question keeping "the band" leaves the player asking which; said with the name
("In 2004, the Lantern Keepers split") it stands alone. The name is said only when the
headline or the lead gave it that kind and nothing else can be meant: no other name given the
same kind up to the mention, no "a band" or "both bands" (another, or several), no other name
of no known kind in the mention's sentence or the one before ("Microsoft said the company
…"), and never a person ("the singer"), whom a wrong name would slander.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.kinds import kind_word, own_kind
from questions.generate.namedthings import TIMES
from questions.generate.newcomers import bare_the
from questions.generate.persons import person_noun
from questions.generate.quotemarks import quoted_words
from questions.generate.wordnet import senses, synset

Token = Any
Span = Any
_OTHERS = frozenset({"ORG", "FAC", "PRODUCT"})  # what "the company" or "the ship" may be
_WORKS = frozenset({"WORK_OF_ART", "LAW"})  # what "the album" or "the bill" may be too
_COMMUNICATION = 10  # WordNet's file of nouns for what is written or said ("album", "bill")
_SEVERAL = frozenset({"the", "both", "these", "those", "all"})  # "both bands": two of them


@dataclass
class Given:
    """The names the article has given a kind so far, and the kinds that became unsure."""

    # "band": {"Lantern Keepers": "Lantern Keepers"}; "virus": {"HIV-1": "HIV-1 virus"}: said so
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    bare: set[str] = field(default_factory=set)  # names written with no "the" of their own
    lead: set[str] = field(default_factory=set)  # kinds the headline or the lead gave
    unsure: set[str] = field(default_factory=set)  # "a band", "both bands": not one thing


def _name_words(root: Token) -> list[Token] | None:
    """Return the words of the proper name a token heads ("Lantern Keepers", "Harbour Lights"),
    or None when it heads no name written in capitals."""
    if root.pos_ != "PROPN" or not root.text[:1].isupper() or root.ent_type_ == "PERSON":
        return None
    words = [root]
    while words[0].i > 0:
        before = root.doc[words[0].i - 1]
        if before.pos_ != "PROPN" or before.head.i not in {t.i for t in words}:
            break
        words.insert(0, before)
    return words


def _name_after(noun: Token) -> list[Token] | None:
    """Return the name written right after a noun, "the" aside ("folk band The Lantern Keepers",
    "journal Nature"): the words of its run of capitalised proper nouns, or None. A noun with
    a determiner of its own names no name after it unless that one opens with "The" ("the
    bill Senate Republicans opposed": theirs, no bill called Senate)."""
    doc, at = noun.doc, noun.i + 1
    the = at < len(doc) and doc[at].lower_ == "the"
    if not the and any(c.dep_ in ("det", "poss") for c in noun.children):
        return None
    at += the
    words = []
    while at < len(doc) and doc[at].pos_ == "PROPN" and doc[at].text[:1].isupper():
        words.append(doc[at])
        at += 1
    if not words or any(t.ent_type_ in ("PERSON", *TIMES) for t in words):
        return None
    return words


def _determined(words: list[Token]) -> bool:
    """Tell whether a name is written after "the" of its own ("the Harbour Lights band", "The
    Lantern Keepers"): said for "the band", it keeps that "the"."""
    start = words[0].i
    return bool(start > 0 and words[0].doc[start - 1].lower_ == "the")


def _kind_of(noun: Token) -> str:
    """Return the kind a common noun says, lower-case and singular, or "" (a person's)."""
    if noun.pos_ != "NOUN" or noun.tag_ != "NN":
        return ""
    kind = kind_word(noun.text)
    return "" if not kind or person_noun(kind) else kind


def namings(sentence: Span) -> list[tuple[str, list[Token], Token, bool]]:
    """Return each name a sentence gives a kind, with the noun that gives it and whether the
    name stands before it: "band" for "folk band The Lantern Keepers" (the name in apposition, or
    right after the noun), "The Lantern Keepers, an Irish folk band", "the Harbour Lights band"
    (before: "the band" is said "the Harbour Lights band", as "the New Zealand government" is
    that country's, no government called New Zealand)."""
    found = []
    for noun in sentence:
        kind = _kind_of(noun)
        if not kind:
            continue
        words = _name_after(noun)  # "Folk band The Lantern Keepers will play": parsed apart
        appos = [c for c in noun.children if c.dep_ == "appos" and c.i > noun.i]
        words = words or next((w for c in appos if (w := _name_words(c))), None)
        if words:
            found.append((kind, words, noun, False))
        head = noun.head
        if noun.dep_ == "appos" and head.i < noun.i and (words := _name_words(head)):
            found.append((kind, words, noun, False))
        compound = [c for c in noun.children if c.dep_ == "compound" and c.i == noun.i - 1]
        if compound and (words := _name_words(compound[0])) and _determined(words):
            found.append((kind, words, noun, True))
    return found


def note_given(sentence: Span, given: Given, lead: bool) -> None:
    """Note the names a sentence (or the headline) gives a kind, and the kinds it leaves
    unsure: a second name of a kind, an unnamed "a band", "both bands"."""
    naming = namings(sentence)
    nouns = {noun.i for _, _, noun, _ in naming}
    for kind, words, noun, before in naming:
        name = " ".join(t.text for t in words)
        said = f"{name} {noun.text}" if before else name.removeprefix("The ")
        given.names.setdefault(kind, {}).setdefault(name, said)
        if not _determined(words):
            given.bare.add(said)
        if lead:
            given.lead.add(kind)
    for noun in sentence:
        det = next((c.lower_ for c in noun.children if c.dep_ == "det"), "")
        several = noun.tag_ == "NNS" and (det in _SEVERAL or any(
            c.like_num for c in noun.children))  # fmt: skip
        if noun.i not in nouns and (det in ("a", "an") or several):
            given.unsure.add(kind_word(noun.text))


def _other_named(sentences: Sequence[Span], name: str, kind: str) -> bool:
    """Tell whether the sentences name some body or thing of no known kind besides `name`
    ("Microsoft said the company …"): "the company" may be that one. A title ("Salt on the
    Window") may be only what a noun for a written thing names ("the album", "the bill")."""
    words = set(name.split())
    first = [entry.lexfile for o in senses(kind)[:1] if (entry := synset(o)) is not None]
    labels = _OTHERS | _WORKS if first == [_COMMUNICATION] else _OTHERS
    return any(
        e.label_ in labels and not own_kind(e.text) and not set(e.text.split()) & words
        for sentence in sentences
        for e in ents_of(sentence)
    )


def name_given(sentence: Span, before: Span | None, given: Given, replace: dict[int, str]) -> None:
    """Say the one name the headline or lead gave a kind for a bare "the band" (a sentence's
    own namings are noted first: "Apple, the company, said the company …")."""
    quoted = quoted_words(sentence)
    for noun in sentence:
        if noun.i in replace or noun.i in quoted or not bare_the(noun):
            continue
        kind = kind_word(noun.text)
        names = given.names.get(kind, {})
        if kind not in given.lead or kind in given.unsure or len(names) != 1:
            continue
        ((name, said),) = names.items()
        if _other_named([s for s in (before, sentence) if s is not None], name, kind):
            continue
        det = noun.i - 1
        if det in replace:
            continue
        replace[noun.i] = said
        if said in given.bare:
            replace[det] = ""
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if after is not None and after.tag_ == "POS" and said.endswith("s"):
            replace[after.i] = "'"  # "the band's tour": "the Lantern Keepers' tour"
