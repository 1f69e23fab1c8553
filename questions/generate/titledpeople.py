"""Words that say a name is a person's: a title ("Dr.") or a noun for what someone is
("Egyptologist") just before it.

The model may tie a description to a name as if it said what the name is ("Dr. Zahi Hawass,
Secretary General of …, Djehuty's tomb is …": "tomb" read as his apposition), or take a
titled name for a body ("French Egyptologist Jean-François Champollion": an organisation).
A word just before the name that WordNet has, in some sense, as a kind of person (a class:
"Egyptologist", "Dr.", "chairman"; not a famous one, "Newton", which is an instance), or a
title nameparser knows written as an abbreviation ("Mr", "Prof."), says the name is someone's.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from nameparser.config import CONSTANTS

from questions.generate.carried import person_noun
from questions.generate.pools import is_any_first_name
from questions.generate.verbfiles import speech_verb
from questions.generate.wordnet import PERSON_FILE, senses, synset

Span = Any
Token = Any
_VOWEL = re.compile(r"[aeiouy]")


@cache
def _titles() -> frozenset[str]:
    """Return nameparser's titles, folded without a full stop ("dr", "prof", "sen")."""
    return frozenset(str(t).casefold().rstrip(".") for t in CONSTANTS.titles)


@cache
def _kind_of_person(word: str) -> bool:
    """Tell whether WordNet has a word, in some sense, as a kind of person (a class with a
    parent kind: "egyptologist", "dr."), not only as a famous person (an instance: "newton")."""
    return any(
        (entry := synset(offset)) is not None
        and entry.lexfile == PERSON_FILE
        and any(symbol == "@" for symbol, _ in entry.pointers)
        for offset in senses(word)
    )


def person_word(token: Token) -> bool:
    """Tell whether a word names what a person is: a kind of person in WordNet ("Egyptologist",
    "Dr."), or nameparser's title written short ("Mr", "Prof.": a full stop or no vowel)."""
    text = str(token.text).casefold()
    if token.pos_ not in ("NOUN", "PROPN"):
        return False  # "the elder Ismail": an adjective says how old, not what he is
    if not token.is_alpha and not (text.endswith(".") and text[:-1].isalpha()):
        return False
    short = text.endswith(".") or not _VOWEL.search(text)
    return _kind_of_person(text) or (short and text.rstrip(".") in _titles())


_TITLE_OF_RESPECT = "06339416"  # WordNet's "title, title of respect, form of address"


@cache
def courtesy_title(word: str) -> bool:
    """Tell whether a word is a courtesy title, WordNet's form of address said of anyone of a
    sex ("Mr.", "Mrs", "Herr"), not one that says what the person is ("Dr.", "Rabbi")."""
    return any(
        (entry := synset(offset)) is not None
        and ("@", _TITLE_OF_RESPECT) in entry.pointers
        and "form of address for" in entry.definition
        for offset in senses(word)
    )


def titled(doc: Any, start: int, end: int) -> bool:
    """Tell whether the word just before a name is a person's title or a noun for what someone
    is, tied to the name by the parse ("Dr. Zahi Hawass", "Egyptologist Jean-François
    Champollion"): the name is someone's."""
    if start == 0:
        return False
    before = doc[start - 1]
    root = doc[start:end].root
    tied = start <= before.head.i < end or (
        root.head.i == before.i and root.dep_ in ("appos", "compound")
    )
    return tied and person_word(before)


def role_named(span: Span) -> bool:
    """Tell whether the article says a name is someone's by what it does or is: a noun for a
    person set beside it ("Ann Hale, leader of the campaign,") or a verb of speech it is
    the subject of ("Ann Hale said"): only a person leads a campaign or speaks, however
    little the name lists know the name ("Darling" is a common word). A full name only: a
    bare one ("Obama") is a surname whose rivals are the article's others (`surnamekeys`)."""
    root = span.root
    if len(span) < 2:
        return False
    apposed = (c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN")
    if any(person_noun(c.lemma_) for c in apposed):
        return True
    return root.dep_ == "nsubj" and root.head.pos_ == "VERB" and speech_verb(root.head.lemma_)


def untitled(words: list[str]) -> list[str]:
    """Return a name's words without the title the model took into it ("Archbishop Ann
    Hale": Ann Hale): a noun for what someone is, capitalised, that is nobody's first name."""
    first = words[0] if len(words) > 1 else ""
    if first.istitle() and not is_any_first_name(first) and person_noun(first.lower()):
        return words[1:]
    return words


def taken_title(words: list[str]) -> tuple[str, str] | None:
    """Return a name without the title the model took into it and that title as a role
    ("Striker Saad Al Harthi": "Saad Al Harthi", "striker"), or None for an untitled name:
    the options name the person bare, and the title is still the role said."""
    bare = untitled(words)
    return (" ".join(bare), words[0].lower()) if len(bare) < len(words) else None


_CHAIN = 3  # title words an honorific may stand before: "Mr Justice", "Mr Deputy Speaker"


def honorific_led(doc: Any, start: int, end: int) -> bool:
    """Tell whether a name follows an honorific written short, alone or opening a run of
    capitalised title words ("Mr Green", "Mr Justice Green"): "Mr" is said of no
    one but a person, whatever the words between mean first ("justice" is a quality first)."""
    at = start - 1
    while at >= max(0, start - _CHAIN) and doc[at].text[:1].isupper() and doc[at].pos_ == "PROPN":
        word = doc[at]
        if not at < word.head.i < end:
            return False  # not compounded onto the title words or the name after it
        text = str(word.text).casefold()
        if text.endswith(".") or not _VOWEL.search(text):
            return text.rstrip(".") in _titles()  # "Mr", "Dr.": an honorific, short
        at -= 1
    return False


def first_named(name: str) -> bool:
    """Tell whether a name opens with a first name of a list, or one joined of such by a
    hyphen ("Jean-François", "Mary-Kate")."""
    first = name.split()[0] if name.split() else ""
    parts = first.split("-")
    return is_any_first_name(first) or (len(parts) > 1 and all(map(is_any_first_name, parts)))
