"""The sport a headline names beside its event ("Wheelchair curling enters third day at 2014
Winter Paralympics"): a Games holds many sports, so "In the 2014 Winter Paralympics, by what
score did China defeat Sweden?" does not say in which (review 88). A question the event frames
says the sport too: "In wheelchair curling at the 2014 Winter Paralympics, …".

A sport is what WordNet files as a kind of sport or game (noun.act: "curling", "ice hockey",
"basketball"), named bare as a mass noun: no determiner, number or owner ("the third game",
"Georgia's victory" are one match, not the activity).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from questions.generate.hypernyms import climb
from questions.generate.wordnet import senses, synset
from questions.schema import normalise

_ACT_FILE = 4  # WordNet's noun.act: a sport is an activity, not a thing or a person
_LEVELS = 8
# The modifiers a sport's bare name takes: "wheelchair curling", "ice hockey", "alpine skiing"
_MODIFIERS = frozenset({"compound", "amod"})


@lru_cache(maxsize=1)
def _kinds() -> frozenset[str]:
    """Return the senses a sport is a kind of: a sport (athletic diversion) and a game (a
    contest with rules to decide a winner: curling, golf)."""
    return frozenset((*senses("sport")[:1], *senses("game")[:1]))


@lru_cache(maxsize=256)
def is_sport(name: str) -> bool:
    """Tell whether a noun (or a compound, "ice hockey") names a sport or game in its commonest
    sense, an activity below one: not "row" (a line first), nor the word "sport" or "game"
    itself, which names no activity."""
    found = senses(name)
    first = synset(found[0]) if found else None
    if first is None or first.lexfile != _ACT_FILE or first.offset in _kinds():
        return False
    parents = [target for link, target in first.pointers if link == "@"]
    return any(o in _kinds() for level in climb(parents, _LEVELS) for o in level)


def _bare(chunk: Any) -> bool:
    """Tell whether a noun chunk names an activity bare: its noun with only describing words
    ("wheelchair curling") or a common owner ("men's basketball"), no determiner or number."""
    root = chunk.root
    for token in chunk:
        if token == root or (token.dep_ == "case" and token.head.dep_ == "poss"):
            continue  # the noun itself; the "'s" of "men's"
        described = token.dep_ in _MODIFIERS or (token.dep_ == "poss" and token.pos_ == "NOUN")
        if token.head != root or not described:
            return False
    return True


def headline_activity(title: Any | None, body: str, event: str | None) -> str | None:
    """Return the sport a headline names bare beside the article's event ("wheelchair curling"
    of "Wheelchair curling enters third day at 2014 Winter Paralympics"), as the article writes
    it mid-sentence (`body`: its text; lower case, a common noun, not the model's one-word name
    "Wheelchair"), or None: the headline does not name the event, or names no sport apart."""
    if title is None or not event or not _names_event(title.text, event):
        return None
    for chunk in title.noun_chunks:
        root = chunk.root
        if root.tag_ != "NN" or root.ent_type_ or not _bare(chunk):
            continue  # a name ("World Cup"), "the final", "Georgia's win": no sport's own name
        sport = is_sport(chunk.text.lower()) or is_sport(str(root.lemma_))
        for said in (chunk.text.lower(), str(root.lower_)):  # as written, else its noun alone
            if sport and re.search(rf"\b{re.escape(said)}\b", body):
                return said
    return None


def _names_event(headline: str, event: str) -> bool:
    """Tell whether a headline names the event by its last word ("Paralympics")."""
    return re.search(rf"\b{re.escape(event.split()[-1])}\b", headline) is not None


def activity_frame(event: str, activity: str | None, stem: str, key: str) -> str | None:
    """Return the words that open a question set in an event and its headline's sport ("In
    wheelchair curling at the 2014 Winter Paralympics, "), or None: no sport, the question
    names it already ("of the United States's curling team"), or it would give the key away."""
    if not activity:
        return None
    head = activity.split()[-1]
    if re.search(rf"\b{re.escape(head)}\b", stem, re.IGNORECASE):
        return None
    folded = normalise(key)
    if folded and (folded in normalise(activity) or normalise(head) in folded):
        return None
    return f"In {activity} at {event}, "
