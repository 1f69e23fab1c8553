"""Definite nouns of a place or service everyone knows by its role, not by an earlier mention.

"Who was taken to the emergency department …?", "… handcuffed by the police": a hospital, a
school, a prison, the police are the ones the scene has, as "the doctor" is; no sentence
before need name which. "The plan", "the meeting", "the report", "the museum" are one
particular thing the article told of: the question must say which.
"""

from __future__ import annotations

from typing import Any

from questions.generate.hypernyms import climb
from questions.generate.wordnet import senses, synset

Token = Any
_SENSES = 2  # the most frequent senses: "court" the tribunal, not the tennis court
# Kinds WordNet files these under: an institution named by its purpose ("medical_institution",
# "educational_institution", "penal_institution": a hospital, a school, a prison; a bare
# "institution" is a company or a religion), a force (the police, the army)
_PURPOSE = "_institution"
_FORCE = "force"
# With a word for its service before it ("the emergency department", "the fire department")
# a division of a body is that service ("the department" alone is some body's)
_DIVISION = "division"
# Institutions the article's own body is: "lent … by the bank", "sent to the charity" mean
# the one it named (a code review), not any the scene has
_PARTICULAR = frozenset({"financial_institution", "charitable_institution",
                         "foundation", "nongovernmental_institution"})  # fmt: skip
_MAX_DEPTH = 12


def known_by_role(head: Token) -> bool:
    """Tell whether a definite noun is the place or service an act goes to or comes from by
    its role ("taken to the hospital", "arrested by the police"): a kind of purpose-named
    institution or force, or a division named by its service, with no word but "the" and
    nouns before it."""
    prep = head.head
    if head.dep_ != "pobj" or prep.dep_ not in ("prep", "agent") or prep.head.pos_ != "VERB":
        return False  # "the hospital said", "the director of the hospital": a particular one
    children = list(head.children)
    if any(c.dep_ not in ("det", "compound") or c.pos_ not in ("DET", "NOUN") for c in children):
        return False  # "the new hospital", "the hospital where …": one the article describes
    compounds = [c.lemma_.lower() for c in children if c.dep_ == "compound"]
    phrase = " ".join([*compounds, head.lemma_.lower()])
    kinds = _kinds(phrase) or _kinds(head.lemma_.lower())
    if any((k.endswith(_PURPOSE) and k not in _PARTICULAR) or k == _FORCE for k in kinds):
        return True
    return bool(compounds) and _DIVISION in kinds


def _kinds(lemma: str) -> frozenset[str]:
    """Return the first lemmas of the kinds above a noun's most frequent senses."""
    found: set[str] = set()
    for offset in senses(lemma)[:_SENSES]:
        above = list(climb([offset], _MAX_DEPTH + 1, first=True))[1:]  # not the sense itself
        found |= {e.lemmas[0].lower() for level in above for o in level if (e := synset(o))}
    return frozenset(found)
