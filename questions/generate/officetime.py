"""Words that place an office's holding in time ("the current President", "the former
mayor"), read from WordNet's adjectives.

A dated office question ("Who was the President of the European Council in January 2019?")
says when by its date. A word that says when relative to the article or the sentence ("the
current President … in 2019") then says it twice, or contradicts it ("the former mayor … in
2019" is not the mayor in 2019). WordNet files such adjectives under one attribute, timing
(present, past, late, previous): its "current" and "present" clusters mean as of the
article, which the date says; any other holding time is another holder's.
"""

from __future__ import annotations

from functools import lru_cache

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import data_fields, find_line, pointers

_TIMING = "05046009"  # WordNet's noun "timing": the attribute of "present", "past", "late"
_NOW = frozenset({"current", "present"})  # the clusters of the time the article is written
_SATELLITE = "s"
_HEAD = "&"  # a satellite adjective's pointer to its cluster's head
_ATTRIBUTE = "="
_MAX_DEPTH = 8  # how far up a first-sense chain of hypernyms timing may sit


@lru_cache(maxsize=256)
def holding_time(word: str) -> str:
    """Return "now" for a word WordNet has as an adjective of present time ("current",
    "incumbent"), "other" for one of another time ("former", "then", "late"), else ""."""
    fields = find_line("index.adj", word.lower()).split()
    if len(fields) < 3 or not word.isalpha():
        return ""
    found = ""
    for offset in fields[-int(fields[2]) :]:
        head, attributes = _cluster(offset)
        if any(_under_timing(noun) for noun in attributes):
            if head.split("(")[0] in _NOW:
                return "now"
            found = "other"
    return found


def _cluster(offset: str) -> tuple[str, list[str]]:
    """Return an adjective sense's cluster head (its lemma) and the head's attribute nouns."""
    fields, lemmas, at = data_fields(find_line("data.adj", offset))
    linked = pointers(fields, at) if lemmas else []
    if len(fields) > 2 and fields[2] == _SATELLITE:
        heads = [target for symbol, target, pos in linked if symbol == _HEAD and pos in "as"]
        if not heads:
            return "", []
        fields, lemmas, at = data_fields(find_line("data.adj", heads[0]))
        linked = pointers(fields, at) if lemmas else []
    nouns = [target for symbol, target, pos in linked if symbol == _ATTRIBUTE and pos == "n"]
    return (lemmas[0].lower() if lemmas else ""), nouns


def _under_timing(offset: str) -> bool:
    """Tell whether a noun synset is timing or a kind of it ("currentness")."""
    return is_kind_of([offset], {_TIMING}, _MAX_DEPTH, first=True)
