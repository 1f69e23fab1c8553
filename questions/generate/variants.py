"""Wrong options made from the key itself: nearby numbers, ordinals, years and dates, written
in the key's own form ("US$2.3 trillion", "ninth", "March 9, 2007")."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from functools import cache

from num2words import num2words
from word2number import w2n

from questions.generate.oneunit import counted_plural
from questions.generate.spread import grains_of, near_counts, round_step, spread

_NUMBER = re.compile(r"^(?P<pre>\D*?)(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?(?P<post>.*)$")
_FULL_DATE = re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2}),? (?P<year>\d{4})$")
_MONTH_DAY = re.compile(r"^(?P<month>[A-Z][a-z]+) (?P<day>\d{1,2})$")
_DAY_MONTH_YEAR = re.compile(r"^(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+),? (?P<year>\d{4})$")
_MONTH_YEAR = re.compile(r"^(?P<month>[A-Z][a-z]+),? (?P<year>\d{4})$")
# the scale words a sum is written with, and what each multiplies by (w2n knows no trillion)
SCALES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
STEPS = (-3, -2, -1, 1, 2, 3, 4, -4, 5, 6)
# Ordinals nearest first on both sides: "sixth, seventh, eighth" for "ninth" left the key
# the largest every time; `ranked` draws how many stand below it
_ORDINAL_STEPS = (-1, 1, -2, 2, -3, 3, -4, 4, 5, 6)
# A bare count below this is moved by steps, as a spelled one is: "from 9 to 10" seats is
# not "20" or "30", which no one would guess (review 15); a sum or share is scaled
SMALL_COUNT = 20
_RANGE = re.compile(r"^(?P<low>\S+) to (?P<high>\S+) (?P<unit>.+)$")  # "11 to 85 days"
_RANGE_FACTORS = (0.5, 2.0, 0.25, 3.0)
_FRACTION_WORDS = frozenset({"half", "halves", "quarter", "quarters"})  # "one-half": a share


def numeric_variants(key: str, seed: str = "", least: int = 2) -> list[str]:
    """Return numbers around the key's value written the same way ("US$2.3 trillion"),
    nearest first, below and above it in turn, spread by the question's `seed`; a count
    spelled out goes no lower than `least`."""
    if ranged := range_variants(key):  # "11 to 85 days": both ends moved alike
        return ranged
    if plural := counted_plural(key):  # "one hour": "two hours", never "two hour"
        return numeric_variants(plural, seed, least)
    match = _NUMBER.match(key)
    scale = key.split()[-1].lower() if " " in key else ""
    if match is None and scale in SCALES:
        head = key[: -len(scale)].strip()
        # "one billion people" is as plural as "two billion": a scale's count may go to one,
        # so "two billion" has an option below it, not only "four, five, six billion" above
        return [f"{v} {key.split()[-1]}" for v in numeric_variants(head, seed, least=1)]
    if match is None and (joined := _hyphened_unit(key)):  # "six-foot": "eight-foot"
        spelled_count, unit = joined
        return [f"{v}-{unit}" for v in numeric_variants(spelled_count, seed, least)]
    if match is None:
        words = key.split()
        number, unit = words[:1], " ".join(words[1:])  # "one percent": "one", "percent"
        try:
            value = w2n.word_to_num(" ".join(number))
        except ValueError:
            return []
        if not 0 < value < 1000 or any(w[0].isdigit() for w in words):
            return []
        spelled = [num2words(v) for v in near_counts(value, least, seed, round_step(value))]
        spelled = [f"{o} {unit}".strip() for o in spelled]
        return [o.capitalize() for o in spelled] if key[:1].isupper() else spelled
    digits = match["num"].replace(",", "")
    decimals = len(match["dec"] or "") - 1 if match["dec"] else 0
    value = float(digits + (match["dec"] or ""))
    if not (match["pre"] or match["dec"] or match["post"]) and value < SMALL_COUNT:
        return [str(v) for v in near_counts(int(value), 1, seed, round_step(int(value)))]
    out: list[str] = []
    for new in spread(value, grains_of(match["num"], decimals, match["post"]), seed):
        if decimals:
            text, post = f"{new:.{decimals}f}", match["post"]
        else:
            text, post = _grown(int(new), match["num"], match["post"])
        out.append(f"{match['pre']}{text}{post}")
    if "%" in key or "percent" in key.lower() or "per cent" in key.lower():
        # no 140 percent, nor 100: the whole is no share anyone would weigh against the key
        out = [o for o in out if float(re.sub(r"[^\d.]", "", o) or 0) < 100]
    return out


def _grown(value: int, num: str, post: str) -> tuple[str, str]:
    """Write a whole rival as the key is written, and as a writer would once it outgrows the
    key's digits: "$1.1 billion", not "$1100 million" beside "$800 million"; "1,290", not
    "1290" beside "750" (a key of four digits or more keeps its own separator or none)."""
    words = post.split()
    scales = list(SCALES)
    scale = words[0].lower() if words and post[:1] == " " else ""
    if value >= 1000 and scale in scales[:-1]:  # a thousand millions are a billion
        larger = scales[scales.index(scale) + 1]
        said = f"{value / 1000:.1f}".removesuffix(".0")
        return said, post.replace(words[0], larger if words[0].islower() else larger.title(), 1)
    if "," in num or (len(num) <= 3 and value >= 1000):
        return f"{value:,}", post
    return str(value), post


def _hyphened_unit(key: str) -> tuple[str, str] | None:
    """Split a spelled count joined to its unit by a hyphen ("six-foot", "five-year-old") into
    the count and the unit, or None: its rivals carry the unit as it does ("eight-foot"), not
    bare numbers beside it (review 67). A tail that is a number word ("sixty-five") or a
    fraction's ("one-third", "one-half") is no unit."""
    if " " in key or "-" not in key or any(c.isdigit() for c in key):
        return None
    parts = key.split("-")
    for cut in range(1, len(parts)):
        tail = parts[cut].lower()
        if tail in _FRACTION_WORDS or tail.removesuffix("s") in ordinal_words():
            return None
        if _spelled_count(tail) is None:
            head = "-".join(parts[:cut])
            return (head, "-".join(parts[cut:])) if _spelled_count(head) else None
    return None


def _spelled_count(word: str) -> int | None:
    """Read a spelled whole number ("six", "twenty-five"), or None."""
    try:
        return int(w2n.word_to_num(word))
    except ValueError:
        return None


@cache
def ordinal_words() -> dict[str, int]:
    """Map ordinal words to numbers ("ninth" -> 9), read back from num2words."""
    return {num2words(n, to="ordinal"): n for n in range(1, 200)}


def ordinal_variants(key: str) -> list[str]:
    """Return ordinals near the key, as digits ("21st") or words ("ninth") like the key."""
    digits = re.match(r"^(\d+)(?:st|nd|rd|th)$", key)
    value = int(digits.group(1)) if digits else ordinal_words().get(key.lower(), 0)
    if not value:
        return []
    steps = [value + s for s in _ORDINAL_STEPS if value + s > 0]
    if digits:
        return [num2words(v, to="ordinal_num") for v in steps]
    return [num2words(v, to="ordinal") for v in steps]


def year_variants(key: str, cycle: int = 1) -> list[str]:
    """Return years close to the key, whole cycles of a recurring event away (`cycle`)."""
    year = int(re.sub(r"\D", "", key)[:4])
    if cycle > 1:
        return [key.replace(str(year), str(year + cycle * step)) for step in (-1, 1, -2, 2, -3, 3)]
    # A round year ("by 2050") is a target or a horizon: 2047 beside it is no choice anyone
    # would weigh, other round years are.
    steps = (-10, 10, -20, 20, -5, 5) if year % 10 == 0 else STEPS
    return [key.replace(str(year), str(year + step)) for step in steps]


def _date_parts(text: str) -> tuple[re.Pattern[str], dict[str, str], int] | None:
    """Return the form a date is written in, its parts and its month's number, or None."""
    for pattern in (_FULL_DATE, _DAY_MONTH_YEAR, _MONTH_DAY, _MONTH_YEAR):
        match = pattern.match(text)
        if match is not None and match["month"] in calendar.month_name[1:]:
            return pattern, match.groupdict(), list(calendar.month_name).index(match["month"])
    return None


def date_variants(key: str) -> list[str]:
    """Return dates close to the key, written in the same form."""
    parts = _date_parts(key)
    if parts is None:
        return []
    pattern, groups, month = parts
    base = dt.date(int(groups.get("year") or 2001), month, int(groups.get("day") or 1))
    out = []
    # the steps back last: a past event's wrong dates, none after the article (review 17)
    for days in (-7, 31, -62, 10, 92, -30, 14, -14, -45):
        day = base + dt.timedelta(days=days)
        text = f"{calendar.month_name[day.month]}"
        if pattern is _DAY_MONTH_YEAR:
            out.append(f"{day.day} {text} {day.year}")
            continue
        if "day" in groups:
            text += f" {day.day}"
        if "year" in groups:
            text += ("," if "," in key else "") + f" {day.year}"
        out.append(text)
    return out


def date_of(text: str, near: dt.date) -> tuple[dt.date, bool] | None:
    """Return the day a date says, in the year nearest `near` where it says none ("November
    22" beside January 23, 2014 is 2013's), and whether it names its day; None for no date
    of the forms `date_variants` writes."""
    parts = _date_parts(text)
    if parts is None:
        return None
    _, groups, month = parts
    day = int(groups.get("day") or 1)
    years = [int(groups["year"])] if groups.get("year") else [near.year + s for s in (0, -1, 1)]
    try:
        found = [dt.date(year, month, day) for year in years]
    except ValueError:
        return None
    return min(found, key=lambda d: abs((d - near).days)), "day" in groups


def after_article(option: str, key: str, day: dt.date | None) -> bool:
    """Tell whether a wrong date falls after the article's day while the key, the day of a
    past event, falls on or before it: "brought the clock to school on September 14" in a
    September 22 article is no October 15 (review 17). A key after the day (a planned
    event) leaves every date open."""
    if day is None:
        return False
    said = date_of(key, day)
    option_day = date_of(option, said[0]) if said else None
    if said is None or option_day is None:
        return False
    if not (said[1] and option_day[1]):  # "September 2015": by months
        now = (day.year, day.month)
        return (said[0].year, said[0].month) <= now < (option_day[0].year, option_day[0].month)
    return said[0] <= day < option_day[0]


def range_variants(key: str) -> list[str]:
    """Return other ranges of the key's unit, both ends scaled alike ("11 to 85 days" ->
    "22 to 170 days", "5 to 42 days"), written in digits like the key; else none."""
    found = _RANGE.match(key)
    if found is None or not (found["low"].isdigit() and found["high"].isdigit()):
        return []
    low, high = int(found["low"]), int(found["high"])
    out = []
    for factor in _RANGE_FACTORS:
        new_low, new_high = round(low * factor), round(high * factor)
        if 0 < new_low < new_high and (new_low, new_high) != (low, high):
            out.append(f"{new_low} to {new_high} {found['unit']}")
    return out
