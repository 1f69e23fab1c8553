"""A study's own parts: "the sample", "the subjects" of the survey a question names.

A definite noun WordNet defines by a study's work ("a person who is subjected to
experimental … procedures; someone who is an object of investigation") or files under
statistics ("items selected at random from a population") is the study's own, the way
"the bride" is the wedding's: under a headline or in a sentence that names the survey,
"the sample" needs no earlier sentence to say which.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from lemminflect import getLemma

from questions.generate.synonyms import HEADLINE
from questions.generate.wordnet import find_line, senses, synset

# WordNet's "investigation" (a survey, a census, research) and "inquiry" (a poll, an
# experiment): the kinds of work a study is
_STUDY_ROOTS = frozenset({"00633864", "05797597"})
_STATISTICS = "06018465"  # the domain WordNet files "sample" and "population" under
# a study's people and groups ("subject", "researcher"): its things are its statistics'
_MEMBER_FILES = frozenset({14, 18})  # noun.group, noun.person
_PARENTS = frozenset({"@", "@i"})


@lru_cache(maxsize=2048)
def _under_study(offset: str) -> bool:
    """Tell whether a synset is, or is a kind of, a study's work (investigation, inquiry)."""
    seen: set[str] = set()
    todo = [offset]
    while todo:
        at = todo.pop()
        if at in _STUDY_ROOTS:
            return True
        entry = synset(at) if at not in seen else None
        seen.add(at)
        if entry is not None:
            todo.extend(t for p, t in entry.pointers if p in _PARENTS)
    return False


@lru_cache(maxsize=2048)
def study_noun(word: str) -> bool:
    """Tell whether a noun's commonest sense is a study ("survey", "census", "poll"; not
    "trial", first a testing, nor "report", first a written account)."""
    first = senses(getLemma(word.lower(), upos="NOUN")[0])[:1]
    return bool(first) and _under_study(first[0])


@lru_cache(maxsize=2048)
def _only_study(word: str) -> bool:
    """Tell whether a word of a definition can only name a study's work ("investigation",
    "research"; not "study", also a room and a learner's reading, nor "medical", mostly an
    adjective)."""
    if find_line("index.adj", word):
        return False
    found = senses(getLemma(word, upos="NOUN")[0])
    return bool(found) and all(_under_study(offset) for offset in found)


@lru_cache(maxsize=2048)
def study_member(lemma: str) -> bool:
    """Tell whether a noun has a sense that is part of a study: a person or group WordNet
    defines by a study's work ("subject": "an object of investigation"), or a statistics
    term ("sample")."""
    for offset in senses(lemma):
        entry = synset(offset)
        if entry is None:
            continue
        if any(p == ";c" and t == _STATISTICS for p, t in entry.pointers):
            return True
        words = re.findall(r"[a-z]+", entry.definition.lower())
        if entry.lexfile in _MEMBER_FILES and any(_only_study(w) for w in words):
            return True
    return False


def _names_study(words: list[str]) -> bool:
    """Tell whether words name a study ("… Adult Literacy Survey released")."""
    return any(study_noun(w) for w in words if w.isalpha())


def of_named_study(head: Any, sentence: Any, stem: str) -> bool:
    """Tell whether a definite noun ("the sample", "the subject group") is a part of a study
    the question names: in its headline, or by a noun of its own sentence that the question
    says ("between the 2003 survey and the 1992 survey … the make-up of the sample")."""
    nouns = [head, *(c for c in head.children if c.dep_ == "compound")]  # "subject" as ADJ
    if not any(study_member(t.lemma_.lower()) for t in nouns):
        return False
    if stem.startswith(HEADLINE) and _names_study(re.findall(r"\w+", stem.split("\n")[0])):
        return True
    said = {w.lower() for w in re.findall(r"\w+", stem)}
    return any(
        t.pos_ == "NOUN" and t.i != head.i and t.lower_ in said and study_noun(t.lower_)
        for t in sentence
    )
