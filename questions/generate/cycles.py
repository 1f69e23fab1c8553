"""A recurring event's years keep its cycle.

"Sweden's first opening win at the World Cup since _____" offered 1955, 1956 and 1957: no World
Cup was held in any of them, so anyone who knows the tournament's four-year rhythm could strike
them out. Where the article dates the same named event in other years, and every gap between
those years and the key is a whole number of four-year cycles (the World Cup, the Olympics, a
four-yearly election), the wrong years step by four.
"""

from __future__ import annotations

import re

from questions.generate.compiled import pattern

CYCLE = 4  # the commonest rhythm of recurring events; others are not guessed
# "_____ Winter Paralympics", "the _____ Olympic Games", "the _____ World Cup": four-yearly
# by their rules, whatever else the article dates
_FOUR_YEARLY = re.compile(
    r"_____ (?:(?:Winter|Summer|Youth) )?(?:Olympic|Paralympic)(?:s| Games)\b|"
    r"_____ (?:[A-Z][\w'’-]+ )?World Cup\b|_____ Commonwealth Games\b"
)
_YEAR = re.compile(r"^(1[5-9]\d\d|20\d\d)$")
_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _names(stem: str) -> list[str]:
    """Return the capitalised phrases of a question after its first word."""
    return [m.group() for m in _NAME.finditer(stem.split("\n")[-1])]


def year_cycle(key: str, stem: str, text: str, events: frozenset[str] = frozenset()) -> int:
    """Return the step between a year key's wrong options: four for an event (one of the
    article's `events`, the model's EVENT names) the article also dates a whole number of
    four-year cycles away ("the 2018 FIFA World Cup"), else one."""
    if not _YEAR.match(key):
        return 1
    year = int(key)
    for name in _names(stem):
        if not any(name in event for event in events):
            continue  # "Hong Kong" of "In 2014 Hong Kong saw protests": no event (review)
        # "2018 FIFA football World Cup": the year, up to three words, then the event's name
        dated = pattern(
            rf"\b(1[5-9]\d\d|20\d\d)\s+(?:[\w'’-]+\s+){{0,3}}{re.escape(name)}\b"
        ).findall(text)
        gaps = {abs(int(other) - year) for other in dated} - {0}
        if gaps and all(gap % CYCLE == 0 for gap in gaps):
            return CYCLE
    return 1


def off_cycle(option: str, key: str, stem: str, text: str, events: frozenset[str]) -> bool:
    """Tell whether a year option falls between a recurring event's years ("2009" for the
    2010 Winter Paralympics): the reader who knows its rhythm strikes it out."""
    if not (_YEAR.match(key) and _YEAR.match(option)):
        return False
    step = CYCLE if _FOUR_YEARLY.search(stem) else year_cycle(key, stem, text, events)
    return step > 1 and (int(option) - int(key)) % step != 0
