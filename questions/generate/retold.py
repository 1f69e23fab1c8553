"""One fact asked twice: told again by a later sentence ("Georgia won … with a 30-0 victory
over Namibia" in the lead, "Georgia comfortably defeated Namibia 30-0" further down), or one
relation of two names asked from both ends ("Who met Uribe?" keyed Lula beside "Who did Lula
meet?" keyed Uribe). Each question shows the other's answer, so only the better is asked.

A fact is told by its key and a partner: another key of its sentence the question shows."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from lemminflect import getLemma
from spacy.lang.en.stop_words import STOP_WORDS

from questions.generate.event import unframed
from questions.generate.facts import Fact
from questions.generate.sentencepairs import NAMES, asks_attribution, both_ends, shows
from questions.generate.verbfiles import speech_verb
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.rank import Candidate

# A figure pins down one event: a name with the same figure in another sentence tells it again
# ("30-0" beside "Georgia"), where two names ("the United States", "New Zealand") may meet in
# several events of one story.
FIGURES = frozenset(
    {
        "count", "money", "percent", "quantity", "date", "year", "magnitude", "score",
        "number", "fraction", "frequency", "level",
    }
)  # fmt: skip
SentenceKeys = dict[int, dict[str, Fact]]  # a sentence's keys, folded, and their facts
Partners = dict[int, dict[str, Fact]]  # a question's id: the partners its line shows


def sentence_keys(candidates: Sequence[Candidate]) -> SentenceKeys:
    """Return each sentence's keys (folded) with their facts, from every candidate asked."""
    out: SentenceKeys = {}
    for candidate in candidates:
        keys = out.setdefault(candidate.fact.sentence, {})
        keys.setdefault(normalise(candidate.fact.text), candidate.fact)
    return out


def _line(candidate: Candidate) -> str:
    """Return a question's own line, not the headline above it."""
    return candidate.stem.text.split("\n")[-1]


def _partners(candidate: Candidate, keys: SentenceKeys, memo: Partners | None = None
              ) -> dict[str, Fact]:  # fmt: skip
    """Return the other keys of a question's sentence its own line shows, with their facts
    (kept in `memo` by the question's id: a quiz's choice asks it of every pair)."""
    if memo is not None and id(candidate) in memo:
        return memo[id(candidate)]
    found = _shown_partners(candidate, keys)
    if memo is not None:
        memo[id(candidate)] = found
    return found


def _shown_partners(candidate: Candidate, keys: SentenceKeys) -> dict[str, Fact]:
    """Return the other keys of a question's sentence its own line shows, with their facts."""
    key = normalise(candidate.fact.text)
    return {
        text: fact
        for text, fact in keys.get(candidate.fact.sentence, {}).items()
        if text != key
        and shows(text, _line(candidate))
        and not shows(text, key)
        and not shows(key, text)
    }


def _tells(one: Candidate, other: Candidate, keys: SentenceKeys, memo: Partners | None = None
           ) -> bool:  # fmt: skip
    """Tell whether `other` asks the fact `one` tells by its key and a partner it shows."""
    mine, theirs = normalise(one.fact.text), normalise(other.fact.text)
    apart = one.fact.sentence != other.fact.sentence
    if not apart:  # a sentence's slots, unless one relation of two names: "Who met Uribe?"
        return both_ends(one, other)
    if _figure_told(one, other, keys) or _speaker_told(one, other):
        return True
    for partner, fact in _partners(one, keys, memo).items():
        if partner == theirs and shows(mine, _line(other)):  # asked from both ends
            if {one.fact.kind, other.fact.kind} <= NAMES:
                return True
            if fact.kind in FIGURES and _one_figure(fact, other.fact):
                return True  # "Georgia" beside "30-0", "30-0" beside "Georgia"
        elif mine == theirs and fact.kind in FIGURES:
            told = _partners(other, keys, memo).values()
            if any(_one_figure(fact, f) for f in told):
                return True  # told again: "Georgia" beside "30-0" in the lead and further down
    return False


def _one_figure(one: Fact, other: Fact) -> bool:
    """Tell whether two figures of two sentences are one: the same number of the same thing
    ("three suggestions" is not the "three forces")."""
    return (
        normalise(one.text) == normalise(other.text)
        and one.kind == other.kind
        and one.unit == other.unit
    )


# The story's own time is said beside many of its facts: no tie to one of them
_TIMES = frozenset({"date", "year"})


def _figure_told(one: Candidate, other: Candidate, keys: SentenceKeys) -> bool:
    """Tell whether one question's line states another's figure key, a figure of its own
    sentence tied to the same thing: the same unit, or a word of the other's question beside
    it ("Nyanza Province, with _____ infections and 45 deaths, …" beside "How many people dead
    in Nyanza Province have officials reported?" keyed 45)."""
    fact = other.fact
    key = normalise(fact.text)
    if fact.kind not in FIGURES or fact.kind in _TIMES or key == normalise(one.fact.text):
        return False
    told = keys.get(one.fact.sentence, {}).get(key)
    if told is None or told.kind != fact.kind or not shows(fact.text, _line(one)):
        return False
    if fact.unit and fact.unit == told.unit:
        return True
    return bool(_said_words(one.stem.text) & _said_words(other.stem.text) - {key})


@lru_cache(maxsize=4096)  # asked for each pair of questions an article's selection weighs
def _said_words(stem: str) -> frozenset[str]:
    """Return the content words a question says itself, folded: not the headline above it nor
    the context put before it, which every question of the article shares."""
    words = re.findall(r"[\w'’-]+", normalise(unframed(stem)))
    return frozenset(w for w in words if len(w) > 3 and w not in STOP_WORDS)


def _speaker_told(one: Candidate, other: Candidate) -> bool:
    """Tell whether one question names another's "Who said …?" key speaking in the sentence
    beside it ("Dr. Okello stressed that …" after "We need to emphasise … water safety"): the
    speaker goes on, and the reader matches the two quotes."""
    if abs(one.fact.sentence - other.fact.sentence) > 1 or not asks_attribution(other):
        return False
    return _speaks(other.fact.text, _line(one))


@lru_cache(maxsize=4096)
def _speaks(person: str, line: str) -> bool:
    """Tell whether a question's line names a person beside a verb of speaking ("Okello
    stressed", "said Dr. Nyikal")."""
    # by full name or surname: "Dr. Okello stressed" of David Okello
    name = "|".join(re.escape(n) for n in {person, person.split()[-1]})
    after = re.findall(rf"(?<!\w)(?:{name})\s+(\w+)", line)
    before = re.findall(rf"\b([a-z]+),?\s+(?:[A-Z][\w.]*\s+)*(?:{name})(?!\w)", line)
    for word in after + before:
        lemmas = getLemma(word.lower(), upos="VERB")
        if lemmas and speech_verb(lemmas[0]):
            return True
    return False


def same_fact(one: Candidate, other: Candidate, keys: SentenceKeys,
              memo: Partners | None = None) -> bool:  # fmt: skip
    """Tell whether two questions ask one fact: the same key and partner in two sentences with
    a figure between them, or two names each keyed where the other is shown (`memo`: each
    question's partners, kept while one quiz is chosen)."""
    return _tells(one, other, keys, memo) or _tells(other, one, keys, memo)
