"""A product named by its line and a designation ("Windows XP"), asked as the line's kind.

spaCy calls "Windows XP" a place, and `places` drops a place named like a product: no
"where" fits software. Yet "Which operating system did IE6 ship with?" is a fair question:
WordNet knows the line word, "Windows", as a kind of operating system, beside its sisters
DOS and UNIX and their own kinds (MS-DOS, Linux). The line's capitalised sisters and their
capitalised kinds are the options, all real things of the key's kind, none the article says;
fewer than three known, no question. The designation ("XP", "7") tells one release from
another; the article's other releases are `models`' (two numbers or more).
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from questions.generate.textsearch import says
from questions.generate.wordnet import PERSON_FILE, lemma_text, senses, synset

_LOCATION_FILE = 15  # noun.location: a country is the gazetteer's, no product's line
_KIND_OF, _KINDS = "@", frozenset({"~", "~i"})  # a kind's kinds and its instances
# The designation closing a product's name: capitals ("XP", "ME") or figures ("7", "2000").
_DESIGNATION = re.compile(r"[A-Z]{2,4}|\d{1,4}")
_PARTS = re.compile(r"[\s-]+")  # a name's words: "MS-DOS" is "MS" and "DOS"
FEWEST = 3  # three rivals make a four-option question


def product_line(name: str) -> tuple[str, str] | None:
    """Return the kind noun ("operating system") and WordNet sense of a product name's line
    ("Windows" of "Windows XP"), or None: the line must be a capitalised name of a thing
    WordNet files as a kind of something, the name's last word a designation."""
    *line, last = name.split()
    if not line or not _DESIGNATION.fullmatch(last) or not all(w[:1].isupper() for w in line):
        return None
    written = " ".join(line)
    for offset in senses(written):
        entry = synset(offset)
        if entry is None or entry.lexfile in (PERSON_FILE, _LOCATION_FILE):
            continue  # a person's or a place's name ("Victoria 2"): no product line
        if not any(lemma_text(lemma) == written for lemma in entry.lemmas):
            continue  # "windows" the openings, lower-case: no name
        parents = [t for s, t in entry.pointers if s == _KIND_OF]
        kind = synset(parents[0]) if len(parents) == 1 else None
        if kind is not None:
            return lemma_text(kind.lemmas[0]), offset
    return None


def _named_kinds(offset: str) -> list[str]:
    """Return the capitalised kinds and instances WordNet files right under a sense ("Linux"
    of UNIX)."""
    entry = synset(offset)
    found = []
    for symbol, target in entry.pointers if entry else ():
        member = synset(target) if symbol in _KINDS else None
        name = lemma_text(member.lemmas[0]) if member else ""
        if member is not None and name[:1].isupper() and member.lexfile == entry.lexfile:  # type: ignore[union-attr]
            found.append(target)
    return found


def line_rivals(offset: str, said: str = "") -> list[str]:
    """Return a product line's rivals: its capitalised sisters under its kind and their own
    capitalised kinds (DOS, UNIX, MS-DOS, Linux for Windows), the commonest first, none the
    article (`said`) names; [] where fewer than three are known."""
    entry = synset(offset)
    parents = [t for s, t in entry.pointers if s == _KIND_OF] if entry else []
    sisters = [o for p in parents for o in _named_kinds(p) if o != offset]
    members = [*sisters, *(k for sister in sisters for k in _named_kinds(sister))]
    found = dict.fromkeys(lemma_text(entry.lemmas[0]) for o in members if (entry := synset(o)))
    names = [n for n in found if not says(said, n)]
    names.sort(key=lambda n: -zipf_frequency(n, "en"))
    names = _unnested(names)
    return names if len(names) >= FEWEST else []


def _unnested(names: list[str]) -> list[str]:
    """Return the names, in order, without one that holds an earlier one as a part ("MS-DOS"
    after "DOS"): a kind named after its parent reads as the same option twice."""
    kept: list[tuple[str, frozenset[str]]] = []  # each name with its words, split once
    for name in names:
        parts = frozenset(_PARTS.split(name))
        if not any(seen <= parts or parts <= seen for _, seen in kept):
            kept.append((name, parts))
    return [name for name, _ in kept]
