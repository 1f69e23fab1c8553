"""Name the match of a one-match report that has no score heading.

"Croatia defeated England 2–1 in the semi-final …" opening a report of that match alone says
what a score heading ("Croatia 2–1 England") says in a report of several: the paragraphs after
it are that match's, so a question from them names it ("In Croatia's win over England at the
2018 FIFA World Cup, who scored from the freekick?"), as one under a heading does. A paragraph
naming a third side ("Croatia is to play France on Sunday") is about more than the match, and
one quoting someone ("After the match, the coach said, '…'") speaks from outside it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.lineups import score_sentence, scored_side, side_name
from questions.generate.pools import place_kind
from questions.generate.scenes import person_teams
from questions.generate.scoretext import SCORE_IN_TEXT
from questions.generate.sides import alike
from questions.schema import normalise

_QUOTES = ('"', "“", "”")  # a paragraph quoting the coaches speaks from after the match
_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def _team(ent: Any) -> bool:
    """Tell whether an entity can name a side: a people or a country, not a city."""
    if ent.label_ == "NORP":
        return True
    return bool(scored_side(ent) and place_kind(side_name(ent)) == "country")


def _loses_first(ent: Any) -> bool:
    """Tell whether the first-named side is said to lose whatever the score's order ("England
    lost 2–1 to Croatia", "England were beaten 2–1 by Croatia")."""
    root = ent.root
    return bool((root.dep_ == "nsubj" and root.head.lemma_ == "lose") or root.dep_ == "nsubjpass")


def _match_name(sentence: Any, sides: tuple[str, str]) -> str | None:
    """Name the match the score sentence gives ("Croatia defeated England 2–1" -> "Croatia's
    win over England"), in the sentence's own spelling of the two sides."""
    said: list[Any] = []
    for ent in ents_of(sentence):
        side = next((s for s in sides if _team(ent) and alike(normalise(side_name(ent)), s)), None)
        if side is not None and all(not alike(normalise(side_name(e)), side) for e in said):
            said.append(ent)
    scores = list(SCORE_IN_TEXT.finditer(sentence.text))  # "by scores of 3-2 and 5-3": two games
    if len(said) != 2 or len(scores) != 1 or any(e.label_ == "NORP" for e in said):
        return None  # "the English side": no name to put in "X's win over Y"
    score = scores[0]
    first, second = (side_name(e) for e in said)
    x, y = int(score[1]), int(score[2])
    if x == y:
        return f"the draw between {first} and {second}"
    win, lose = (first, second) if x > y and not _loses_first(said[0]) else (second, first)
    return f"{win}'s win over {lose}"


def _held(sentence: Any) -> str | None:
    """Return the named, dated event the score sentence puts the match in ("in the semi-final
    of the 2018 FIFA Football World Cup" -> "the 2018 FIFA Football World Cup"), or None."""
    for chunk in sentence.noun_chunks:
        named = chunk.root.pos_ == "PROPN" and chunk.root.dep_ == "pobj"
        named = named and chunk.root.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON")
        if named and chunk[0].lower_ == "the" and any(_YEAR.match(t.text) for t in chunk[1:]):
            return f"the {chunk[1:].text}"
    return None


def report_scenes(
    sentences: Sequence[Any], paragraph_of: Sequence[int], scenes: Sequence[str | None]
) -> tuple[list[str | None], str | None]:
    """Return the match each paragraph is about: a heading's, or in a one-match report
    without one, the match its score sentence names for each later paragraph that names no
    third side and quotes no one; and the dated event that sentence puts the match in, if any."""
    found = None if any(scenes) else score_sentence(sentences, person_teams(sentences))
    name = _match_name(*found) if found is not None else None
    if found is None or name is None:
        return list(scenes), None
    start = next(p for s, p in zip(sentences, paragraph_of, strict=True) if s is found[0])
    named: list[str | None] = list(scenes)
    for at in range(start + 1, len(named)):
        said = [normalise(side_name(e)) for s, p in zip(sentences, paragraph_of, strict=True)
                if p == at for e in ents_of(s) if _team(e)]  # fmt: skip
        quoted = any(q in s.text for s, p in zip(sentences, paragraph_of, strict=True)
                     if p == at for q in _QUOTES)  # fmt: skip
        if not quoted and all(any(alike(n, side) for side in found[1]) for n in said):
            named[at] = name
    return named, _held(found[0])
