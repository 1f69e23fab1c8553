"""Names the article presents as characters of a work, not as real people.

"Kevin Conroy, the voice of Batman", "the lead played the Joker", "starred as Forrest Gump",
"voiced the character Buzz Lightyear": the parse says Batman, the Joker, Forrest Gump and
Buzz Lightyear are roles. A sentence set inside such a character's work ("In the demo of
Batman: …, players are dropped into <Name>'s manor") tells of the work's world, so the
people it names, bar its subject, are characters too. WordNet knows some by name: an
instance of "fictional character" (Sherlock Holmes, Hamlet). A character is absurd among
real guests, speakers or panellists, as option or key (review 16).
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from functools import lru_cache
from typing import Any

from questions.generate.clauses import SUBJECT
from questions.generate.entcache import ents_of
from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses, synset
from questions.schema import normalise

Span = Any
Token = Any
_FICTIONAL = "09587565"  # WordNet: fictional character, fictitious character, character
_UP = 3  # levels from the name's kind: "Hamlet" is a "dramatic character", a fictional one
_ACTING = frozenset({"play", "voice", "portray", "star", "appear", "cast", "return"})
_ROLE_NOUNS = frozenset({"character", "role", "voice"})  # "the voice of Batman"


def characters(sentences: Sequence[Span]) -> frozenset[str]:
    """Return the folded names the article presents as characters of a work."""
    found: set[str] = set()
    for sentence in sentences:
        found.update(_name(t) for t in sentence if t.pos_ == "PROPN" and _role(t))
    for sentence in sentences:
        found.update(_set_in_work(sentence, found))
    for sentence in sentences:
        found.update(_name(e.root) for e in ents_of(sentence) if e.label_ == "PERSON"
                     and fictional(e.text.removesuffix("'s")))  # fmt: skip
    return frozenset(found - {""})


def _name(token: Token) -> str:
    """Return the folded proper name a token heads ("Bruce Wayne" of "Wayne")."""
    if token.dep_ == "compound" and token.head.pos_ == "PROPN":
        return ""  # a word inside a longer name: the head names it
    return normalise(token.doc[_name_start(token) : token.i + 1].text)


def _name_start(token: Token) -> int:
    """Return where the proper name a token heads begins: its proper-noun compounds before it."""
    start: int = token.i
    while (
        start > token.sent.start
        and token.doc[start - 1].dep_ == "compound"
        and token.doc[start - 1].pos_ == "PROPN"
    ):
        start -= 1
    return start


def _role(token: Token) -> bool:
    """Tell whether the parse makes a name a role: the object of "played" with "the" ("the
    Joker"), of "portrayed" or "voiced"; "as <Name>" after a verb of acting; "the voice of
    <Name>"; "the character <Name>"."""
    head = token.head
    the = any(child.lower_ == "the" for child in token.children)
    if token.dep_ == "dobj" and head.lemma_ in _ACTING and (the or head.lemma_ != "play"):
        return True
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.lemma_ in _ACTING:
        return True  # "Tom Hanks starred as Forrest Gump"
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_ in _ROLE_NOUNS:
        return True  # "Kevin Conroy, the voice of Batman"
    if token.dep_ == "appos" and head.lemma_ in _ROLE_NOUNS:
        return True  # "the character Buzz …"
    first = _name_start(token)
    described = [c for c in token.children if c.dep_ == "appos" or c.i == first - 1]
    # "fictional character Juan Valdez", "Reddy Kilowatt, an electricity spokescharacter"
    return any(c.pos_ == "NOUN" and _character_noun(c.lemma_.lower()) for c in described)


def _character_noun(word: str) -> bool:
    """Tell whether a noun says a character: "character", or a compound ending in it
    ("spokescharacter": English closed compounds end in their head)."""
    rest = len(word) - len("character")
    return word.endswith("character") and (rest == 0 or rest >= 3)  # not "acharacter"


def _set_in_work(sentence: Span, known: set[str]) -> set[str]:
    """Return the people a sentence set in a character's work names, bar its subject: "In
    the demo of Batman: …, players are dropped into <Name>'s manor"."""
    root = sentence.root
    setting = [c for c in root.children if c.dep_ == "prep" and c.lower_ == "in"]
    if not any(_name(t) in known for c in setting for t in c.subtree if t.pos_ == "PROPN"):
        return set()
    people = [e.root for e in ents_of(sentence) if e.label_ == "PERSON"]
    return {_name(t) for t in people if t.dep_ not in SUBJECT and t.head != root}


@lru_cache(maxsize=1024)
def fictional(name: str) -> bool:
    """Tell whether WordNet has a name as an instance of "fictional character" (Sherlock
    Holmes, Hamlet), directly or through a narrower kind."""
    for offset in senses(name):
        entry = synset(offset)
        if entry is None or not any(lemma.replace("_", " ") == name for lemma in entry.lemmas):
            continue  # "hamlet" the village: only a sense that has the name as written
        kinds = [target for symbol, target in entry.pointers if symbol == "@i"]
        if is_kind_of(kinds, {_FICTIONAL}, _UP):
            return True
    return False


def is_character(folded: str, found: frozenset[str], people: AbstractSet[str]) -> bool:
    """Tell whether an option is a character of a work (`found`: the article's), in full or by
    the surname of one no real person of the article shares ("Valdez" of "fictional character
    Juan Valdez")."""
    if folded in found:
        return True
    if " " in folded:
        return False
    bearers = {p for p in people if p.endswith(f" {folded}")}
    return bool(bearers) and bearers <= found
