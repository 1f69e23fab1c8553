"""The one nation WordNet ties a named thing to, by its names, its gloss or what it is part of.

WordNet's agencies are mostly the United States' ("National Geospatial-Intelligence Agency",
part of the "United States Department of Defense"): beside the key of a story set in
Indonesia they are options every player strikes out. A body is tied to a nation when its
names or gloss name one nation only, else the body it is part or a member of does (its
holonyms, a few steps up: an agency of the "legislative branch" of the "United States
government"). A nation's famous office ("President of the United States") is told so too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from questions.generate.nationcodes import nation_codes
from questions.generate.pools import country_code
from questions.generate.wordnet import Synset, lemma_text, own_synsets, senses, synset

_HOLONYMS = frozenset({"#p", "#m"})  # part of, member of
_STEPS = 3  # agency, branch, government: a nation is named within so many steps up
_CAPITALISED = re.compile(r"[A-Z][\w.'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w.'’-]*)*")
_LONGEST = 3  # "United Arab Emirates": a country's name is at most this many words


def text_nations(text: str) -> frozenset[str]:
    """Return the codes of the nations a text names by a country's name or its people's word
    ("the United States", "U.S.", "Afghan"); lower-case words name none ("turkey")."""
    found: set[str] = set()
    for run in _CAPITALISED.findall(text):
        words = [w for w in run.split() if w not in ("of", "the")]
        spans = (" ".join(words[i : i + n]) for n in range(1, _LONGEST + 1)
                 for i in range(len(words) - n + 1))  # fmt: skip
        found.update(code for span in spans if (code := country_code(span)))
        found.update(nation_codes(words))
    return frozenset(found)


def _said_nations(entry: Synset) -> frozenset[str]:
    """Return the nations a synset's lemmas and gloss name; an acronym lemma is the body's
    own initials ("NGA", "IC"), never a country's code (Nigeria's, the Canaries')."""
    names = " ; ".join(lemma.replace("_", " ") for lemma in entry.lemmas if not lemma.isupper())
    return text_nations(f"{names} ; {entry.gloss}")


@lru_cache(maxsize=4096)
def body_nation(name: str) -> str:
    """Return the code of the one nation WordNet ties a named body to, by its own words or
    those of the bodies it is part of; "" when none or several ("Home Office": none)."""
    own = own_synsets(name)
    level = list(own[:1])
    for _ in range(_STEPS + 1):
        said = frozenset().union(*(_said_nations(entry) for entry in level))
        if said:
            return next(iter(said)) if len(said) == 1 else ""
        level = [up for entry in level for symbol, offset in entry.pointers
                 if symbol in _HOLONYMS and (up := synset(offset)) is not None]  # fmt: skip
    return ""


def category_nations(category: Synset) -> frozenset[str]:
    """Return the nations a WordNet category's names say ("President of the United States":
    US; "statesman": none)."""
    return text_nations(" ; ".join(lemma.replace("_", " ") for lemma in category.lemmas))


def foreign_body(rival: str, key: str, story: Sequence[str]) -> bool:
    """Tell whether WordNet ties a rival body to a nation other than the one the story is
    set in (`story`: its most-named nation's code, if any), the key being no body of that
    nation by WordNet or by its own words: the Census Bureau beside an Indonesian agency."""
    tied = body_nation(rival)
    if not tied or not story or tied in story:
        return False
    return body_nation(key) != tied and tied not in text_nations(key)


@lru_cache(maxsize=1024)
def _wordnet_nation(name: str) -> str:
    """Return the one country a name is WordNet's other name for ("Great Britain", "Holland",
    "Burma"), by the country names among its senses' lemmas; "" for none or several."""
    codes = {
        code
        for offset in senses(name.replace(" ", "_").lower())
        if (entry := synset(offset)) is not None
        for lemma in entry.lemmas
        if (code := country_code(lemma_text(lemma)))
    }
    return next(iter(codes)) if len(codes) == 1 else ""


def renamed_nations(text: str) -> frozenset[str]:
    """Return the codes of the countries a text names by a name the gazetteer lacks but
    WordNet gives ("Great Britain" won a gold: the United Kingdom is no rival beside it)."""
    found: set[str] = set()
    for run in _CAPITALISED.findall(text):
        words = [w for w in run.split() if w not in ("of", "the")]
        spans = (" ".join(words[i : i + n]) for n in range(1, _LONGEST + 1)
                 for i in range(len(words) - n + 1))  # fmt: skip
        # "North Korea" is the gazetteer's own name: an option it names, not another name
        found.update(code for span in spans
                     if not country_code(span) and (code := _wordnet_nation(span)))  # fmt: skip
    return frozenset(found)
