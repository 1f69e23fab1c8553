"""A key given away by an adjective made from its name: "📰 … ten tiny Jovian satellites" over
"Which planet has 79 known satellites?" keyed Jupiter (blind review 80).

A relational adjective says the noun it is made from as plainly as the noun: "Jovian" is
Jupiter's, "Martian" Mars's, "lunar" the Moon's, "Parisian" Paris's. WordNet links each such
adjective to its noun by a pertainym ("\\") or a derivationally related form ("+"), so no
list of adjectives is kept here: a word of the question (or the line above it) whose
adjective senses point at a noun the key names gives the key away, as the key's own name
would, unless an option is cued the same way ("Jovian and Saturnian moons": two options).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from questions.generate.wordnet import data_fields, find_line, lemma_text, pointers, synset
from questions.schema import normalise

_RELATED = frozenset({"\\", "+"})  # pertainym, derivationally related form
_WORD = re.compile(r"[A-Za-z]{3,}")  # "Jovian", "lunar"; "Sino-" and "US" are no adjectives
_ARTICLE = re.compile(r"^the ")  # "the Moon" is WordNet's "Moon"


@lru_cache(maxsize=4096)
def pertained(word: str) -> frozenset[str]:
    """Return the folded names of the nouns an adjective is made from, by any of its senses
    ("Jovian": jupiter, jove; "lunar": moon), or an empty set for a word that is no adjective."""
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
            noun = synset(target) if own and symbol in _RELATED and pos == "n" else None
            if noun is not None:
                found.update(normalise(lemma_text(lemma)) for lemma in noun.lemmas)
    return frozenset(found)


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
