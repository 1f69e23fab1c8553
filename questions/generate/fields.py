"""Whether a library rival belongs to the article's field, by the nouns of its WordNet gloss.

WordNet's category of a named body mixes fields: the US independent agencies hold NASA beside
the EPA and the Postal Service, the UN agencies the WHO beside the World Meteorological
Organization. Offered for NASA in a story about a Mars lander, the EPA is struck out by its
topic alone. A rival's field is what its gloss names beyond its category ("pollution",
"environment" for the EPA; "an independent agency of the United States government" is
every sister's): it is the article's field where one of those nouns is a topic of the article
(written there far more often than in English at large, by wordfreq) or a noun of the key's
own gloss (UNICEF's "health" beside the WHO's). A rival whose gloss names nothing beyond its
category ("a university in Connecticut") has no field to judge and stays.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from lemminflect import getAllLemmas
from wordfreq import zipf_frequency

from questions.generate.nlp import load_nlp
from questions.generate.wordnet import Synset, own_synsets, synset

# How much more often than in English at large (in Zipf, log10 steps) an article writes a word
# for it to be one of the article's topics: "food" in a story on iodised bread (1.5), not the
# "response" or "program" any story says in passing (1.2, 1.3).
TOPICAL = 1.5
_PARENTS = frozenset({"@", "@i"})
_BRITISH = re.compile(r"\b([A-Z]?[a-z]+)is(ation)\b")  # WordNet spells "-ization" only
_WORD = re.compile(r"[a-z]+")
_LOWER = re.compile(r"\b[a-z]+\b")


def of_field(rival: str, key: str, text: str) -> bool:
    """Tell whether a library rival may stand beside the key in this article: its gloss names
    a topic of the article or a noun of the key's gloss, or nothing beyond its category."""
    entry = _entry(rival)
    if entry is None or not text.strip():  # no article to judge by, or WordNet says nothing
        return True  # no evidence against it
    nouns = field_nouns(entry.offset)
    if not nouns:
        return True
    own = _entry(key)
    if own is not None and nouns & field_nouns(own.offset):
        return True
    return bool(nouns & topics(text))


def _entry(name: str) -> Synset | None:
    """Return the named thing's own synset, looked up in WordNet's American spelling."""
    found = own_synsets(_BRITISH.sub(r"\1iz\2", name))
    return found[0] if found else None


@lru_cache(maxsize=4096)
def field_nouns(offset: str) -> frozenset[str]:
    """Return the common nouns of a synset's gloss, as lemmas, that its categories' names and
    glosses do not say: the EPA's "pollution" and "environment", not its "agency"."""
    entry = synset(offset)
    if entry is None:
        return frozenset()
    category: set[str] = set()
    for symbol, target in entry.pointers:
        parent = synset(target) if symbol in _PARENTS else None
        if parent is not None:
            said = f"{parent.definition} {' '.join(parent.lemmas)}".replace("_", " ").lower()
            category.update(_lemma(w) for w in _WORD.findall(said))
    doc = load_nlp()(entry.definition)
    nouns = {t.lemma_.lower() for t in doc if t.pos_ == "NOUN" and t.is_alpha and len(t) > 2}
    return frozenset(nouns - category)


@lru_cache(maxsize=64)
def topics(text: str) -> frozenset[str]:
    """Return the lemmas an article writes far more often than English does ("lander",
    "launch" of a Mars mission; "iodine", "food" of iodised bread)."""
    # lower-case words only: a name's word is no topic ("Orbiter Processing Facility" makes
    # no mail "processing" story of a shuttle's)
    counts = Counter(_lemma(w) for w in _LOWER.findall(text) if len(w) > 2)
    total = max(len(_WORD.findall(text.lower())), 1)
    return frozenset(
        lemma
        for lemma, count in counts.items()
        if math.log10(count / total * 1e9) - zipf_frequency(lemma, "en") >= TOPICAL
    )


@lru_cache(maxsize=65536)
def _lemma(word: str) -> str:
    """Return a word's lemma, a noun's first ("foods": food; "programs": program)."""
    found = getAllLemmas(word)
    for pos in ("NOUN", "VERB", "ADJ"):
        if pos in found:
            return str(found[pos][0])
    return word
