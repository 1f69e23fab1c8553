"""A competition's prizes and the games that decide them are one each: "the silver medal",
"the gold medal game" of "the … Wheelchair Basketball Championships" the question names.

"The gold medal game" points back no more than "the winner" does once the question says
which competition it was: a competition awards one gold medal (of each event) and plays one
game for it. Without a named competition ("the gold medal game" under a headline of a
murder) it stays a reference only the article resolves.
"""

from __future__ import annotations

import re
from typing import Any

from lemminflect import getLemma

from questions.generate.hypernyms import climb
from questions.generate.wordnet import senses, synset

Token = Any
_SENSES = 2  # the most frequent senses: "match" the contest, "medal" the award
_DEPTH = 8
_AWARD = "award"  # WordNet's kind of a medal, a trophy, a prize
_CONTEST = "contest"  # … of a game, a match, a championship, a competition, a tournament


def _kinds(word: str) -> frozenset[str]:
    """Return the first lemmas of the kinds above a noun's most frequent senses."""
    found: set[str] = set()
    for offset in senses(word.lower())[:_SENSES]:
        for level in climb([offset], _DEPTH, first=True):
            found |= {e.lemmas[0].lower() for o in level if (e := synset(o))}
    return frozenset(found)


def _prize_phrase(head: Token) -> bool:
    """Tell whether a definite noun is a prize ("the silver medal") or a contest named by
    its prize ("the gold medal game"), with only adjectives and nouns before it."""
    before = [c for c in head.children if c.i < head.i and c.dep_ != "det"]
    if any(c.dep_ not in ("amod", "compound") for c in before):
        return False  # "the team's medal": whose, said otherwise
    if any(c.i > head.i and c.dep_ in ("prep", "relcl", "acl") for c in head.children):
        return False  # "the medal for bravery": a phrase of its own says which
    if _AWARD in _kinds(head.lemma_):
        return True
    prized = any(c.dep_ == "compound" and _AWARD in _kinds(c.lemma_) for c in before)
    return prized and _CONTEST in _kinds(head.lemma_)


def _named_contest(stem: str) -> bool:
    """Tell whether the question (its headline line too) names a competition: a contest
    word after a capitalised name ("… Basketball Championships", "FIRST Global competition")."""
    for found in re.finditer(r"\b[A-Z][\w-]*\s+(?=([A-Za-z]+)\b)", stem):
        word = found[1]
        lemmas = getLemma(word.lower(), upos="NOUN") or (word.lower(),)
        if _CONTEST in _kinds(lemmas[0]):
            return True
    return False


def named_contest_prize(head: Token, stem: str) -> bool:
    """Tell whether a definite noun is the prize, or the game deciding it, of a competition
    the question names: there is one of it, as of the world's sun."""
    return _prize_phrase(head) and _named_contest(stem)
