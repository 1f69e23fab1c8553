"""A key given away by an adjective made from its name: "📰 … ten tiny Jovian satellites" over
"Which planet has 79 known satellites?" keyed Jupiter (blind review 80).

A relational adjective says the noun it is made from as plainly as the noun: "Jovian" is
Jupiter's, "Martian" Mars's, "lunar" the Moon's, "Parisian" Paris's. WordNet links each such
adjective to its noun by a pertainym ("\\"), so no list of adjectives is kept here: a word
of the question (or the line above it) whose adjective senses point at a noun the key names
gives the key away, as the key's own name would, unless an option is cued the same way
("Jovian and Saturnian moons": two options). A derivationally related form ("+") is no
such link ("common": commons, "seven": 7), nor a pertainym to a name made of the adjective
("green": Green Party). Nor is a name the
adjective's noun shares with another thing it may mean: "Chinese" points at the synset
"Taiwan, China, Republic of China", yet "China" is the People's Republic too, so only a
name every reading holds is cued ("Jovian": the planet and the god are both Jupiter).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from questions.generate.wordnet import (
    data_fields,
    find_line,
    lemma_text,
    pointers,
    senses,
    synset,
)
from questions.schema import normalise

_PERTAINYM = "\\"  # "Jovian" is "of or relating to" Jupiter
_WORD = re.compile(r"[A-Za-z]{3,}")  # "Jovian", "lunar"; "Sino-" and "US" are no adjectives
_ARTICLE = re.compile(r"^the ")  # "the Moon" is WordNet's "Moon"


@lru_cache(maxsize=4096)
def pertained(word: str) -> frozenset[str]:
    """Return the folded names every reading of an adjective's nouns holds ("Jovian":
    jupiter; "lunar": moon), or an empty set for a word that is no adjective or whose
    nouns' names mean things that share none ("Chinese": Taiwan, China)."""
    fields = find_line("index.adj", word.lower()).split()
    if len(fields) < 3:
        return frozenset()
    found: set[str] = set()
    for offset in fields[-int(fields[2]) :]:
        entry, lemmas, at = data_fields(find_line("data.adj", offset))
        for i, (symbol, target, pos) in enumerate(pointers(entry, at)):
            # a lexical pointer is one lemma's ("tiny, lilliputian": only the second is
            # Lilliput's): its source/target field names that lemma by number
            source = int(entry[at + 4 + 4 * i][:2], 16)
            own = not source or lemma_text(lemmas[source - 1]).lower() == word.lower()
            noun = synset(target) if own and symbol == _PERTAINYM and pos == "n" else None
            names = [lemma_text(lemma) for lemma in noun.lemmas] if noun else []
            # "green" is the Green Party's: a name made of the adjective ("French Republic")
            # is not what the adjective is made from and says no more than its own word
            found.update(name for name in names if word.lower() not in name.lower().split())
    return _shared(frozenset(found))


def _shared(names: frozenset[str]) -> frozenset[str]:
    """Return the folded names held by every noun synset any of the names means: "China"
    means the People's Republic as well as the Republic of China, which alone holds
    "Taiwan", so a question saying "Chinese" names neither country for certain."""
    readings = [synset(offset) for name in names for offset in senses(name)]
    held = [frozenset(normalise(lemma_text(lemma)) for lemma in r.lemmas) for r in readings if r]
    return frozenset.intersection(*held) if held else frozenset()


def _folded(name: str) -> str:
    """Return a name folded as WordNet's lemmas are compared: no leading "the"."""
    return _ARTICLE.sub("", normalise(name))


def _cued(text: str) -> frozenset[str]:
    """Return the folded nouns a text's adjectives are made from."""
    return frozenset(noun for word in set(_WORD.findall(text)) for noun in pertained(word))


def pertained_key(text: str, key: str, distractors: Sequence[str]) -> str | None:
    """Say when a word of the question is an adjective made from the key's name ("Jovian"
    over a Jupiter key) and from no option's: the key is then read off the question."""
    cued = _cued(text)
    if _folded(key) not in cued or any(_folded(other) in cued for other in distractors):
        return None
    return "an adjective of the question is made from the key's name"
