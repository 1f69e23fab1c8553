"""People the article names by a single name ("Djehuty", "Queen Hatshepsut") or by a name and
a regnal numeral ("Thutmosis III", "Louis XIV"), and their options: each other.

Faker's lists hold neither an ancient official's name nor a pharaoh's, and made-up modern
names beside them are absurd; a bare surname beside a single name reads as another kind
of name. The article's other single-named people are the rivals a reader weighs: a queen
beside her official. A god is a single name too, but no rival of a human ("the goddess
Nut" beside a pharaoh): gods are options for gods, humans for humans.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from questions.generate.closest import closest
from questions.generate.compiled import pattern
from questions.generate.facts import Fact
from questions.generate.hypernyms import is_kind_of
from questions.generate.options import OptionContext
from questions.generate.people import named_in_stem
from questions.generate.pools import is_any_first_name, is_surname
from questions.generate.regnal import regnal, words_before
from questions.generate.unpersons import only_told
from questions.generate.wordnet import PERSON_FILE, senses, synset
from questions.schema import normalise

LONE = "the article's single-named people"  # where such a key's options come from
_DEITY = frozenset({"09505418"})  # deity.n.01: Thoth, Nut, a "goddess"
_DEPTH = 4  # Thoth -> Egyptian deity -> deity; goddess -> deity
_LINKS = frozenset({"@", "@i"})  # a kind's parent, an instance's kind
_TWICE = 2  # a single name said once may be a stray word the model took for a name


@cache
def _deity(name: str) -> bool:
    """Tell whether WordNet has a name, as written, for a god ("Thoth", "Nut")."""
    lemma = name.replace(" ", "_")
    own = [o for o in senses(name) if (s := synset(o)) and s.lexfile == PERSON_FILE
           and lemma in s.lemmas]  # fmt: skip
    return is_kind_of(own, _DEITY, _DEPTH, _LINKS)


def _called_god(name: str, text: str) -> bool:
    """Tell whether the text says a name after a noun for a god ("the goddess Nut")."""
    return any(
        is_kind_of(senses(word)[:1], _DEITY, _DEPTH) for word in words_before(name, text, "[a-z]+")
    )


def lone_names(article: Sequence[Fact], text: str) -> dict[str, bool]:
    """Return the article's people named by a single name or with a regnal numeral, each
    with whether it is a god's: a one-word name the model calls a person, said at least
    twice, that is no word of a person it names in full and no first name or surname of a
    list (those are `givennames`' and `surnamed`'s); or a regnal name."""
    people = tuple(f for f in article if f.kind == "person")
    return dict(_lone_names(people, text))  # a copy: the cached one is every question's


@lru_cache(maxsize=8)
def _lone_names(people: tuple[Fact, ...], text: str) -> tuple[tuple[str, bool], ...]:
    """Find the single-named people once an article: every person key asks, and each search
    reads the whole text (a ten-times-longer article spent most of its time here)."""
    parts = {w for f in people if " " in f.text for w in f.text.split()}  # "Thutmosis" too
    found: dict[str, bool] = {}
    for fact in people:
        name = fact.text
        if regnal(name):
            found[name] = False
            continue
        said = len(pattern(rf"(?<![\w-]){re.escape(name)}(?![\w-])").findall(text))
        if (
            " " in name
            or fact.label != "PERSON"
            or name in parts
            or said < _TWICE
            or not name[:1].isupper()
            or is_any_first_name(name)
            or is_surname(name)
            or only_told(name, text)  # "told Wikinews": the outlet, no one of the story
        ):
            continue
        found[name] = _deity(name) or _called_god(name, text)
    return tuple(found.items())


def lone_options(
    fact: Fact,
    key: str,
    article: Sequence[Fact],
    source: str,
    context: OptionContext | None,
    avoid: frozenset[str],
) -> list[str] | None:
    """Return a single-named person key's options: the article's other single-named people
    of its kind (god or human), none the question names, none sharing a word with the key
    ("Thutmosis" of "Thutmosis III": one man), none in `avoid`. None where the key is no
    such person or fewer than two fit (the other rules choose then), except for a regnal
    name or its given name, or any single name of a story that names a reign: made-up or
    modern people beside a pharaoh, or his official, are no rivals (none)."""
    if fact.kind != "person" or context is None:
        return None
    crowned = any(regnal(f.text) and key in (f.text, f.text.split()[0]) for f in article)
    lone = lone_names(article, context.text)
    if key not in lone:
        return [] if crowned else None
    # "Djehuty, an official of Queen Hatshepsut", beside "Thutmosis III": of that age, so the
    # story's people named in full (its minister, its archaeologist) are of another
    crowned = crowned or any(regnal(name) for name in lone)
    words = set(key.split())
    stem = context.stem + " " + source
    rivals = [
        name for name, god in lone.items()
        if god == lone[key] and name != key and not words & set(name.split())
        and normalise(name) not in avoid and not named_in_stem(name, stem)
        and not pattern(rf"(?<![\w-]){re.escape(normalise(name))}(?![\w-])").search(normalise(stem))
    ]  # fmt: skip
    chosen = closest(rivals, key, lambda option: True, {normalise(key)}, names=True)
    return chosen if len(chosen) >= 2 else ([] if crowned else None)
