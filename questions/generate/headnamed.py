"""Rivals of a name WordNet does not know, by its head noun: the names WordNet does know that
end in the same head ("Clean Air Act": the Stamp Act, the Riot Act).

WordNet files few named statutes under one category (the Stamp Act under "legislative act",
the Riot Act under "law"), so a category's members fall short of a pool; the names it
spells with the same head noun are all things of that kind, whatever their category.
"""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.wordnet import NAMED_FILES, data_dir, index_lines, senses, synset

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
                    found.add(name)
                    break  # one spelling of each thing
    return tuple(sorted(found)) if len(found) >= MIN_HEADED else ()
