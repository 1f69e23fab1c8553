"""Date and year patterns shared by context resolution and fact extraction."""

from __future__ import annotations

import re
from dataclasses import dataclass

from questions.generate.lexicon import MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS

_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|"
    r"Nov\.?|Dec\.?)"
)
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
# "September 17", "Sept. 17th", "September 17, 2021" (the year is optional).
MONTH_DAY_RE = re.compile(
    _WEEKDAY
    + _MONTH
    + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>1[5-9]\d\d|20\d\d)\b)?"
)
# "17 September 2021".
DAY_MONTH_RE = re.compile(
    r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s+(?P<year>1[5-9]\d\d|20\d\d)\b)?"
)
# "June 2017", "early March 2024".
MONTH_YEAR_RE = re.compile(r"\b" + _MONTH + r",?\s+(?P<year>1[5-9]\d\d|20\d\d)\b")
YEAR_RE = re.compile(r"(?<![\d$€£¥.,-])\b(?P<year>1[5-9]\d\d|20\d\d)\b(?![\d,.]\d|%)")
# Words before a four-digit number that make it a year rather than a count.
YEAR_CUES = frozenset(
    [
        "in",
        "since",
        "by",
        "until",
        "till",
        "from",
        "to",
        "before",
        "after",
        "during",
        "of",
        "early",
        "late",
        "mid",
        "between",
        "and",
        "year",
        "through",
        "around",
        "circa",
    ]
)


@dataclass(frozen=True)
class DateValue:
    """A calendar date; any part may be unknown."""

    year: int | None
    month: int | None
    day: int | None


def month_number(name: str) -> int:
    """Return the month number of a month name or abbreviation."""
    key = name.lower().rstrip(".")
    return MONTHS.get(key) or MONTH_ABBREVIATIONS[key]


def _short_month(month: int) -> str:
    """Abbreviate a month the way news agencies do ("Sept.", "Oct.", but "May")."""
    name = MONTH_NAMES[month - 1]
    if len(name) <= 5:
        return name
    return "Sept." if month == 9 else name[:3] + "."


def format_date(value: DateValue, *, day_first: bool = False, short: bool = False) -> str:
    """Write a date the way news text does: "September 17, 2021" or "17 September 2021"."""
    parts: list[str] = []
    month = ""
    if value.month:
        month = _short_month(value.month) if short else MONTH_NAMES[value.month - 1]
    if value.day and month:
        parts.append(f"{value.day} {month}" if day_first else f"{month} {value.day}")
    elif month:
        parts.append(month)
    if value.year:
        if value.day and month and not day_first:
            return f"{parts[0]}, {value.year}"
        parts.append(str(value.year))
    return " ".join(parts)


def find_full_dates(text: str) -> list[DateValue]:
    """Find every date with day, month and year in a text, in order."""
    found: list[DateValue] = []
    for pattern in (MONTH_DAY_RE, DAY_MONTH_RE):
        for match in pattern.finditer(text):
            if match.group("year"):
                found.append(
                    DateValue(
                        int(match.group("year")),
                        month_number(match.group("month")),
                        int(match.group("day")),
                    )
                )
    return found
