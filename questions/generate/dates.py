"""The article's own date (its dateline) and relative dates resolved against it.

A relative date ("on Sunday", "this year") is resolved only against the dateline or a date
the admin gives; where the date is unknown, the generator leaves the expression out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from questions.generate.compiled import pattern

_MONTH_NAMES = [m for m in calendar.month_name if m] + [m for m in calendar.month_abbr if m]
_MONTH = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:" + "|".join(calendar.day_name) + ")"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATELINE = re.compile(
    rf"^(?:[A-Z][A-Za-z .'-]{{1,40}},\s+)?(?:{_WEEKDAY},?\s+)?"
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<y3>\d{{4}})-(?P<m3>\d{{2}})-(?P<d3>\d{{2}}))"
    r"(?:\s*,?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?"
    r"(?:\s*\([A-Za-z .&]{2,30}\))?\s*(?:[-–—:]|$)",
)
RELATIVE = re.compile(
    rf"^(?:(?:on|this|last|next|earlier|later)\s+)*(?:{_WEEKDAY}|today|yesterday|tomorrow|"
    r"(?:this|last|next|the past|the previous|the coming)\s+(?:year|month|week|weekend|"
    r"spring|summer|autumn|fall|winter)|"
    r"(?:earlier|later)\s+this\s+(?:year|month|week)|tonight|recently|now|"
    r"the\s+\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:this|last|next)\s+month)(?:'s)?$",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")  # a year said in a text: 1500-2099
# one word that names a day by the article's own: a sentence's replacements resolve it
DAY_WORDS = frozenset({"yesterday", "today", "tomorrow", "tonight"})
_WEEKDAY_WORD = re.compile(rf"\b({_WEEKDAY})\b")


@dataclass(frozen=True)
class ArticleDate:
    """The article's publication date; the year can be unknown ("March 3 (Reuters) -")."""

    month: int
    day: int
    year: int | None

    @property
    def date(self) -> dt.date | None:
        """Return the full date, or None without a year."""
        if self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _month_number(name: str) -> int:
    """Return 1-12 for a month's full or short English name."""
    name = name.rstrip(".").title()[:3]
    return [m[:3] for m in calendar.month_name].index(name)


def full_month(word: str) -> int | None:
    """Return 1-12 for a month's full English name ("February"), None for any other word."""
    return _month_number(word) if word.title() in calendar.month_name[1:] else None


def parse_dateline(line: str) -> tuple[str, ArticleDate] | None:
    """Return (the dateline as printed, its date) when a line starts with a dateline."""
    match = _DATELINE.match(line[:200])
    if match is None:
        return None
    g = match.groupdict()
    try:
        if g["y3"]:
            date = ArticleDate(int(g["m3"]), int(g["d3"]), int(g["y3"]))
        else:
            month = _month_number(g["m1"] or g["m2"])
            day = int(re.sub(r"\D", "", g["d1"] or g["d2"]))
            year = g["y1"] or g["y2"]
            date = ArticleDate(month, day, int(year) if year else None)
    except ValueError:
        return None
    if not 1 <= date.month <= 12 or not 1 <= date.day <= 31:
        return None
    printed = match.group(0).rstrip(" -–—:")
    return printed, date


def parse_date_text(text: str) -> ArticleDate | None:
    """Read an explicit date an admin gives ("2015-08-02", "August 2, 2015")."""
    found = parse_dateline(text.strip())
    return found[1] if found else None


def format_date(day: dt.date) -> str:
    """Write a date the way English news does: "August 2, 2015"."""
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def resolve_relative(
    text: str, anchor: ArticleDate | None, ahead: bool | None = False
) -> str | None:
    """Turn a relative date into a phrase with a preposition ("in 2021"); None if unknown.

    `ahead` says which way a bare weekday points: False for the most recent one (news's "said
    on Sunday"), True for the next ("will meet on Wednesday", "closed until Wednesday"), None
    when the sentence does not tell (the weekday is then left out, never guessed).
    """
    if anchor is None or anchor.year is None:
        return None
    lowered = " ".join(text.lower().split())
    if re.search(r"\b(?:this|earlier this|later this)\s+year\b", lowered):
        return f"in {anchor.year}"
    # "the previous year" counts from a year the sentence names, not the date (anaphoric.py)
    if re.search(r"\b(?:last|the past)\s+year\b", lowered):
        return f"in {anchor.year - 1}"
    if re.search(r"\bnext\s+year\b", lowered):
        return f"in {anchor.year + 1}"
    month = _relative_month(lowered, anchor)
    if month is not None:
        return month
    day = anchor.date
    if day is None:
        return None
    if lowered in ("today", "on today", "now", "tonight"):
        return f"on {format_date(day)}"
    if lowered == "yesterday":
        return f"on {format_date(day - dt.timedelta(days=1))}"
    weekday = _WEEKDAY_WORD.search(text)
    if weekday and ahead is not None and not re.search(r"\b(?:next|last)\b", lowered):
        # News says "on Sunday" for the most recent Sunday, or the day itself; what is still
        # to come ("will vote on Wednesday") is the next one.
        named = list(calendar.day_name).index(weekday.group(1))
        if ahead:
            return f"on {format_date(day + dt.timedelta(days=(named - day.weekday()) % 7))}"
        return f"on {format_date(day - dt.timedelta(days=(day.weekday() - named) % 7))}"
    return None


_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}  # northern, as news says


def _relative_month(lowered: str, anchor: ArticleDate) -> str | None:
    """Resolve "last month" ("in March 2011") and "last summer" ("in the summer of 2022")
    against a dated article; None for what a date cannot settle ("last winter")."""
    found = re.search(r"\b(this|last|next)\s+(month|spring|summer|autumn|fall)\b", lowered)
    if found is None or anchor.year is None:
        return None
    which, what = found.groups()
    if what == "month":
        index = anchor.year * 12 + anchor.month - 1 + {"this": 0, "last": -1, "next": 1}[which]
        month, year = calendar.month_name[index % 12 + 1], index // 12
        day = re.search(r"\bthe (\d{1,2})(?:st|nd|rd|th) of\b", lowered)  # "the 25th of …"
        if day is not None:
            return f"on {month} {int(day[1])}, {year}"
        return f"in {month} {year}"
    year = anchor.year
    if which == "last" and anchor.month <= _SEASON_END[what]:
        year -= 1  # "last summer" said in February 2023: the summer of 2022
    elif which == "next" and anchor.month > _SEASON_END[what] - 3:
        year += 1
    return f"in the {what} of {year}"


_MONTH_DAY = rf"({_MONTH})\s+(\d{{1,2}})"
_RANGE_JOIN = r"\s+(?:through|to|until|till|and)\s+|\s*[-–]\s*"


def _month_day(text: str) -> tuple[int, int] | None:
    """Return (month, day) of a "March 9", or None."""
    found = re.match(_MONTH_DAY, text)
    return (_month_number(found.group(1)), int(found.group(2))) if found else None


def in_range_order(option: str, key: str, source: str) -> bool:
    """Tell whether an option for one end of a date range the source states ("from January
    23 through March 9") keeps the range in order: a start before its end, an end after its
    start. An option for a date that ends no range passes."""
    mine = _month_day(option)
    if mine is None:
        return True
    quoted = re.escape(key)
    after = pattern(rf"{quoted}(?:{_RANGE_JOIN}){_MONTH_DAY}").search(source)
    before = pattern(rf"{_MONTH_DAY}(?:{_RANGE_JOIN}){quoted}(?!\d)").search(source)
    if after is not None:
        end = (_month_number(after.group(1)), int(after.group(2)))
        return _in_order(mine, key, end, True)
    if before is not None:
        start = (_month_number(before.group(1)), int(before.group(2)))
        return _in_order(mine, key, start, False)
    return True


def _in_order(mine: tuple[int, int], key: str, other: tuple[int, int], start: bool) -> bool:
    """Tell whether an option for a range's start (`start`) comes before its end, or one for
    its end after its start. Without years, the other end is the one after the key (or
    before it), the option the day nearest the key: "December 9" may start a January 23 –
    March 9 run, as the December before (review 17's past-only dates need it)."""
    said = _month_day(key) if not re.search(r"\d{4}", key) else None
    if said is None:  # "March 2004": by month and day's digits, as before
        return mine < other if start else mine > other
    around = dt.date(2000, *said)
    option = min(_days(mine), key=lambda d: abs((d - around).days), default=around)
    if start:  # the end: the first such day from the key on
        return option < min((d for d in _days(other) if d >= around), default=around)
    return option > max((d for d in _days(other) if d <= around), default=around)


def _days(month_day: tuple[int, int]) -> list[dt.date]:
    """Return a month's day in the years around 2000 that have it (a leap year's Feb 29)."""
    days = []
    for year in range(1996, 2005):
        try:
            days.append(dt.date(year, *month_day))
        except ValueError:
            continue
    return days


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@cache
def _ordinal_words() -> frozenset[str]:
    """Return the ordinal words ("ninth"), once."""
    from questions.generate.variants import ordinal_words

    return frozenset(ordinal_words())


def ranked_date(ent: Any) -> Any:
    """Return the ordinal of a span the model took for a date that ranks a year ("the
    ninth consecutive year", "the 20th anniversary"): which one is a rank, asked as one
    ("This is the _____ consecutive year that …"). A capitalised noun is a name's ("the
    Dushanbe Declaration on the 20th Anniversary of …"): a title, no time, whose rank is
    asked as the rank in a name is ("the United Nations _____ Anniversary Summit"). Any other
    entity is itself."""
    from spacy.tokens import Span as SpacySpan

    words = [t for t in ent if t.lower_ != "the"]
    if ent.label_ != "DATE" or len(words) < 2 or words[-1].pos_ == "PROPN":
        return ent
    first, noun, between = words[0], words[-1], words[1:-1]
    ranked = _ORDINAL.fullmatch(first.text) or first.lower_ in _ordinal_words()
    if not ranked or noun.pos_ != "NOUN" or any(t.pos_ != "ADJ" for t in between):
        return ent
    return SpacySpan(ent.doc, first.i, first.i + 1, label="ORDINAL")
