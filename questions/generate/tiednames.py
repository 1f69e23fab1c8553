"""Saying "the rocket" and "the planet" by the name the article last tied to the noun: "a
Atlas V 401 rocket … the rocket's launch pad" is the Atlas V 401 rocket's, "the planet
Mars … the planet's northern hemisphere" is Mars's.

A story names a thing once beside the noun for it, before ("a Vela 7 probe") or after ("the
moon Titan"), and then says the noun alone. A question keeping "the probe" leaves the player
asking which; said with the name it stands alone. The name is said only when nothing else
can be meant: the last sentence that names a thing tied to the noun names only that one, no
unnamed "a probe", "another probe" or "two probes" came after it, the sentence itself names
no other, and the noun is never a person's (a wrong name would slander) nor one whose plural
is the singular ("spacecraft": one craft or several).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from lemminflect import getInflection

from questions.generate.compiled import pattern
from questions.generate.introduced import described_here
from questions.generate.namedthings import TIMES
from questions.generate.quotemarks import quoted_words
from questions.generate.wordnet import PERSON_FILE, first_sense

Token = Any
Span = Any
# what a run of capitals before a noun may be to name it ("Atlas V 401 rocket"): not a place
# or people ("a California company" is described, not named), nor a person or a date
_PLACES = frozenset({"GPE", "NORP", "LOC", "PERSON"})
_NEW = frozenset({"a", "an", "another"})  # "a rocket" after the named one: maybe another


@dataclass
class Tied:
    """The names each noun was tied to so far, where each was last said, and where an
    unnamed one of the noun last came in."""

    said: dict[str, dict[str, str]] = field(default_factory=dict)  # "planet": {"Mars": "Mars"}
    last: dict[str, int] = field(default_factory=dict)  # name -> sentence it was last said in
    unnamed: dict[str, int] = field(default_factory=dict)  # noun -> sentence of "a rocket"
    count: int = 0


def _noun(token: Token) -> str:
    """Return the lemma of a singular common noun a name may be tied to, or ""."""
    if token.tag_ != "NN" or token.pos_ != "NOUN" or not token.is_alpha or token.ent_type_:
        return ""
    lemma = str(token.lemma_.lower())
    return lemma if _tieable(lemma) else ""


@lru_cache(maxsize=4096)
def _tieable(lemma: str) -> bool:
    """Tell whether a noun can be tied to one name: not a person first ("the singer") and not
    the same in the plural ("the spacecraft": the one or all of them). Cached: asked of every
    noun of every sentence."""
    return not _person(lemma) and getInflection(lemma, "NNS") != (lemma,)


def _person(lemma: str) -> bool:
    """Tell whether a noun says a person first ("singer"; not "planet", a follower only in
    its second sense)."""
    entry = first_sense(lemma)
    return entry is not None and entry.lexfile == PERSON_FILE


def _name_before(noun: Token) -> str | None:
    """Return the capitalised name written right before a noun ("a Atlas V 401 rocket"), said
    as "the Atlas V 401 rocket", or None."""
    doc, at = noun.doc, noun.i
    while at > 0 and (doc[at - 1].pos_ == "PROPN" or doc[at - 1].like_num):
        at -= 1
    words = doc[at : noun.i]
    if not any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in words):
        return None
    if any(t.ent_type_ in _PLACES | TIMES - {"CARDINAL"} for t in words):
        return None
    if any(t.head.i not in range(at, noun.i + 1) for t in words):
        return None  # "NASA's InSight Mars lander": not all said of the noun
    if at == 0 or doc[at - 1].lower_ not in ("a", "an", "the"):
        return None  # "two Mars Cube One craft", "its Centaur stage": not one named thing
    return f"the {words.text} {noun.text}"


def _name_after(noun: Token) -> str | None:
    """Return the name set right after "the" and a noun ("the planet Mars"), or None."""
    doc = noun.doc
    if noun.i == 0 or doc[noun.i - 1].lower_ != "the" or noun.i + 1 >= len(doc):
        return None
    name = doc[noun.i + 1]
    if name.pos_ != "PROPN" or not name.text[:1].isupper() or name.ent_type_ in {"PERSON", *TIMES}:
        return None
    if name.head.i != noun.i and noun.head.i != name.i:
        return None
    words = [t for t in name.subtree if t.i > noun.i] if name.head.i == noun.i else [name]
    if any(t.pos_ != "PROPN" for t in words) or words[-1].i - noun.i != len(words):
        return None
    return " ".join(t.text for t in words)


def _mentions(sentence: Span, names: dict[str, str]) -> set[str]:
    """Return the names a sentence says, whole words."""
    text = sentence.text
    return {n for n in names if pattern(rf"(?<!\w){re.escape(n)}(?!\w)").search(text)}


def note_tied(sentence: Span, tied: Tied) -> None:
    """Note the names a sentence ties to nouns, the tied names it says again, and the unnamed
    new ones it brings in ("a rocket", "two rockets")."""
    for token in sentence:
        lemma = _noun(token)
        if lemma:
            name = _name_before(token) or _name_after(token)
            if name is not None:
                tied.said.setdefault(lemma, {})[name.removeprefix("the ")] = name
                continue
        det = next((c.lower_ for c in token.children if c.dep_ == "det"), "")
        counted = token.tag_ == "NNS" and any(c.like_num for c in token.children)
        # "the women's marathon" after "the T12 marathon": said otherwise, maybe another
        other = token.lemma_.lower() in tied.said and any(
            c.i < token.i and c.dep_ != "det" for c in token.children
        )
        if (lemma and det in _NEW) or counted or det == "both" or other:
            tied.unnamed[token.lemma_.lower()] = tied.count
    for names in tied.said.values():
        for name in _mentions(sentence, names):
            tied.last[name] = tied.count
    tied.count += 1


def _named(lemma: str, sentence: Span, tied: Tied) -> str | None:
    """Return how to say the one thing a bare noun can mean, or None."""
    names = tied.said.get(lemma, {})
    if not names:
        return None
    latest = max(tied.last.get(n, -1) for n in names)
    current = [n for n in names if tied.last.get(n, -1) == latest]
    if len(current) != 1 or tied.unnamed.get(lemma, -1) >= latest:
        return None  # two said last together, or an unnamed new one since
    if _mentions(sentence, names) - set(current):
        return None  # "the planet Jupiter … the planet's": this sentence may mean another
    return names[current[0]]


def name_tied(sentence: Span, tied: Tied, replace: dict[int, str]) -> None:
    """Say "the Atlas V 401 rocket" for "the rocket" and "Mars" for "the planet" when the
    article tied the noun to that one name (run before `note_tied` reads the sentence)."""
    quoted = quoted_words(sentence)
    for noun in sentence:
        lemma = _noun(noun)
        det = noun.i - 1
        if not lemma or noun.i in replace or det in replace or noun.i in quoted:
            continue
        if det < 0 or noun.doc[det].lower_ != "the" or noun.dep_ == "compound":
            continue  # "the rocket launch": the launch's, not the rocket
        if any(c.i < noun.i and c.dep_ != "det" for c in noun.children):
            continue  # "the first rocket", "the new planet": said otherwise
        if described_here(noun) or _name_after(noun) is not None:
            continue  # "the rocket that carried …", "the planet Jupiter": said which
        said = _named(lemma, sentence, tied)
        if said is None:
            continue
        replace[noun.i] = said.removeprefix("the ")
        if not said.startswith("the "):
            replace[det] = ""  # "the planet's": "Mars's"
