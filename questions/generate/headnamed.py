"""Rivals of a name WordNet does not know, by its head noun: the names WordNet does know that
end in the same head ("Clean Air Act": the Stamp Act, the Riot Act).

WordNet files few named statutes under one category (the Stamp Act under "legislative act",
the Riot Act under "law"), so a category's members fall short of a pool; the names it
spells with the same head noun are all things of that kind, whatever their category.
"""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import (
    NAMED_FILES,
    data_dir,
    index_lines,
    senses,
    synset,
)

MIN_HEADED = 3  # fewer named things of a head are no pool


def _head(key: str, kind: str) -> str:
    """Return the head a key ends on, two words where WordNet knows them as one compound
    ("Korean Central News Agency": news agency, not a government agency), else ""."""
    words = key.split()
    if len(words) < 2 or words[-1].lower() != kind:
        return ""
    compound = " ".join(words[-2:]).lower()
    return compound if len(words) > 2 and senses(compound) else kind


@lru_cache(maxsize=256)
def headed_names(key: str, kind: str) -> tuple[str, ...]:
    """Return WordNet's names of several words that end in the key's head noun, capitalised
    as the key writes it ("Stamp Act" for "Clean Air Act"), sorted; () when fewer than three
    are, or the key does not end in its kind."""
    head = _head(key, kind)
    if not head or not data_dir():
        return ()
    written = " ".join(key.split()[-len(head.split()) :])  # "Act", "News Agency"
    ending = re.compile(rf"[A-Za-z][\w'-]*(?: [\w'-]+)* {re.escape(written)}")
    found: set[str] = set()
    for lemma in index_lines("_" + "_".join(head.split())):
        for offset in senses(lemma.replace("_", " ")):
            entry = synset(offset)
            if entry is None or entry.lexfile not in NAMED_FILES:
                continue
            for name in (n.split("(")[0].replace("_", " ") for n in entry.lemmas):
                if ending.fullmatch(name) and name[:1].isupper() and name != key:
                    if _of_head(name, head):
                        found.add(name)
                    break  # one spelling of each thing
    return tuple(sorted(found)) if len(found) >= MIN_HEADED else ()


_DEPTH = 4  # how far up a name's hypernyms its head's sense may sit
_KIND_OR_INSTANCE = frozenset({"@", "@i"})  # a name is an instance ("@i") of a kind ("@")


def _of_head(name: str, head: str) -> bool:
    """Tell whether a name's commonest sense is a kind of its head noun's thing: the Stamp
    Act is an act (a statute), the Riot Act first "a vigorous reprimand" (a code review found
    it offered beside "a law passed in 1963")."""
    # a sense of the head or its parent: an act (a statute) or another legal document
    # ("Racketeer Influenced and Corrupt Organizations Act" is filed as a law)
    kinds: set[str] = set()
    for sense in filter(None, (synset(offset) for offset in senses(head))):
        kinds |= {sense.offset, *(target for symbol, target in sense.pointers if symbol == "@")}
    return is_kind_of(senses(name)[:1], kinds, _DEPTH, _KIND_OR_INSTANCE, first=True)


_YEAR = re.compile(r"\b(1[0-9]\d\d|20\d\d)\b")
ERA_YEARS = 50  # a named law of another half-century is of another era than the key's


def of_era(name: str, year: int | None) -> bool:
    """Tell whether a named thing's WordNet gloss dates it ("passed … in 1756") no further
    than an era from a year (the one the question dates the key by); undated, it may be."""
    entry = synset(senses(name)[0]) if year is not None and senses(name) else None
    dated = _YEAR.search(entry.gloss) if entry is not None else None
    return dated is None or year is None or abs(int(dated.group(1)) - year) <= ERA_YEARS
