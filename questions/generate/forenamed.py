"""A person's given name the model left outside the surname it named: "former DJ Andry
Rajoelina", where the model names only "Rajoelina" (and calls it a place).

The article calls the same word a person's surname elsewhere ("Mr Rajoelina", or a mention the
model itself names a person), so the capitalised word compounded right before it, one that
says nothing of who the person is, is the person's first name: the full name is the key, and
its surname a fair rival of the article's other people.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.gluednames import says_who
from questions.generate.people import RARE_ZIPF
from questions.generate.pools import is_any_first_name, zipf
from questions.generate.titledpeople import courtesy_title

Token = Any


def _one_word(token: Token) -> bool:
    """Tell whether a word is a name the model found alone, one word long."""
    last = token.i + 1 == len(token.doc)
    return bool(token.ent_iob_ == "B" and (last or token.nbor().ent_iob_ != "I"))


def _surnames(sentences: Sequence[Any]) -> set[str]:
    """Return the one-word names the article uses as a person's surname: after a courtesy
    title ("Mr Rajoelina"), or a mention the model names a person on its own."""
    found: set[str] = set()
    for sentence in sentences:
        for token in sentence:
            before = token.doc[token.i - 1] if token.i > 0 else None
            titled = before is not None and before.is_alpha and courtesy_title(before.text)
            alone = token.ent_type_ == "PERSON" and _one_word(token)
            if token.pos_ == "PROPN" and token.text[:1].isupper() and (titled or alone):
                found.add(token.text)
    return found


def _given_name(word: Token, name: Token) -> bool:
    """Tell whether a word right before a one-word name is its bearer's first name: a
    capitalised word the model left unnamed, compounded onto the name, that is a first name
    of a list or a word English does not use ("Andry"), and says nothing of who the person is
    ("DJ", "President", "Madagascan")."""
    tied = word.dep_ == "compound" and word.head.i == name.i and word.pos_ == "PROPN"
    shaped = word.is_alpha and word.text.istitle() and not word.ent_type_
    named = is_any_first_name(word.text) or zipf(word.lower_) < RARE_ZIPF
    return bool(tied and shaped and named and not says_who(word))


def forenamed(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Add the full name a first name opens before a one-word name the article uses as a
    surname ("Andry Rajoelina"), a person, in place of any fact of the surname alone there."""
    surnames = _surnames(sentences)
    found = [list(facts) for facts in per_sentence]
    for index, sentence in enumerate(sentences):
        for name in sentence[1:]:
            word = name.doc[name.i - 1]
            if name.text not in surnames or not _one_word(name) or not _given_name(word, name):
                continue
            full = name.doc[word.i : name.i + 1]
            kept = [f for f in found[index] if f.end <= word.i or f.start > name.i]
            fact = Fact(index, word.i, name.i + 1, full.text, "PERSON", "person")
            found[index] = sorted([*kept, fact], key=lambda f: (f.start, f.end))
    return found
