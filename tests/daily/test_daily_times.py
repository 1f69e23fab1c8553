"""Pure rules of the daily question: reading times and zones, and when each day is due."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bot.service.schedule import (
    BadTime,
    SetTime,
    ShowStatus,
    TimeProblem,
    TurnOff,
    TurnOn,
    instant_on,
    local_date_of,
    next_due,
    parse_command,
    parse_local_time,
    resolve_zone,
)

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")


def utc(*args: int) -> datetime:
    """Build an aware UTC datetime."""
    return datetime(*args, tzinfo=UTC)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("08:30", time(8, 30)),
        ("8:30", time(8, 30)),
        ("8.30", time(8, 30)),
        ("9.30", time(9, 30)),
        ("19h30", time(19, 30)),
        ("19H", time(19, 0)),
        ("00:00", time(0, 0)),
        ("23:59", time(23, 59)),
        ("7pm", time(19, 0)),
        ("7 PM", time(19, 0)),
        ("7:30 pm", time(19, 30)),
        ("7.30p.m.", time(19, 30)),
        ("12am", time(0, 0)),
        ("12:15 am", time(0, 15)),
        ("12pm", time(12, 0)),
        ("11:59pm", time(23, 59)),
        ("noon", time(12, 0)),
        ("Midnight", time(0, 0)),
    ],
)
def test_common_time_forms_are_read(text: str, expected: time) -> None:
    assert parse_local_time(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("25:00", TimeProblem.OUT_OF_RANGE),
        ("24:00", TimeProblem.OUT_OF_RANGE),
        ("08:60", TimeProblem.OUT_OF_RANGE),
        ("13pm", TimeProblem.OUT_OF_RANGE),
        ("0am", TimeProblem.OUT_OF_RANGE),
        ("7", TimeProblem.AMBIGUOUS),
        ("19", TimeProblem.AMBIGUOUS),
        ("8:5", TimeProblem.UNREADABLE),
        ("soon", TimeProblem.UNREADABLE),
        ("08:30:00", TimeProblem.UNREADABLE),
        ("", TimeProblem.UNREADABLE),
        ("-1:00", TimeProblem.UNREADABLE),
    ],
)
def test_bad_times_say_why(text: str, problem: TimeProblem) -> None:
    assert parse_local_time(text) == BadTime(text, problem)


def test_command_words() -> None:
    assert parse_command([]) == ShowStatus()
    assert parse_command(["OFF"]) == TurnOff()
    assert parse_command(["on"]) == TurnOn()
    assert parse_command(["08:30"]) == SetTime(time(8, 30), None)
    assert parse_command(["7:30", "pm", "Europe/Berlin"]) == SetTime(time(19, 30), "Europe/Berlin")
    assert parse_command(["7", "p.m."]) == SetTime(time(19, 0), None)
    assert parse_command(["9am", "New", "York"]) == SetTime(time(9, 0), "New York")
    assert parse_command(["7"]) == BadTime("7", TimeProblem.AMBIGUOUS)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Europe/Berlin", "Europe/Berlin"),
        ("europe/berlin", "Europe/Berlin"),
        ("berlin", "Europe/Berlin"),
        ("Moscow", "Europe/Moscow"),
        ("new york", "America/New_York"),
        ("UTC", "UTC"),
        # A link and its target behave the same: take the canonical, most specific name.
        ("indianapolis", "America/Indiana/Indianapolis"),
    ],
)
def test_zones_are_found_by_name_or_city(text: str, name: str) -> None:
    assert resolve_zone(text).name == name


def test_unknown_zones_get_close_suggestions() -> None:
    moskow = resolve_zone("Moskow")
    assert moskow.name is None and "Europe/Moscow" in moskow.suggestions
    berlim = resolve_zone("Europe/Berlim")
    assert berlim.name is None and berlim.suggestions[0] == "Europe/Berlin"
    nothing = resolve_zone("Qwxzv")
    assert nothing.name is None and nothing.suggestions == ()


def test_an_ordinary_day_is_due_at_local_time() -> None:
    assert instant_on(date(2026, 3, 2), time(9, 0), BERLIN) == utc(2026, 3, 2, 8, 0)
    assert next_due(time(9, 0), BERLIN, utc(2026, 3, 2, 8, 0)) == utc(2026, 3, 3, 8, 0)
    assert next_due(time(9, 0), BERLIN, utc(2026, 3, 2, 7, 59)) == utc(2026, 3, 2, 8, 0)
    # Late evening UTC is already tomorrow in Tokyo.
    tokyo = ZoneInfo("Asia/Tokyo")
    assert next_due(time(7, 0), tokyo, utc(2026, 3, 2, 21, 0)) == utc(2026, 3, 2, 22, 0)
    assert local_date_of(utc(2026, 3, 2, 22, 0), tokyo) == date(2026, 3, 3)


def test_berlin_spring_forward_keeps_local_time_and_moves_a_skipped_time() -> None:
    # 29 March 2026: 02:00 CET jumps to 03:00 CEST (01:00 UTC).
    assert instant_on(date(2026, 3, 28), time(9, 0), BERLIN) == utc(2026, 3, 28, 8, 0)
    assert instant_on(date(2026, 3, 29), time(9, 0), BERLIN) == utc(2026, 3, 29, 7, 0)
    gap = instant_on(date(2026, 3, 29), time(2, 30), BERLIN)
    assert gap == utc(2026, 3, 29, 1, 0)
    assert gap.astimezone(BERLIN).strftime("%H:%M %Z") == "03:00 CEST"
    # Once that day, then back to 02:30 the next.
    after = next_due(time(2, 30), BERLIN, utc(2026, 3, 28, 12, 0))
    assert after == gap
    assert next_due(time(2, 30), BERLIN, gap) == utc(2026, 3, 30, 0, 30)


def test_berlin_fall_back_sends_a_repeated_time_once_at_its_first_occurrence() -> None:
    # 25 October 2026: 03:00 CEST falls back to 02:00 CET (01:00 UTC); 02:30 happens twice.
    assert instant_on(date(2026, 10, 24), time(9, 0), BERLIN) == utc(2026, 10, 24, 7, 0)
    assert instant_on(date(2026, 10, 25), time(9, 0), BERLIN) == utc(2026, 10, 25, 8, 0)
    first = instant_on(date(2026, 10, 25), time(2, 30), BERLIN)
    assert first == utc(2026, 10, 25, 0, 30)
    # After the first 02:30 the next one is tomorrow's, not the second 02:30 an hour later.
    assert next_due(time(2, 30), BERLIN, first) == utc(2026, 10, 26, 1, 30)


def test_new_york_switches_both_ways() -> None:
    # 8 March 2026: 02:00 EST → 03:00 EDT (07:00 UTC). 1 November: 02:00 EDT → 01:00 EST.
    assert instant_on(date(2026, 3, 7), time(9, 0), NEW_YORK) == utc(2026, 3, 7, 14, 0)
    assert instant_on(date(2026, 3, 8), time(9, 0), NEW_YORK) == utc(2026, 3, 8, 13, 0)
    assert instant_on(date(2026, 3, 8), time(2, 15), NEW_YORK) == utc(2026, 3, 8, 7, 0)
    assert instant_on(date(2026, 11, 1), time(9, 0), NEW_YORK) == utc(2026, 11, 1, 14, 0)
    first = instant_on(date(2026, 11, 1), time(1, 30), NEW_YORK)
    assert first == utc(2026, 11, 1, 5, 30)  # 01:30 EDT, not 01:30 EST
    assert next_due(time(1, 30), NEW_YORK, first) == utc(2026, 11, 2, 6, 30)


def test_a_year_of_days_is_one_send_per_local_day_at_the_local_time() -> None:
    for zone in (BERLIN, NEW_YORK, ZoneInfo("Australia/Sydney")):
        for at in (time(9, 0), time(2, 30), time(0, 0)):
            due = next_due(at, zone, utc(2026, 1, 1, 0, 0))
            dates = []
            for _ in range(366):
                local = due.astimezone(zone)
                dates.append(local.date())
                wall = datetime.combine(local.date(), at, tzinfo=zone)
                exists = wall.astimezone(UTC).astimezone(zone).time() == at
                # Either the local time itself, or (skipped by the clock change) just after.
                assert local.time() == at if exists else local.time() > at
                due = next_due(at, zone, due)
            assert all(b - a == timedelta(days=1) for a, b in pairwise(dates))
