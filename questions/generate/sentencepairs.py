"""Two questions of one sentence that answer each other: one with the blank moved ("Who
started playing at the age of five?" beside "Sam Reed started playing at the age of _____."),
one crediting the words the other asks who said, and mirror pairs ("Which country, along with
the United States, entered into a pact …?" beside "Which country, along with Indonesia, …?"),
and one relation of two names asked from both ends ("Who met Uribe?" beside "Whom did Lula
meet?"): each prints the other's key, and only the better of the pair is asked."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from lemminflect import getLemma

from questions.generate.event import unframed
from questions.generate.stems import BLANK
from questions.generate.verbfiles import speech_verb
from questions.schema import normalise

if TYPE_CHECKING:
    from questions.generate.rank import Candidate


# Things a relation holds between; a date or a figure beside a name is a circumstance of it,
# and a sentence's two slots ("When did Xi meet Putin?", "Whom did Xi meet on June 28?") are
# two questions the bot never serves back to back. Two names of one sentence asked both ways
# (`both_ends`) are one question: the headline's key gives way, else the lower-ranked one.
NAMES = frozenset({"person", "place", "organization", "event", "document", "title", "name"})
_MARKS = '.,;:?!"“”‘’()'  # around a word, not part of it ("30-0" and "U.S." keep theirs)


def blank_moved(one: Candidate, other: Candidate) -> bool:
    """Tell whether two questions of one sentence are one question with the blank moved:
    "Who started playing at the age of five?" (Sam Reed) beside "Sam Reed started playing
    at the age of _____." (five). Each prints the other's key, and the subject question,
    its key put back, says the blank's own sentence word for word: one answers the other.
    """
    if one.fact.sentence != other.fact.sentence or one.stem.form == other.stem.form:
        return False
    wh, cloze = (one, other) if one.stem.form == "wh" else (other, one)
    if cloze.stem.form != "cloze" or not within(cloze.fact.text, wh.stem.text.rstrip("?")):
        return False
    text = wh.stem.text.split("\n")[-1]
    found = re.match(r"^(?:.*, )?[Ww]ho (.+)\?$", text)
    if found is None:
        return False
    said = normalise(f"{wh.fact.text} {found[1]}")
    filled = cloze.stem.text.split("\n")[-1].replace(BLANK, cloze.fact.text).rstrip(".")
    return f" {said} " in f" {normalise(filled)} "


def names_source(source: Candidate, other: Candidate) -> bool:
    """Tell whether another question of the source's sentence credits what was said to its key
    ("To what share …, according to Professor Cres Eastman?" beside "Who says … 10 per cent?")."""
    asked = other.stem.text.split("\n")[-1].rstrip("?.")
    credited = re.search(r"\baccording to (.+)$", asked)
    return (
        other is not source
        and other.stem.form == "wh"
        and other.fact.sentence == source.fact.sentence
        and credited is not None
        and normalise(credited[1]).endswith(normalise(source.fact.text))
    )


def asks_attribution(candidate: Candidate) -> bool:
    """Tell whether a subject question asks only who spoke ("Who says iodine is …?")."""
    found = re.match(r"^(?:.*, )?[Ww]ho (\S+)", candidate.stem.text.split("\n")[-1])
    if found is None:
        return False
    lemmas = getLemma(found[1], upos="VERB")
    return bool(lemmas) and speech_verb(lemmas[0])


def within(part: str, whole: str) -> bool:
    """Tell whether one key is a whole-word part of another ("three" of "three forces")."""
    return f" {normalise(part)} " in f" {normalise(whole)} "


@lru_cache(maxsize=8192)
def _words(text: str) -> str:
    """Return text folded, each word without the marks around it ("Ruritania?", "Cup,")."""
    return " ".join(word.strip(_MARKS) for word in normalise(text).split())


@lru_cache(maxsize=16384)  # asked for each pair of questions an article's selection weighs
def shows(part: str, whole: str) -> bool:
    """Tell whether a key's words are whole words of a question's line, said as that name:
    "Curitiba" of "at the Curitiba Arena" is the arena's name, another span than the city."""
    if f" {_words(part)} " not in f" {_words(whole)} ":
        return False
    longer = re.search(rf"(?<!\w)(?i:{re.escape(part)}) +[A-Z]", whole)
    return longer is None


def _question_line(candidate: Candidate) -> str:
    """Return a question's own line, without the headline line above it or the framing put
    before it ("According to an April 2014 article, which …"): one of a pair may be framed
    where the headline tells its key, and it prints the other's key all the same."""
    return unframed(candidate.stem.text.split("\n")[-1])


def _frame(line: str, key: str) -> str | None:
    """Return a question's line with a key it says put as "@" ("which country, along with @,
    …?"), a "the" before it dropped, or None when it says the key never or twice."""
    said = re.compile(rf"(?:\bthe )?(?<!\w){re.escape(normalise(key))}(?!\w)")
    text = normalise(line)
    return said.sub("@", text) if len(said.findall(text)) == 1 else None


def _mirrored(one: Candidate, other: Candidate) -> bool:
    """Tell whether two questions of one sentence are one question with its two keys swapped
    ("Which country, along with the United States, …?" keyed Indonesia, "Which country,
    along with Indonesia, …?" keyed the United States): each prints the other's key."""
    if one.fact.sentence != other.fact.sentence or one.stem.form != other.stem.form:
        return False
    if normalise(one.fact.text) == normalise(other.fact.text):
        return False
    mine = _frame(_question_line(one), other.fact.text)
    theirs = _frame(_question_line(other), one.fact.text)
    return mine is not None and mine == theirs


def both_ends(one: Candidate, other: Candidate) -> bool:
    """Tell whether two wh-questions of one sentence ask one relation of two names from its
    two ends ("Which country defeated Chile …?" keyed Norway, "Which country did Norway defeat
    …?" keyed Chile): each shows the other's key."""
    return (
        one.fact.sentence == other.fact.sentence
        and one.stem.form == other.stem.form == "wh"
        and {one.fact.kind, other.fact.kind} <= NAMES
        and normalise(one.fact.text) != normalise(other.fact.text)
        and shows(other.fact.text, _question_line(one))
        and shows(one.fact.text, _question_line(other))
    )


def mirror_losers(ranked: list[Candidate], told: Callable[[str], bool]) -> set[int]:
    """Return the question of each mirror pair of `ranked` that gives way: the one whose key
    the headline already tells (`told`: "US" of "… efforts in US" tells the United States,
    which every other question shows above it), else the one asking the partner the sentence
    names second ("Iran and Japan won …": Iran leads it, and Japan is shown). How often the
    article names either key, which ranks them, says nothing of which is the better question.
    Of a relation asked from both ends in other words (`both_ends`) only the headline's key
    gives way here; else `select` keeps the better-ranked."""
    out: set[int] = set()
    for n, one in enumerate(ranked):
        for other in ranked[n + 1 :]:
            if id(one) in out or id(other) in out:
                continue
            mirrored = _mirrored(one, other)
            if not mirrored and not both_ends(one, other):
                continue
            if told(one.fact.text) != told(other.fact.text):
                out.add(id(one) if told(one.fact.text) else id(other))
            elif mirrored:  # a both-ends pair, the headline aside, goes by rank in `select`
                out.add(id(one) if one.fact.start > other.fact.start else id(other))
    return out
