"""Which side a substitution's players are on, and whether an article reports one match.

"England made another change; Ashley Young was taken off for Danny Rose": a side's change
is made of its own players, and a player who comes on for another is of that player's side
("Jamie Vardy came on for Walker", Walker English), as is one who assists a goal. An article
whose sentence gives a score between the only two sides its people are put on ("Croatia
defeated England 2–1") reports that match, score heading or none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from questions.generate.entcache import ents_of
from questions.generate.pools import place_kind
from questions.generate.scoretext import SCORE_IN_TEXT
from questions.generate.sides import alike
from questions.schema import normalise

_TEAM_LABELS = ("GPE", "NORP")
_NAMED = ("PERSON", "GPE", "ORG", "NORP")  # the model tags a player's surname any of these
_CHANGE = frozenset({"change", "substitution"})  # "England made a substitution"


def _name(token: Any) -> str:
    """Return the folded person name a token heads, or "" when it heads none; a proper noun
    the model tagged nothing is a name still ("came on for Walker")."""
    ent = next((e for e in ents_of(token.doc) if e.start <= token.i < e.end), None)
    if ent is None and token.pos_ == "PROPN":  # "Pablo Rojas", untagged: his words
        words = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        whole = len(words) == len(list(token.children))
        return normalise(" ".join(t.text for t in [*words, token])) if whole else ""
    if ent is None or ent.label_ not in _NAMED or ent.root.i != token.i:
        return ""
    if ent.label_ != "PERSON" and place_kind(ent.text) == "country":
        return ""  # "Lukaku", "Perišić" tagged a place or a body are people still
    return normalise(re.sub(r"['’]s$", "", ent.text))


def _swap(verb: Any) -> tuple[str, str] | None:
    """Return the two people a substitution clause names ("X came on for Y", "X was taken
    off for Y", "X replaced Y", "Y was replaced by X"), or None when it is none."""
    if verb.lemma_ not in ("come", "take", "replace"):
        return None  # first: asked of every word of the article, and most are none of these
    particle = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    other: Any = None
    if (verb.lemma_, particle) in (("come", {"on"}), ("take", {"off"})):
        other = next((g for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                      for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
    elif verb.lemma_ == "replace" and subject is not None:
        other = next((c for c in verb.children if c.dep_ == "dobj"), None)
        other = other or next((g for c in verb.children if c.dep_ == "agent"
                               for g in c.children if g.dep_ == "pobj"), None)  # fmt: skip
    if subject is None or other is None:
        return None
    one, two = _name(subject), _name(other)
    return (one, two) if one and two else None


def change_teams(sentence: Any) -> dict[str, str]:
    """Map the people of a side's change to that side: "England made another change;
    Ashley Young was taken off for Danny Rose" puts both in England's side."""
    makers = {
        str(s.text)
        for verb in sentence
        if verb.lemma_ == "make"
        and any(c.dep_ == "dobj" and c.lemma_ in _CHANGE for c in verb.children)
        for s in verb.children
        if s.dep_ == "nsubj" and s.ent_type_ in _TEAM_LABELS
    }
    if len(makers) != 1:
        return {}
    team = makers.pop()
    swaps = [pair for verb in sentence if verb.pos_ in ("VERB", "AUX") if (pair := _swap(verb))]
    return {name: team for pair in swaps for name in pair}


def _assist(noun: Any) -> tuple[str, str] | None:
    """Return the scorer and the assist giver of "Lukaku scored … from Eden Hazard's
    assist" ("scoring from close range from Perišić's assist"): one side's two players."""
    if noun.lemma_ != "assist":
        return None  # first: asked of every word of the article, its children read after
    giver = next((c for c in noun.children if c.dep_ == "poss"), None)
    if noun.lemma_ != "assist" or giver is None or noun.dep_ != "pobj":
        return None
    verb = noun.head.head
    while verb.dep_ == "prep" or verb.pos_ != "VERB":  # "from close range from …"
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ in ("advcl", "xcomp"):
        subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    one, two = (_name(subject), _name(giver)) if subject is not None else ("", "")
    return (one, two) if one and two else None


def swap_pairs(sentences: Sequence[Any]) -> list[tuple[str, str]]:
    """Return every pair of one side's players the article tells: a substitution's two, a
    goal's scorer and assist giver, as folded names."""
    return [pair for s in sentences for t in s if (pair := _swap(t) or _assist(t))]


def one_match(sentences: Sequence[Any], teams: Mapping[str, frozenset[str]]) -> bool:
    """Tell whether the article reports one match: its people are put on two sides only,
    and a sentence names both with a score between them ("Croatia defeated England 2–1")."""
    return score_sentence(sentences, teams) is not None


def score_sentence(
    sentences: Sequence[Any], teams: Mapping[str, frozenset[str]]
) -> tuple[Any, tuple[str, str]] | None:
    """Return the sentence giving the one match's score and its two sides (folded), or None
    when the article's people are put on other than two sides or no sentence scores them."""
    sides: list[str] = []
    for team in sorted(t for found in teams.values() for t in found):
        if not any(alike(team, side) for side in sides):
            sides.append(team)
    if len(sides) != 2:
        return None
    for sentence in sentences:
        named = {normalise(side_name(e)) for e in ents_of(sentence) if scored_side(e)}
        both = all(any(alike(n, side) for n in named) for side in sides)
        if both and SCORE_IN_TEXT.search(sentence.text):
            return sentence, (sides[0], sides[1])
    return None


def side_name(ent: Any) -> str:
    """Return an entity's text without a score the model took into it ("England 2–1")."""
    return SCORE_IN_TEXT.sub("", ent.text).strip()


def scored_side(ent: Any) -> bool:
    """Tell whether an entity may name a side: a place or people, or any name the model took
    a score into ("defeated England 2–1": "England 2–1" tagged a LOC or a FAC)."""
    return ent.label_ in _TEAM_LABELS or bool(SCORE_IN_TEXT.search(ent.text))
