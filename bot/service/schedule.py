"""When daily questions are due: reading times and zones, and the DST arithmetic. Pure.

No database and no Telegram: everything here is a function of its arguments (and of the
system's time-zone data), so /daily's input and every due instant can be tested alone.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

DEFAULT_TIME = time(9, 0)
OFF_WORDS = frozenset({"off", "stop", "no", "disable", "unsubscribe"})
ON_WORDS = frozenset({"on", "start", "yes", "enable", "subscribe"})

# --- reading a time of day ----------------------------------------------------------------


class TimeProblem(Enum):
    """Why a time of day was refused."""

    UNREADABLE = "unreadable"
    OUT_OF_RANGE = "out_of_range"
    AMBIGUOUS = "ambiguous"  # a bare hour: morning or evening?


@dataclass(frozen=True)
class BadTime:
    """A time of day the user typed that could not be used, and why."""

    text: str
    problem: TimeProblem


_H24 = re.compile(r"(\d{1,2})\s*[:.h]\s*(\d{2})")  # 08:30, 8:30, 8.30, 19h30
_HOUR_H = re.compile(r"(\d{1,2})h")  # 19h (24-hour, as written in French or German)
_H12 = re.compile(r"(\d{1,2})(?:\s*[:.]\s*(\d{2}))?\s*([ap])\.?\s*m\.?")  # 7pm, 7:30 p.m.
_BARE = re.compile(r"\d{1,2}")
_WORDS = {"noon": time(12, 0), "midday": time(12, 0), "midnight": time(0, 0)}


def parse_local_time(text: str) -> time | BadTime:
    """Read a time of day: 08:30, 8:30, 8.30, 19h30, 19h, 7pm, 7:30 pm, noon, midnight."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in _WORDS:
        return _WORDS[cleaned]
    if match := _H24.fullmatch(cleaned):
        hour, minute = int(match[1]), int(match[2])
        return _checked(text, hour, minute, 0, 23)
    if match := _HOUR_H.fullmatch(cleaned):
        return _checked(text, int(match[1]), 0, 0, 23)
    if match := _H12.fullmatch(cleaned):
        hour, minute = int(match[1]), int(match[2] or 0)
        checked = _checked(text, hour, minute, 1, 12)
        if isinstance(checked, BadTime):
            return checked
        # 12am is midnight and 12pm is noon; every other pm hour adds twelve.
        return time((hour % 12) + (12 if match[3] == "p" else 0), minute)
    if _BARE.fullmatch(cleaned):
        return BadTime(text, TimeProblem.AMBIGUOUS)
    return BadTime(text, TimeProblem.UNREADABLE)


def _checked(text: str, hour: int, minute: int, low: int, high: int) -> time | BadTime:
    """Return the time if hour and minute are in range, else an out-of-range BadTime."""
    if not (low <= hour <= high and 0 <= minute <= 59):
        return BadTime(text, TimeProblem.OUT_OF_RANGE)
    return time(hour % 24, minute)


def format_time(at: time) -> str:
    """Return the stored 'HH:MM' form of a time of day."""
    return f"{at.hour:02d}:{at.minute:02d}"


def stored_time(text: str) -> time:
    """Read a stored 'HH:MM' time of day."""
    return time(int(text[:2]), int(text[3:5]))


# --- finding a time zone ------------------------------------------------------------------


@dataclass(frozen=True)
class ZoneChoice:
    """The result of looking up a zone: its IANA name, or names the user may have meant."""

    text: str
    name: str | None
    suggestions: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    """Return the IANA zone names zoneinfo knows, without the posix/ and right/ copies."""
    skip = ("posix/", "right/", "SystemV/")
    names = {n for n in available_timezones() if not n.startswith(skip)}
    names -= {"localtime", "Factory", "posixrules"}
    return tuple(sorted(names | {"UTC"}))


@lru_cache(maxsize=1)
def _by_lower() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Map lower-case full names, and lower-case city names, to zone names."""
    full = {name.lower(): name for name in zone_names()}
    cities: dict[str, list[str]] = {}
    for name in zone_names():
        if name.startswith("Etc/"):
            continue  # "GMT+3" is not a city; Etc/ names are matched in full only
        cities.setdefault(name.rsplit("/", 1)[-1].lower(), []).append(name)
    return full, cities


def _same_rules(names: Sequence[str]) -> bool:
    """Return True if the zones agree on their offsets (links like America/Indianapolis)."""
    samples = [
        datetime(year, month, 15, 12, tzinfo=UTC)
        for year in (2024, 2025)
        for month in (1, 4, 7, 10)
    ]
    offsets = {tuple(s.astimezone(ZoneInfo(n)).utcoffset() for s in samples) for n in names}
    return len(offsets) == 1


def resolve_zone(text: str) -> ZoneChoice:
    """Find an IANA zone by full name or city, in any case: 'berlin' → Europe/Berlin."""
    cleaned = "_".join(text.strip().split())[:64]
    full, cities = _by_lower()
    key = cleaned.lower()
    if key in full:
        return ZoneChoice(text, full[key])
    matches = cities.get(key, [])
    if matches and _same_rules(matches):
        # Prefer the canonical, most specific name (America/Indiana/Indianapolis).
        return ZoneChoice(text, max(matches, key=lambda n: (n.count("/"), n)))
    if matches:
        return ZoneChoice(text, None, tuple(sorted(matches))[:5])
    close = difflib.get_close_matches(key, [*full, *cities], n=5, cutoff=0.6)
    suggestions: list[str] = []
    for found in close:
        for name in [full[found]] if found in full else cities[found]:
            if name not in suggestions:
                suggestions.append(name)
    return ZoneChoice(text, None, tuple(suggestions[:3]))


def zone_of(name: str) -> ZoneInfo:
    """Return the zone for a stored name, falling back to UTC for one the system lost."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


# --- when a daily question is due -----------------------------------------------------------


def instant_on(day: date, at: time, zone: ZoneInfo) -> datetime:
    """Return the UTC instant the local clock shows `at` on `day`.

    A time skipped by a spring-forward change is sent at the first valid moment after the gap
    (02:30 on Berlin's switch day → 03:00 CEST); a time repeated by a fall-back change is sent
    at its first occurrence.
    """
    wall = datetime.combine(day, at)
    # fold=0 is the first occurrence of an ambiguous time, which is the one we want.
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # The wall time does not exist. Its two readings (old offset, new offset) bracket the
    # transition; find the exact instant by bisecting on the offset, to the second.
    other = wall.replace(tzinfo=zone, fold=1).astimezone(UTC)
    low, high = min(first, other), max(first, other)
    new_offset = high.astimezone(zone).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == new_offset:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def next_due(at: time, zone: ZoneInfo, after: datetime) -> datetime:
    """Return the first instant strictly after `after` at which `at` is due in `zone`."""
    day = after.astimezone(zone).date() - timedelta(days=1)
    while True:
        candidate = instant_on(day, at, zone)
        if candidate > after:
            return candidate
        day += timedelta(days=1)


def latest_due(at: time, zone: ZoneInfo, until: datetime) -> datetime:
    """Return the last instant at or before `until` at which `at` was due in `zone`."""
    day = until.astimezone(zone).date() + timedelta(days=1)
    while True:
        candidate = instant_on(day, at, zone)
        if candidate <= until:
            return candidate
        day -= timedelta(days=1)


def local_date_of(instant: datetime, zone: ZoneInfo) -> date:
    """Return the local calendar date of an instant in a zone."""
    return instant.astimezone(zone).date()


class Plans:
    """Due instants per (local time, zone), worked out once: a broadcast shares a few."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._latest: dict[tuple[str, str], tuple[datetime, date, datetime]] = {}
        self._dates: dict[tuple[datetime, str], date] = {}

    def latest(self, local_time: str, zone_name: str) -> tuple[datetime, date, datetime]:
        """Return the last instant due by now, its local date, and the instant after it."""
        key = (local_time, zone_name)
        if key not in self._latest:
            at, zone = stored_time(local_time), zone_of(zone_name)
            last = latest_due(at, zone, self.now)
            self._latest[key] = (last, local_date_of(last, zone), next_due(at, zone, last))
        return self._latest[key]

    def date_of(self, due_at: datetime, zone_name: str) -> date:
        """Return the local date of a due instant in a zone."""
        key = (due_at, zone_name)
        if key not in self._dates:
            self._dates[key] = local_date_of(due_at, zone_of(zone_name))
        return self._dates[key]


# --- what /daily was asked ------------------------------------------------------------------


@dataclass(frozen=True)
class ShowStatus:
    """/daily alone: show the chat's status."""


@dataclass(frozen=True)
class TurnOff:
    """/daily off."""


@dataclass(frozen=True)
class TurnOn:
    """/daily on: the previous time and zone, or the default."""


@dataclass(frozen=True)
class SetTime:
    """/daily HH:MM [Area/City]."""

    at: time
    zone_text: str | None


DailyCommand = ShowStatus | TurnOff | TurnOn | SetTime | BadTime
_MERIDIEM = re.compile(r"[ap]\.?m\.?", re.IGNORECASE)


def parse_command(args: Sequence[str]) -> DailyCommand:
    """Read the words after /daily: nothing, on, off, or a time and an optional zone."""
    words = [w for w in args if w.strip()]
    if not words:
        return ShowStatus()
    if len(words) == 1 and words[0].lower() in OFF_WORDS:
        return TurnOff()
    if len(words) == 1 and words[0].lower() in ON_WORDS:
        return TurnOn()
    # "7:30 pm Europe/Berlin" arrives as three words; the am/pm belongs to the time.
    take = 2 if len(words) > 1 and _MERIDIEM.fullmatch(words[1]) else 1
    at = parse_local_time(" ".join(words[:take]))
    if isinstance(at, BadTime):
        return at
    rest = words[take:]
    return SetTime(at, " ".join(rest) if rest else None)
