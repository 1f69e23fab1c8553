"""One side of a match's score asked with the other shown: "defeated Slovenia 3 sets to _____",
"went down to Brazil by _____ sets to 3".

A blind review (64) found "the Chinese women defeated Slovenia 3 sets to _____" offered with
5 and 4 beside the key 0: a loser who took more sets than the winner is no result at all. The
key's side of the shown count (below it for the loser's, above it for the winner's) is the
article's, so every wrong option stays on that side. A pair of counts is a score where what
it counts is a score's unit or a part of a match in WordNet ("sets", "goals", "games",
"runs"), or, counting nothing, where a verb of competition reports it ("won 3 to 1").
"""

from __future__ import annotations

import re
from functools import lru_cache

from lemminflect import getAllLemmas

from questions.generate import wordnet
from questions.generate.figures import amount
from questions.generate.scorelines import part_sense
from questions.generate.verbfiles import played_against

_EDGE = r"(?<![\w$€£.,%-])"  # a whole count: not the "0" of "20", nor the "5" of "2.5"
_SHOWN_FIRST = re.compile(
    rf"(?P<before>\w+ )?{_EDGE}(?P<n>\d{{1,2}})(?: (?P<unit>[a-z]+))? to _____"
)
_SHOWN_LAST = re.compile(r"_____(?: (?P<unit>[a-z]+))? to (?P<n>\d{1,2})(?![\w%]|[.,]\d)")
_RANGED = frozenset({"from", "between"})  # "from 9 to _____": a change's end, no score
_SCORE = "score"  # a goal's, a run's, a game's next sense up: a point scored


@lru_cache(maxsize=256)
def _scored(word: str) -> bool:
    """Tell whether a plural noun counts a score's units or a match's parts (WordNet): a goal,
    run or game is a kind of score; a set or frame a part of a match's time."""
    for lemma in getAllLemmas(word).get("NOUN", (word,)):
        if part_sense(lemma):
            return True
        for offset in wordnet.senses(lemma):
            found = wordnet.synset(offset)
            if found is None:
                continue
            ups = [wordnet.synset(t) for sym, t in found.pointers if sym == "@"]
            names = {name for up in ups if up is not None for name in up.lemmas}
            if _SCORE in names:
                return True
    return False


def _competing(question: str) -> bool:
    """Tell whether a word of the question is a verb whose first two senses include one of
    competition ("defeated", "won", "lost")."""
    words = re.findall(r"[a-z]+", question.lower())
    return any(played_against(v) for w in words for v in getAllLemmas(w).get("VERB", ()))


def shown_score(stem: str) -> float | None:
    """Return the count a question shows beside its blank in a match's score (3 of "3 sets to
    _____"), or None where the blank is no side of a score."""
    question = stem.splitlines()[-1] if stem else ""
    found = [
        m for m in _SHOWN_FIRST.finditer(question)
        if (m.group("before") or "").strip().lower() not in _RANGED
    ] + list(_SHOWN_LAST.finditer(question))  # fmt: skip
    for match in found:
        unit = match.group("unit")
        if (unit and _scored(unit)) or (not unit and _competing(question)):
            return float(match.group("n"))
    return None


def on_score_side(option: str, key: str, stem: str) -> bool:
    """Tell whether a wrong option for one side of a score stays on the key's side of the
    other side shown: below 3 for the loser's "3 sets to _____" keyed 0, above it for the
    winner's. Any option passes where the question shows no score or the key is level."""
    shown = shown_score(stem)
    mine, said = amount(option), amount(key)
    if shown is None or mine is None or said is None or said == shown:
        return True
    return mine >= 0 and (mine - shown) * (said - shown) > 0
