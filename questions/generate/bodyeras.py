"""WordNet's named things of another time than the question's (blind review 76): beside the
White House of a June 2010 briefing, "War Department" and "Navy Department" (WordNet: "a
former executive department … combined with the Navy Department in 1947") are bodies long
gone, absurd as options. A rival whose gloss ends it before the year the question asks of
("from 1789 to 1947", "abolished in 1979", "a former …"), or starts it after ("created in
1977"), is no rival of a key that lived then."""

from __future__ import annotations

import re
from collections.abc import Sequence

from questions.generate.gone import question_line
from questions.generate.wordnet import own_synsets

_YEAR = r"(1[0-9]\d\d|20\d\d)"
# "from 1789 to 1947", "(1861-1865)": a span of life, whose end is the second year
_SPAN = re.compile(rf"\bfrom {_YEAR} (?:to|until|till) {_YEAR}\b|\b{_YEAR}\s*[-–]\s*{_YEAR}\b")
# an end the gloss tells, with its year: "abolished in 1979", "combined with … in 1947",
# "until 1991"; a semicolon closes the clause the verb's year must be in
_ENDED = re.compile(
    r"\b(?:abolished|dissolved|disbanded|defunct|ended|ceased|superseded|replaced|merged|"
    rf"combined|split|divided|absorbed|until|till)\b[^;]*?\b{_YEAR}\b",
    re.I,
)
_STARTED = re.compile(
    rf"\b(?:created|founded|established|formed|set up|organized|organised)\b (?:in )?{_YEAR}\b",
    re.I,
)
_FORMER = re.compile(r"\b(?:former|defunct)\b", re.I)  # not "formerly", a former name's word
WORDNET_YEAR = 2006  # WordNet 3.0's release: its "former" body was gone by then


def lifetime(name: str) -> tuple[int | None, int | None]:
    """Return the first and last years WordNet's gloss gives a named thing ("created in 1789
    and combined with the Navy Department in 1947": 1789, 1947); None where it gives none."""
    own = own_synsets(name) or (own_synsets(name.title()) if name.islower() else ())
    if not own:
        return None, None
    gloss = own[0].definition
    start = _STARTED.search(gloss)
    span = _SPAN.search(gloss)
    ended = _ENDED.search(gloss)
    first = int(start.group(1)) if start else None
    if span:
        first = first or int(span.group(1) or span.group(3))
        return first, int(span.group(2) or span.group(4))
    if ended:
        return first, int(ended.group(1))
    return first, WORDNET_YEAR if _FORMER.search(gloss) else None


def lived_in(name: str, years: Sequence[int]) -> bool:
    """Tell whether WordNet's gloss lets a named thing exist in every one of the years."""
    first, last = lifetime(name)
    return all((first is None or first <= y) and (last is None or y <= last) for y in years)


def of_their_time(rivals: Sequence[str], key: str, years: Sequence[int]) -> list[str]:
    """Return the rivals that existed in the years a question asks of, where the key did:
    a key of another time (a history's "War Department") keeps its rivals of any."""
    if not years or not lived_in(key, years):
        return list(rivals)
    return [r for r in rivals if lived_in(r, years)]


def asked_years(stem: str, year: int | None) -> list[int]:
    """Return the years a question asks of: those its own line states, else the article's
    (`year`; the headline's date is the article's, said again)."""
    stated = [int(y) for y in re.findall(rf"\b{_YEAR}\b", question_line(stem))]
    return stated or ([year] if year else [])
