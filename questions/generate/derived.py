"""The verbs WordNet derives a noun from ("revision": revise), read from its database files."""

from __future__ import annotations

from functools import lru_cache

from questions.generate.wordnet import data_fields, find_line, senses

_DERIVED = "+"  # WordNet's pointer between a word and the word of another part of speech


def _verb_lemma(offset: str, word: int) -> str:
    """Return the `word`-th lemma (from 1) of the verb synset at a WordNet offset, or ""."""
    line = find_line("data.verb", offset)
    if not line:
        return ""
    lemmas = data_fields(line)[1]
    return lemmas[word - 1].lower() if 0 < word <= len(lemmas) else ""


@lru_cache(maxsize=1024)
def deriving_verbs(noun: str, lexfile: int | None = None) -> frozenset[str]:
    """Return the verbs a noun names the act or result of, through WordNet's links from this
    very word ("revision": revise; "report": report), not from its synonyms'; of its senses
    in one lexicographer file only, when given (a "guide" as a person: guide)."""
    found: set[str] = set()
    for offset in senses(noun):
        line = find_line("data.noun", offset)
        if not line or (lexfile is not None and line.split()[1:2] != [f"{lexfile:02d}"]):
            continue
        fields, written, at = data_fields(line)
        lemmas = [lemma.lower() for lemma in written]
        for i in range(int(fields[at]) if at < len(fields) else 0):
            symbol, target, pos, words = fields[at + 1 + 4 * i : at + 5 + 4 * i]
            source = int(words[:2], 16)  # a lexical link: which lemma of each synset it joins
            if symbol != _DERIVED or pos != "v" or not 0 < source <= len(lemmas):
                continue
            if lemmas[source - 1] == noun.lower():
                verb = _verb_lemma(target, int(words[2:], 16))
                found.update([verb] if verb and "_" not in verb else [])
    return frozenset(found)


_CHANGE = 30  # WordNet's verb.change lexicographer file: "raise", "cut", "grow", "double"
_SENSES = 3  # a verb's commonest senses: the one a news sentence most likely means


@lru_cache(maxsize=1024)
def changes_level(verb: str) -> bool:
    """Tell whether one of a verb's commonest senses is a change of size or amount ("raise",
    "cut", "grow"), so that "to $5" after it is the level reached, not a party ("sell to")."""
    line = find_line("index.verb", verb.lower())
    fields = line.split()
    if not fields:
        return False
    offsets = fields[-int(fields[2]) :][:_SENSES]
    files = [find_line("data.verb", o).split()[1:2] for o in offsets]
    return any(file == [f"{_CHANGE}"] for file in files)
