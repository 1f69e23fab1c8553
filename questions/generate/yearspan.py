"""A year's blank beside a span that counts to it: "in 1817, two hundred years ago".

Under an article dated 2017, "since Emperor Kokaku in _____, two hundred years ago" lets a
player subtract instead of recall, and "in 1987 … twenty years later, in _____" lets them
add. A span set off as its own phrase just after the year (", two hundred years ago") says
nothing the year does not: the question leaves it out. A span said elsewhere in the stem
("which opened 80 years ago in _____") still counts to the key, or rules out the options
beside it: no question is asked.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from num2words import num2words
from word2number import w2n

from questions.generate.dates import YEAR
from questions.generate.facts import Fact

Span = Any
# how many years one of each unit is: "a decade", "two centuries"
_UNITS = {"year": 1, "decade": 10, "century": 100}
_UNIT_FORMS = {"years": "year", "decades": "decade", "centuries": "century"}
# "ago" counts from the article's day; the others from a year the stem states
_AGO = "ago"
_FROM_YEAR = frozenset({"earlier", "later", "before", "after", "since"})
# an "ago" span is the writer's round figure ("two hundred years ago" for 1815 or 1817), and
# the options stand a few years either side of the key: this near, the span picks the key
# or rules options out
_ROUGH = 4
_ROUGH_SHARE = 10  # of a long span ("two hundred years"), a tenth is as rough
_OPENERS = {",": ",", "—": "—", "–": "–", "(": ")"}  # the mark opening an aside: its closer
_ENDS = frozenset({".", ";", "!", "?"})


@cache
def _number_words() -> str:
    """Return a pattern of the words a spelled number is made of ("two", "hundred")."""
    words = {num2words(n) for n in range(20)} | {num2words(n) for n in range(20, 100, 10)}
    return "|".join(sorted({*words, "hundred", "thousand"}, key=len, reverse=True))


@cache
def _span_pattern() -> re.Pattern[str]:
    """Return the pattern of a counted span: "two hundred years ago", "a decade earlier",
    "20 years after"."""
    word = _number_words()
    number = rf"\d{{1,4}}|an?|(?:{word})(?:[ -](?:and )?(?:{word}))*"
    units = "|".join([*_UNITS, *_UNIT_FORMS])
    ways = "|".join([_AGO, *_FROM_YEAR])
    return re.compile(rf"\b(?P<n>{number}) (?P<unit>{units}) (?P<way>{ways})\b", re.IGNORECASE)


_ANNIVERSARY = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)? anniversary\b")  # "20th": 20 years after


def _count(number: str) -> int | None:
    """Return a span's number: "two hundred" 200, "a" 1, or None."""
    number = number.lower()
    if number in ("a", "an"):
        return 1
    if number.isdigit():
        return int(number)
    try:
        return int(w2n.word_to_num(number))
    except ValueError:
        return None


def spans(stem: str) -> list[tuple[int, str]]:
    """Return each counted span a stem states: its years and the way it counts ("ago",
    "later"; "after" for an anniversary)."""
    found = [(int(n), "after") for n in _ANNIVERSARY.findall(stem)]
    for match in _span_pattern().finditer(stem):
        count = _count(match["n"])
        unit = match["unit"].lower()
        if count is not None:
            found.append((count * _UNITS[_UNIT_FORMS.get(unit, unit)], match["way"].lower()))
    return found


def counted_year(key: str, stem: str, year: int | None) -> bool:
    """Tell whether the stem states a span that counts to the key's year: from a year it
    states ("20 years after 1987": 2007), or back from the article's ("two hundred years
    ago" in 2017: 1817, a round figure, so near is enough)."""
    digits = re.sub(r"\D", "", key)[:4]
    if len(digits) != 4:
        return False
    wanted = int(digits)
    stated = [int(y) for y in YEAR.findall(stem)]
    for length, way in spans(stem):
        if way != _AGO and any(y + length == wanted or y - length == wanted for y in stated):
            return True
        rough = max(_ROUGH, length // _ROUGH_SHARE)
        dated = [*stated, year] if year else stated
        if way == _AGO and any(abs(y - length - wanted) <= rough for y in dated):
            return True
    return False


def year_aside(sentence: Span, fact: Fact) -> frozenset[int]:
    """Return the words of a span set off just after a year (", two hundred years ago"),
    its marks with it, for the question to leave out; or none."""
    doc = sentence.doc
    at = fact.end
    if fact.kind not in ("year", "date") or at + 2 >= sentence.end:
        return frozenset()
    closer = _OPENERS.get(doc[at].text)
    if closer is None:
        return frozenset()
    way = next((t for t in doc[at + 1 : sentence.end] if t.is_punct or _counts(t)), None)
    if way is None or way.is_punct:
        return frozenset()
    words = sorted(t.i for t in way.subtree)
    if words[0] != at + 1 or words != list(range(words[0], words[-1] + 1)):
        return frozenset()  # not one phrase opening the aside: "…, who died 20 years ago"
    after = doc[words[-1] + 1] if words[-1] + 1 < sentence.end else None
    if after is None or after.text in _ENDS:
        return frozenset(range(at, words[-1] + 1))  # "…, two hundred years ago."
    if after.text != closer:
        return frozenset()
    # "in 1932, eighty years ago, and was rebuilt": the comma after stays; a pair of dashes
    # or brackets goes whole
    last = words[-1] if closer == "," else after.i
    return frozenset(range(at, last + 1))


def _counts(token: Any) -> bool:
    """Tell whether a word counts a span back or on ("ago" of "two hundred years ago"), with
    a unit and a number under it."""
    if token.lower_ not in (_AGO, *_FROM_YEAR) or token.dep_ == "prep":
        return False
    units = [c for c in token.children if c.lemma_.lower() in _UNITS]
    return any(any(g.like_num or g.lower_ in ("a", "an") for g in u.subtree) for u in units)
