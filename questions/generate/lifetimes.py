"""People WordNet dates to a long-past life: no speakers or doers of a story's present.

A blind review (19) found Marc Antony offered as the speaker of an archaeologist's words of
2009, and a radar team's leader as Cleopatra's lover. WordNet's gloss of a person ends in
their years ("Roman general … (83-30 BC)", "(1809-1865)"; a living one "(born 1929)"): a name
every WordNet person of that name died decades before the article belongs to that era. The
article's own spelling may differ by a letter from WordNet's ("Marc Antony", "Mark Antony").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from rapidfuzz.distance import Levenshtein

from questions.generate.entcache import ents_of
from questions.generate.wordnet import PERSON_FILE, senses, synset
from questions.schema import normalise

# "(83-30 BC)", "(1809-1865)", "(46?-120 AD)", "(died 1965)": the year of death last
_LIFE = re.compile(r"\((?:[^()]*?\d{1,4}\??\s*-\s*|died (?:in )?)(\d{1,4})\??\s*(BC|AD)?\)\s*$")


def lifetime_eras(sentences: Sequence[Any], year: int | None, gap: int) -> dict[str, int]:
    """Map the article's people (folded full name and surname) whom WordNet dates to a death
    more than `gap` years before the article to that year of death (BC as negative)."""
    eras: dict[str, int] = {}
    if year is None:
        return eras
    names = [e.text.removesuffix("'s").removesuffix("’s") for s in sentences for e in ents_of(s)
             if e.label_ == "PERSON"]  # fmt: skip
    # "Adams said": the article's own Dan Adams, not WordNet's John Adams
    surnames = {n.split()[-1] for n in names if " " in n}
    for name in names:
        died = death_year(name) if " " in name or name not in surnames else None
        if died is not None and died < year - gap:
            for said in {name, name.split()[-1]}:
                eras.setdefault(normalise(said), died)
    return eras


@lru_cache(maxsize=1024)
def death_year(name: str) -> int | None:
    """Return the year WordNet's people of a name died, when every one of them has: the
    latest (a living namesake, "Sid Caesar (born 1922)", leaves the name undated)."""
    words = name.split()
    found: list[int | None] = []
    for offset in dict.fromkeys((*senses(name), *senses(words[-1]))):
        entry = synset(offset)
        if entry is None or entry.lexfile != PERSON_FILE or not _named(entry.lemmas, words):
            continue
        life = _LIFE.search(entry.gloss.strip())
        found.append(None if life is None else int(life[1]) * (-1 if life[2] == "BC" else 1))
    if not found or None in found:
        return None
    return max(y for y in found if y is not None)


def _named(lemmas: Sequence[str], words: Sequence[str]) -> bool:
    """Tell whether a synset names the person as written, with the first name one letter
    off and the same surname ("Marc Antony" for "Mark_Antony"), or with middle names the
    article leaves out ("Edward Steichen" for "Edward_Jean_Steichen")."""
    for lemma in lemmas:
        theirs = lemma.split("_")
        if theirs == list(words):
            return True
        if len(words) == 2 and len(theirs) > 2 and [theirs[0], theirs[-1]] == list(words):
            return True
        same_surname = len(theirs) == len(words) == 2 and theirs[1] == words[1]
        if same_surname and Levenshtein.distance(theirs[0], words[0]) == 1:
            return True
    return False
