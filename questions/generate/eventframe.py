"""The preposition that puts a question inside the article's event: "In the 2018 FIFA World
Cup, …", "On the 2008 World No Tobacco Day, …", "At the 2019 G20 summit, …", "During the 2008
London Fashion Week, …".

English chooses it by the event's head noun: a day, an eve or a night takes "on"; a meeting
or a show (a summit, conference, ceremony, concert) takes "at"; a stretch of time (a week, a
month, a festival, a season) reads best with "during"; a contest, an election, a war or
anything else keeps "in". The head's kind comes from WordNet (`wordnet`, `hypernyms`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from questions.generate.hypernyms import is_kind_of
from questions.generate.wordnet import senses, synset

PREPOSITIONS = ("In", "On", "At", "During")
# What ends an event's own name: a preposition or "and" opens the words after its head noun
# ("the Day of the Dead", "Sweden's win over Korea Republic", "the draw between A and B").
_AFTER_HEAD = re.compile(r"\s+(?:of|in|at|on|over|against|between|for|from|with|to|and)\s")
# WordNet's lexicographer files a sense of an event's head may be taken from: acts, events,
# groups (meetings), times and communication ("conference"); not an attribute ("summit" as
# the acme), a place ("summit" as a peak), a thing or a person ("Eve").
_OCCASION_FILES = frozenset({4, 10, 11, 14, 28})
_TIME_FILE = 28  # noun.time: "week", "month", "festival", "season"
_LEVELS = 10


@lru_cache(maxsize=1)
def _days() -> frozenset[str]:
    """Return the senses a day-like head is a kind of: a calendar day (a holiday, a weekday,
    an anniversary), a day of twenty-four hours (an eve) and a night."""
    day = senses("day")[:1]
    return frozenset((*senses("calendar day"), *day, *senses("night")[:4]))


@lru_cache(maxsize=1)
def _gatherings() -> frozenset[str]:
    """Return the senses a meeting- or show-like head is a kind of: a gathering (summit,
    conference, rally), a social affair (ceremony, party), a show or performance (concert,
    fair), a celebration and an exhibition (expo)."""
    picked = (
        senses("gathering")[:1],
        senses("affair")[2:3],  # "affair, occasion": a social event
        senses("show")[:1],  # a show put on (fair, parade)
        senses("show")[2:3],  # a social event performed (concert, premiere)
        senses("celebration")[:2],
        senses("exhibition")[1:2],  # "exhibition, exposition, expo"
    )
    return frozenset(o for group in picked for o in group)


def _head(event: str) -> str:
    """Return the head noun of an event's name: its last word before the words after it
    ("Day" of "the 2008 World No Tobacco Day", "win" of "Sweden's win over Korea Republic")."""
    name = _AFTER_HEAD.split(f" {event} ", maxsplit=1)[0].strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", name)
    return words[-1].lower() if words else ""


def _occasion_sense(word: str) -> tuple[str, bool]:
    """Return the commonest sense of a head noun as an occasion (no person's, place's or
    thing's), "" if none, and whether it is a time (noun.time)."""
    found = senses(word) or (senses(word[:-1]) if word.endswith("s") else ())
    for offset in found:
        entry = synset(offset)
        if entry is not None and entry.lexfile in _OCCASION_FILES:
            return offset, entry.lexfile == _TIME_FILE
    return "", False


@lru_cache(maxsize=256)
def event_preposition(event: str) -> str:
    """Return the capitalised preposition a question opens with to name an event: "On" for a
    day ("the 2008 World No Tobacco Day", "Christmas Eve"), "At" for a meeting or show ("the
    2019 G20 summit"), "During" for a stretch of time ("London Fashion Week"), else "In"."""
    head = _head(event)
    if not head:
        return "In"
    sense, timed = _occasion_sense(head)
    if not sense:
        return "In"
    if timed and not head.endswith("s") and is_kind_of([sense], _days(), _LEVELS):
        return "On"  # "On the 2008 World No Tobacco Day"; several days last ("During")
    if is_kind_of([sense], _gatherings(), _LEVELS):
        return "At"  # "summit": its meeting sense, the commonest occasion (not the acme)
    return "During" if timed else "In"


def event_frame(event: str) -> str:
    """Return the words that open a question set in an event ("On the 2008 World No Tobacco
    Day, ")."""
    return f"{event_preposition(event)} {event}, "
