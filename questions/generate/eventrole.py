"""Whether a headline's named event is the story's setting or only its object.

"Brazil wins World Cup", "World Cup: Sweden beat Korea", "Riots at World Cup": the story
happens in the event, and a question may open "In the 2018 FIFA World Cup, …". "Spielberg
quits Beijing Olympics", "Nations boycott Olympics", "City bids for Olympics": something is
done to the event from outside it, often months before it opens; framing each fact "in" the
event would put the row itself inside the Games (review 26). An event held in a later year
than the article's is never its setting either.
"""

from __future__ import annotations

from typing import Any

from questions.generate.verbfiles import COMPETITION, verb_file

# What a headline says its story is about: its subject, its label before a colon ("Super
# Bowl 50: Broncos defeat Panthers", spaCy's npadvmod), or its whole when it has no verb.
_ABOUT = frozenset({"ROOT", "nsubj", "nsubjpass", "npadvmod", "appos", "dep"})
# Prepositions that put a story inside an event: "… at World Cup", "… during Fashion Week".
_INSIDE = frozenset({"in", "at", "during", "on", "throughout"})
# Words of a noun phrase that share its role: "World Cup final", "Olympic torch relay".
_WITHIN = frozenset({"compound", "nmod", "poss", "amod", "conj", "appos"})
_YEAR_DIGITS = 4


def is_setting(event: Any) -> bool:
    """Tell whether a headline's named event (a spaCy span) is where its story happens: the
    headline's subject or label, the object of a competition verb ("Brazil wins World Cup",
    WordNet verb.competition), or in an "in"/"at"/"during" phrase; not the object of any
    other verb ("quits", "boycotts", "criticises") or preposition ("bid for Olympics")."""
    token = event.root
    while token.dep_ in _WITHIN and token.head.i != token.i:
        token = token.head  # "World Cup" of "World Cup final": the phrase's role
    if token.dep_ in _ABOUT:
        return True
    if token.dep_ == "pobj":
        return token.head.lower_ in _INSIDE
    if token.dep_ == "dobj":
        return verb_file(token.head.lemma_) == COMPETITION
    return False


def event_year(event: Any) -> int | None:
    """Return the year said just before or after an event's name ("2008 Beijing Olympics",
    "FIFA World Cup 2018"), or None."""
    doc = event.doc
    # a year spaCy put inside the name ("World Cup 2014") or left beside it
    near = [*doc[max(event.start - 1, 0) : min(event.end + 1, len(doc))]]
    for token in near:
        if token.like_num and len(token.text) == _YEAR_DIGITS and token.text.isdigit():
            return int(token.text)
    return None


def is_later(event: Any, year: int | None) -> bool:
    """Tell whether an event's named year lies after the article's year: a story told before
    it opens ("… 2012 London Olympics" in 2008) cannot happen in it."""
    held = event_year(event)
    return held is not None and year is not None and held > year
