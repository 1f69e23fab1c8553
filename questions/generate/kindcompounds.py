"""A compound whose first words name one kind of what its head noun says: "the pop art movement".

spaCy tags no entity in "He was an influential figure in the pop art movement", yet which
movement is what a reader remembers. The head noun says the kind ("movement") and WordNet
files the modifier ("pop art") under it (pop art: an art movement, a movement), so the
modifier's sisters under that kind are its true rivals (minimalism, surrealism,
impressionism), none made up. Only where WordNet has one sense of the modifier: which of
several is meant would be a guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.common import NOUN, common_rivals
from questions.generate.compiled import pattern
from questions.generate.definednouns import DEFINED_NOUN, defined_noun_rivals
from questions.generate.facts import Fact
from questions.generate.sistercompounds import SISTER_COMPOUND, sister_rivals
from questions.generate.sisters import commonest, plain_sister
from questions.generate.wordnet import Synset, senses, synset

KIND_OF = "kind-of"  # the fact's subtype: its rivals are its sisters under the head's kind
WANTED = 3
Span = Any
Token = Any
_PARENT, _CHILD = "@", "~"


def _one_sense(lemma: str) -> Synset | None:
    """Return a word's synset where WordNet has only one: which of several is meant is a guess."""
    found = senses(lemma)
    return synset(found[0]) if len(found) == 1 else None


def _parents(entry: Synset) -> list[Synset]:
    """Return the synsets a synset is a kind of."""
    return [up for s, t in entry.pointers if s == _PARENT and (up := synset(t)) is not None]


def _lemmas(entry: Synset) -> set[str]:
    """Return a synset's lemmas as written, lower case ("art_movement": "art movement")."""
    return {lemma.split("(")[0].replace("_", " ").lower() for lemma in entry.lemmas}


def _kind_of(lemma: str, head: str) -> Synset | None:
    """Return the one synset of a modifier that WordNet files under its head noun (as its
    parent or grandparent: pop art, an art movement, a movement), or None."""
    entry = _one_sense(lemma)
    if entry is None:
        return None
    parents = _parents(entry)
    above = parents + [g for p in parents for g in _parents(p)]
    return entry if any(head in _lemmas(up) for up in above) else None


def compound_kinds(stated: list[list[Fact]], sentences: Sequence[Span]) -> list[list[Fact]]:
    """Add each sentence's lower-case compound naming a kind of its head noun as a fact ("pop
    art" of "the pop art movement"), where WordNet knows three of its sisters."""
    out = []
    for index, (found, sentence) in enumerate(zip(stated, sentences, strict=True)):
        taken = {i for f in found for i in range(f.start, f.end)}
        added = []
        for noun in sentence:
            words = _modifier(noun)
            if not words or taken & {t.i for t in words}:
                continue
            lemma = " ".join(t.lower_ for t in words)
            if _kind_of(lemma, noun.lemma_.lower()) is None:
                continue
            start, end = words[0].i, words[-1].i + 1
            text = noun.doc[start:end].text
            fact = Fact(index, start, end, text, "NOUN", NOUN, KIND_OF, lemma)
            if len(compound_rivals(fact, "")) >= WANTED:
                added.append(fact)
        out.append(found + added)
    return out


def _modifier(noun: Token) -> list[Token]:
    """Return the lower-case words compounded right before a common noun ("pop art" of "pop
    art movement"), or []: a name or a number inside is no common kind."""
    if noun.pos_ != "NOUN":
        return []
    words = [t for t in noun.subtree if t.i < noun.i and t.dep_ == "compound"]
    if not words or words[-1].i != noun.i - 1 or words[-1].i - words[0].i + 1 != len(words):
        return []
    if any(not t.is_alpha or not t.is_lower or t.ent_type_ for t in words):
        return []
    return words


def compound_rivals(fact: Fact, text: str) -> list[str]:
    """Return three sisters of a compound's kind under its parent (pop art: minimalism,
    surrealism, impressionism), commonest first, none the article says, none a clipped form
    ("deco" of "art deco"). One word each: how often a phrase of common words is written is
    guessed from its words ("ash can" would outrank "surrealism"), so no ranking holds."""
    entry = _one_sense(fact.unit)
    if entry is None:
        return []
    own = _lemmas(entry)
    names = []
    for parent in _parents(entry):
        for s, offset in parent.pointers:
            member = synset(offset) if s == _CHILD and offset != entry.offset else None
            if member is None:
                continue
            lemmas = _lemmas(member)
            name = member.lemmas[0].split("(")[0].replace("_", " ").lower()
            if not name.isalpha() or senses(name) != (offset,):
                continue  # a hyphenated word, or one of several senses ("the secession …")
            if any(name != o and f" {name} " in f" {o} " for o in lemmas):
                continue  # "deco" of "art deco": a clipped form, no name of its own
            if name in own or _said(name, text) or not plain_sister(member, name, entry):
                continue
            names.append(name)
    return commonest(names, fact.unit)[:WANTED]


def _said(name: str, text: str) -> bool:
    """Tell whether the article says a word: it may be true there too."""
    return bool(text) and pattern(rf"\b{re.escape(name)}", re.IGNORECASE).search(text) is not None


def noun_rivals(fact: Fact, text: str, context: Any = None) -> list[str]:
    """Return a common noun's wrong options: a compound's sisters under its head's kind, a
    defined noun's the article's own things of its kind first (`definednouns`), any other
    noun's WordNet sisters (`common.common_rivals`)."""
    if fact.subtype == DEFINED_NOUN:  # "Which condition is …?": none the question says
        stem, sentences = (context.stem, context.sentences) if context is not None else ("", ())
        return defined_noun_rivals(fact, text, stem, sentences)
    if fact.subtype == SISTER_COMPOUND:  # "water security": the article's "national security"
        return sister_rivals(fact, context.sentences if context is not None else ())
    return compound_rivals(fact, text) if fact.subtype == KIND_OF else common_rivals(fact, text)
