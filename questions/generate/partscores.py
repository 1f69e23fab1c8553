"""Stage 4f: "By what score did China win the first set?" from a part of a match a side won.

A match report gives each set, half or inning its own score: "China won the first set 25–12",
"China went on to win the second set 24–15". The whole result's reader (`scorelines`) leaves
such a score alone, since it is not the match's; but a part named by its order is one fact
with one right answer, and the question names the part as the article does. The part is a
noun WordNet files as a part of play ("set", "half", "inning"), the ordinal the article's own.
A part is won by reaching a mark (25 points, 6 games), so its wrong options keep the higher
count and move the lower: 25–13, 25–11 beside 25–12, never 26–12.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.scorelines import (
    SCORE,
    SCORE_RULE,
    match_verb,
    part_sense,
    result_subject,
    score_goals,
    side_words,
)
from questions.generate.write import Stem

Span = Any
Token = Any
PART = "part"  # a score's subtype: of one part of the match, not its result
_STEPS = (1, -1, 2, -2, 3, -3)  # the lower count moved, nearest first


def _part_words(verb: Token, score: Token) -> str | None:
    """Return "the first set" when the words between a verb and its score name one part of
    the match by its order, or None."""
    words = list(verb.doc[verb.i + 1 : score.i])
    if len(words) != 3 or words[0].lower_ != "the" or words[1].ent_type_ != "ORDINAL":
        return None
    noun = words[2]
    # the model may read "set" as a participle or an adjective: its place makes it the noun
    if not part_sense(noun.lower_):
        return None
    if score.head not in (verb, noun) or (score.head is noun and noun.head is not verb):
        return None
    return " ".join(t.lower_ for t in words)


def _part_stem(score: Token) -> str | None:
    """Write "By what score did <side> <verb> the <nth> <part>?", or None."""
    verb = score.head if score.head.pos_ == "VERB" else score.head.head
    goals = score_goals(score.text)
    if goals is None or verb.pos_ != "VERB" or goals[0] == goals[1]:
        return None  # a level score ends no part
    part = _part_words(verb, score)
    past = verb.tag_ == "VBD" or (verb.tag_ == "VB" and verb.head.tag_ == "VBD")
    subject = result_subject(verb)
    if part is None or subject is None or not past or not match_verb(verb, goals):
        return None
    if any(c.dep_ == "neg" for c in verb.children) or subject.i > verb.i:
        return None
    side = side_words(subject)
    return f"By what score did {side} {verb.lemma_} {part}?" if side else None


def part_scores(sentences: Sequence[Span]) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each score of a part of a match a side won, and its question."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    for index, sentence in enumerate(sentences):
        for token in sentence:
            stem = _part_stem(token) if score_goals(token.text) else None
            if stem is not None:
                fact = Fact(index, token.i, token.i + 1, token.text, "CARDINAL", SCORE, PART)
                out[index].append((fact, Stem(stem, "wh", SCORE_RULE)))
    return out


def part_score_variants(key: str) -> list[str]:
    """Return near scores for a part's key: the higher count kept, the lower moved, written
    in the key's order with its dash ("25–12": 25–13, 25–11, 25–14)."""
    goals = score_goals(key)
    if goals is None:
        return []
    dash = key[len(str(goals[0]))]
    high, low = max(goals), min(goals)
    out = []
    for step in _STEPS:
        moved = low + step
        if 0 <= moved < high:
            pair = (high, moved) if goals[0] > goals[1] else (moved, high)
            out.append(f"{pair[0]}{dash}{pair[1]}")
    return out
