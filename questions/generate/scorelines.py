"""Stage 4f: "By what score did Sweden defeat South Korea?" from a result a sentence reports.

A match report gives a result as a clause with its score: "Sweden defeated South Korea 1–0",
"Tunisia lost 1–2 to England". The model tags the score as a number, a date or nothing, and
runs the opponent into it ("South Korea 1–0"), so no other stage asks it. The question keeps
the sentence's own verb and opponent; which side won is the score's own order, so no list of
verbs of winning is needed. A score with no named opponent ("England winning 2–1") is not
asked: a side that played twice would make it ambiguous. The options are scores written in
the key's order (a win for a win, a loss for a loss, a draw for a draw): the article's other
results first, then near ones, never the key's sides swapped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from questions.generate.facts import Fact
from questions.generate.write import Stem

Span = Any
Token = Any
SCORE = "score"
SCORE_RULE = "rule:score"
_SCORE = re.compile(r"^(\d{1,2})[–—-](\d{1,2})$")  # "1–0": one token, as the model reads it
_SCORES = re.compile(r"(?<![\w.,–—-])(\d{1,2})[–—-](\d{1,2})(?![\w.,–—-]|\.\d)")
_TEAMS = frozenset({"GPE", "ORG", "NORP", "PERSON"})  # a country, a club, a player (tennis)
_AGAINST = frozenset({"to", "against", "over", "with"})  # "lost 1–2 to England"


def _goals(text: str) -> tuple[int, int] | None:
    """Return the two sides' goals a score says ("1–2": 1, 2), or None."""
    found = _SCORE.match(text)
    return (int(found[1]), int(found[2])) if found else None


def _team(tokens: Sequence[Token]) -> bool:
    """Tell whether words end in a named side ("debutants Panama", "South Korea")."""
    return bool(tokens) and tokens[-1].pos_ == "PROPN" and tokens[-1].ent_type_ in _TEAMS


def _subject(verb: Token) -> Token | None:
    """Return the named side a verb's subject is ("Sweden" of "Sweden defeated …"), or None."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "conj":  # "Belgium won and Panama lost 0–3 to …"
        return None
    if subject is None or subject.pos_ != "PROPN" or subject.ent_type_ not in _TEAMS:
        return None
    return subject


def _side_words(subject: Token) -> str:
    """Return the whole name a subject token ends ("South Korea")."""
    doc = subject.doc
    start = subject.i
    while start > 0 and doc[start - 1].ent_iob_ != "O" and doc[start].ent_iob_ == "I":
        start -= 1
    return str(doc[start : subject.i + 1].text)


def _result_stem(verb: Token, score: Token) -> str | None:
    """Write "By what score did <side> <verb> <opponent>?" for a result clause, or None when
    the clause names no subject side, no opponent or is not a plain past statement."""
    doc = verb.doc
    subject = _subject(verb)
    if subject is None or verb.tag_ != "VBD" or subject.i > verb.i or verb.i > score.i:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not beat": no result stated
    between = list(doc[verb.i + 1 : score.i])
    after: list[Token] = []
    if score.i + 2 < len(doc) and doc[score.i + 1].lower_ in _AGAINST:
        pobj = doc[score.i + 2]  # "lost 1–2 to England": the opponent after the score
        end = pobj.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        after = list(doc[score.i + 1 : end])
    if any(t.is_punct or t.ent_type_ in ("DATE", "TIME", "CARDINAL") for t in between + after):
        return None  # a date or a clause between verb and score: not one plain result
    opponent = between if _team(between) else after if _team(after) else None
    if opponent is None or (between and after):
        return None
    words = " ".join(t.text for t in between + after)
    return f"By what score did {_side_words(subject)} {verb.lemma_} {words}?"


def _verb_of(score: Token) -> Token | None:
    """Return the verb a score is the result of: its head, or the head of the noun the model
    read it as qualifying ("South Korea 1–0"), or None."""
    head = score.head
    return head if head.pos_ == "VERB" else None


def stated_scores(sentences: Sequence[Span]) -> list[list[tuple[Fact, Stem]]]:
    """Return, per sentence, each match result's score as a fact and its question."""
    out: list[list[tuple[Fact, Stem]]] = [[] for _ in sentences]
    for index, sentence in enumerate(sentences):
        for token in sentence:
            if _goals(token.text) is None or token.dep_ not in ("dobj", "npadvmod"):
                continue
            if any(_goals(t.text) for t in sentence.doc[token.i + 1 : token.i + 4]):
                continue  # "beat Nadal 6–4, 6–3": one set of several, not the result
            verb = _verb_of(token)
            stem = _result_stem(verb, token) if verb is not None else None
            if stem is not None:
                fact = Fact(index, token.i, token.i + 1, token.text, "CARDINAL", SCORE)
                out[index].append((fact, Stem(stem, "wh", SCORE_RULE)))
    return out


def _ordered(goals: tuple[int, int], key: tuple[int, int]) -> tuple[int, int]:
    """Write a score in the key's order: the winner first for a win, last for a loss."""
    high, low = max(goals), min(goals)
    return (low, high) if key[0] < key[1] else (high, low)


def score_variants(key: str, text: str) -> list[str]:
    """Return scores for a key's options: the article's other results in the key's order
    (none a draw for a win), then near ones ("1–0": 2–0, 2–1, 3–1), written with its dash."""
    goals = _goals(key)
    if goals is None:
        return []
    dash = key[len(str(goals[0]))]
    draw = goals[0] == goals[1]
    found = [(int(a), int(b)) for a, b in _SCORES.findall(text)]
    steps = ((-1, -1), (1, 1), (2, 2), (3, 3)) if draw else ((1, 0), (1, 1), (2, 0), (2, 1), (0, 1))
    near = [(goals[0] + i, goals[1] + j) for i, j in steps if min(goals) + min(i, j) >= 0]
    seen: list[str] = []
    for pair in found + near:
        ordered = _ordered(pair, goals)
        if (ordered[0] == ordered[1]) != draw or max(ordered) > 9:
            continue  # a draw is no option for a win, nor a win for a draw
        written = f"{ordered[0]}{dash}{ordered[1]}"
        if ordered != goals and written not in seen:
            seen.append(written)
    return seen
