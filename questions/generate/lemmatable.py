"""lemminflect's lemma table, held in a third of the memory it takes as lemminflect loads it.

lemminflect reads its 80,000-line lemma file into a dict of small dicts of tuples (about
30 MiB, a tenth of the generator's peak); its lemmatizer only ever asks that table
`.get(word, {})` and copies what it gets. Each word's entry is kept here as one short string
("VERB/run"), the same strings shared by a lemma's forms, and made into the dict lemminflect
would have held when it is asked for: lemminflect's own lookups, overrides, capitals and rules
for unknown words then answer exactly as before.
"""

from __future__ import annotations

import gzip
from typing import Any

_PARTS = ","  # between a word's parts of speech: no part or form holds a comma (a CSV file)
_FORMS = "/"  # between a part of speech and its forms, as the file separates its forms


class LemmaTable:
    """A word's lemmas by part of speech, as lemminflect's lemma dict maps them, read from
    its file on the first lookup (as lemminflect reads its own)."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._entries: dict[str, str] | None = None

    def get(self, word: str, default: Any = None) -> Any:
        """Return a word's {part of speech: lemma spellings}, as a new dict, or `default`."""
        if self._entries is None:
            self._entries = read_entries(self._path)
        packed = self._entries.get(word)
        return default if packed is None else unpack(packed)


def unpack(packed: str) -> dict[str, tuple[str, ...]]:
    """Read a word's packed lemmas back as {part of speech: lemma spellings}."""
    return {
        upos: tuple(forms) for upos, *forms in (part.split(_FORMS) for part in packed.split(_PARTS))
    }


def _pack(lemmas: dict[str, tuple[str, ...]]) -> str:
    """Write a word's lemmas by part of speech as one string."""
    return _PARTS.join(_FORMS.join((upos, *forms)) for upos, forms in lemmas.items())


def read_entries(path: str) -> dict[str, str]:
    """Read lemminflect's lemma file as its own codec does (word, category, forms a line; a
    later line of a word adds to it or replaces its part of speech), packed small."""
    from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
    from lemminflect.core.LexicalUtils import categoryToUPos

    entries: dict[str, str] = {}
    shared: dict[str, str] = {}  # one string for every form of a lemma ("runs", "ran")
    with gzip.open(path, "rb") as handle:
        for line in handle:
            word, category, forms = LemmaLUCodec.fromString(line.decode())
            upos = categoryToUPos(category)
            packed = entries.get(word)
            lemmas = unpack(packed) if packed else {}
            lemmas[upos] = forms
            value = _pack(lemmas)
            entries[word] = shared.setdefault(value, value)
    return entries


def install() -> None:
    """Give lemminflect's lemmatizer the packed table before it loads its own (once)."""
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer = Lemmatizer()
    if not hasattr(lemmatizer, "lemma_dict"):  # lemminflect's own test for a loaded table
        lemmatizer.lemma_dict = LemmaTable(lemmatizer.lemma_lu_fn)
