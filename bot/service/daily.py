"""Daily questions: reading times and zones, when each is due, and the once-a-day ledger.

No Telegram here. The database is the source of truth: each subscription stores its local
time, IANA zone and the next due instant in UTC, and every local day a chat gets its daily
question is one `daily_deliveries` row, UNIQUE per (subscription, local date).

A day's life:

1. `prepare` (up to `lookahead` before it is due) writes the day's row as *pending* with no
   attempt yet, and `question_for` picks the question by the /quiz rules (recording a
   `Delivery`) and links it to the row. Picking costs milliseconds of database work per chat;
   doing it ahead keeps a big broadcast down to HTTP. A day not prepared is picked when sent.
2. `claim_due` — when due, in ONE transaction: count the attempt on the row (creating it if
   it was not prepared) and move the subscription's `next_due_at` to its next local day. This
   commit comes before any HTTP call; from here the day can never be claimed twice, and a
   crash cannot lose it: the row stays pending.
3. The transport sends the linked question; `finish` stores the message id and marks the row
   *sent* (or *failed*), several rows per transaction.

A row left *pending* by a crash is resolved on start and on every pass (`recover`), once its
`lease` has run out (so that with several bot processes, one never resends a day another is
sending right now):

* its delivery has a message id → it was sent and recorded; only the status was not: *sent*;
* otherwise it is sent again, as the SAME delivery when one was linked — same question, same
  buttons, so if Telegram had in fact delivered the first copy, only one answer can count.
  That is the one at-least-once window: between Telegram's answer and the `finish` commit
  (at most one small batch of results, FINISH_DELAY). Everywhere else it is exactly once;
* the day's due time is past the grace period, the subscription was turned off, the chat
  blocked us, or it was tried `max_attempts` times → closed *failed*/*skipped*, never sent.
"""

from __future__ import annotations

import difflib
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from enum import Enum
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.quiz import (
    NoQuestion,
    Place,
    Player,
    QuizService,
    ShownQuestion,
    options_as_shown,
)
from db.daily import (
    FAILED,
    PENDING,
    SENT,
    SKIPPED,
    DueSubscription,
    PickedQuestion,
    add_days,
    attach_messages,
    days_of,
    deactivate_subscription,
    delivery_questions,
    drop_prepared,
    due_subscriptions,
    finish_daily_deliveries,
    get_subscription,
    link_delivery,
    move_delivery,
    move_schedules,
    move_subscription,
    recent_date,
    save_subscription,
    skip_days,
    start_days,
    unfinished_daily_deliveries,
    unlink_unsent,
    upcoming_subscriptions,
)
from db.engine import session_scope
from db.models import Chat, DailySubscription, User, utcnow
from db.players import get_chat, mark_chat_blocked, move_chat, upsert_chat

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
DEFAULT_TIME = time(9, 0)
MISSED = "not sent within the grace period"
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


# --- the service ----------------------------------------------------------------------------


@dataclass(frozen=True)
class DailyStatus:
    """A chat's daily question as shown to people: on or off, when, and the next send."""

    active: bool
    local_time: str | None = None
    zone: str | None = None
    next_local: datetime | None = None  # aware, in the subscription's zone
    today: date | None = None  # the local date now, to say "today" or "tomorrow"


@dataclass(frozen=True)
class DailyJob:
    """One chat's daily question for one local day: to prepare, or to send now."""

    daily_id: int
    subscription_id: int
    local_date: date
    place: Place
    player: Player | None
    delivery_id: int | None = None  # the question already picked for this day, if any
    attempt: int = 0  # sends started, counting the one about to start
    shown: ShownQuestion | None = None  # that question, ready to send


class Outcome(Enum):
    """How sending one job ended."""

    SENT = "sent"
    BLOCKED = "blocked"
    FAILED = "failed"


@dataclass(frozen=True)
class Finished:
    """The end of one job, to be written to the ledger."""

    job: DailyJob
    outcome: Outcome
    chat_id: int  # where it finally went (a migrated group has a new id)
    delivery_id: int | None = None
    message_id: int | None = None
    poll_id: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Recovered:
    """What the start-of-pass look at unfinished days found."""

    jobs: list[DailyJob]
    already_sent: int = 0
    closed: int = 0


def _due_of(sub: DailySubscription, chat: Chat, user: User | None) -> DueSubscription:
    """Describe ORM rows the way the dispatcher's queries return them."""
    return DueSubscription(
        id=sub.id or 0,
        chat_id=chat.id,
        local_time=sub.local_time,
        timezone=sub.timezone,
        next_due_at=sub.next_due_at,
        chat_type=chat.type,
        chat_title=chat.title,
        first_name=user.first_name if user is not None else None,
        username=user.username if user is not None else None,
        language_code=user.language_code if user is not None else None,
    )


def _job(
    day_id: int, sub: DueSubscription, local_date: date, delivery_id: int | None, attempt: int
) -> DailyJob:
    """Describe a ledger row of a subscription as a job."""
    place = Place(id=sub.chat_id, type=sub.chat_type, title=sub.chat_title)
    player = None
    if not place.is_group and sub.first_name is not None:
        # A private chat's id is its user's id; the daily pick follows that player's history.
        player = Player(sub.chat_id, sub.first_name, sub.username, sub.language_code)
    return DailyJob(day_id, sub.id, local_date, place, player, delivery_id, attempt)


def _shown(picked: PickedQuestion, *, sent_before: bool) -> ShownQuestion | None:
    """Rebuild the question a delivery shows, options as shown; None to pick it again.

    A delivery that may have reached the chat (`sent_before`) is sent again exactly as it was
    shown, so only one answer can count; one never sent shows the question as it is now.
    """
    current = (
        None
        if picked.retired
        else options_as_shown(list(picked.option_order), picked.options, picked.correct_index)
    )
    stored = None
    if picked.shown_options is not None and picked.shown_correct is not None:
        stored = (tuple(picked.shown_options), picked.shown_correct)
    # Changed since it was picked and never sent: show it as it is now, under a new delivery.
    changed = stored is not None and stored != current
    shown = (stored or current) if sent_before else (None if changed else current)
    if shown is None:
        return None
    options, correct_position = shown
    return ShownQuestion(
        delivery_id=picked.delivery_id,
        question_id=picked.question_id,
        text=picked.text,
        options=options,
        correct_position=correct_position,
        explanation=picked.explanation,
        set_slug=picked.set_slug,
        set_title=picked.set_title,
    )


class _Plans:
    """Due instants per (local time, zone): a broadcast shares a handful of schedules."""

    def __init__(self, now: datetime) -> None:
        self.now = now
        self._latest: dict[tuple[str, str], tuple[datetime, date, datetime]] = {}
        self._dates: dict[tuple[datetime, str], date] = {}

    def latest(self, sub: DueSubscription) -> tuple[datetime, date, datetime]:
        """Return the last instant due by now, its local date, and the instant after it."""
        key = (sub.local_time, sub.timezone)
        if key not in self._latest:
            at, zone = stored_time(sub.local_time), zone_of(sub.timezone)
            last = latest_due(at, zone, self.now)
            self._latest[key] = (last, local_date_of(last, zone), next_due(at, zone, last))
        return self._latest[key]

    def date_of(self, sub: DueSubscription) -> date:
        """Return the local date of the subscription's next due instant."""
        key = (sub.next_due_at, sub.timezone)
        if key not in self._dates:
            self._dates[key] = local_date_of(sub.next_due_at, zone_of(sub.timezone))
        return self._dates[key]


@dataclass
class DailyService:
    """Subscriptions and the once-a-day ledger; every call is one short transaction."""

    engine: Engine
    quiz: QuizService
    clock: Clock = utcnow
    # Missed by more than this (after downtime) → skipped to the next day.
    grace: timedelta = timedelta(hours=6)
    # How often the dispatcher looks; a day is never skipped for being one look late.
    tick: timedelta = timedelta(seconds=30)
    # Questions are picked this long before they are due, so that sending a big broadcast is
    # only HTTP: picking by the /quiz rules costs milliseconds of database work per chat.
    lookahead: timedelta = timedelta(minutes=10)
    max_attempts: int = 3
    # A day being sent is another process's for this long; after that (its process died) any
    # dispatcher may resend it. Longer than one send with all its retries can take.
    lease: timedelta = timedelta(minutes=5)
    default_zone: str = "UTC"
    _late_limit: timedelta = field(init=False)

    def __post_init__(self) -> None:
        """Work out how late a day may be sent."""
        self._late_limit = max(self.grace, 2 * self.tick)

    # --- subscribing ----------------------------------------------------------------------

    def zone_for(self, chat_id: int) -> str:
        """Return the chat's saved zone, else the configured default."""
        with session_scope(self.engine) as session:
            chat = get_chat(session, chat_id)
            saved = chat.timezone if chat is not None else None
        if saved and zone_of(saved).key == saved:
            return saved
        return self.default_zone

    def status(self, chat_id: int) -> DailyStatus:
        """Return whether the chat gets a daily question, at what local time, and when next."""
        with session_scope(self.engine) as session:
            sub = get_subscription(session, chat_id)
            if sub is None or not sub.active:
                return DailyStatus(active=False)
            zone = zone_of(sub.timezone)
            return DailyStatus(
                active=True,
                local_time=sub.local_time,
                zone=sub.timezone,
                next_local=sub.next_due_at.astimezone(zone),
                today=self.clock().astimezone(zone).date(),
            )

    def subscribe(self, place: Place, at: time, zone_text: str | None) -> DailyStatus | ZoneChoice:
        """Send the chat a question every day at `at` local time; a bad zone is returned."""
        if zone_text is None:
            choice = ZoneChoice("", self.zone_for(place.id))  # saved or configured: trusted
        else:
            choice = resolve_zone(zone_text)
        if choice.name is None:
            return choice
        now = self.clock()
        due = next_due(at, ZoneInfo(choice.name), now)
        with session_scope(self.engine) as session:
            chat = upsert_chat(
                session, chat_id=place.id, chat_type=place.type, title=place.title, now=now
            )
            # The zone is the chat's from now on: the default for the next /daily and /score.
            chat.timezone = choice.name
            session.add(chat)
            session.flush()
            sub = save_subscription(
                session,
                chat_id=place.id,
                local_time=format_time(at),
                timezone=choice.name,
                next_due_at=due,
                now=now,
            )
            # A question picked ahead for the old time waits for no one now.
            drop_prepared(session, sub.id or 0, since=recent_date(now))
        return self.status(place.id)

    def turn_on(self, place: Place) -> DailyStatus:
        """Turn the daily question on at its previous time and zone, else the defaults."""
        with session_scope(self.engine) as session:
            sub = get_subscription(session, place.id)
            previous = (stored_time(sub.local_time), sub.timezone) if sub is not None else None
        at, zone = previous or (DEFAULT_TIME, None)
        result = self.subscribe(place, at, zone)
        if isinstance(result, ZoneChoice):  # a saved zone the system no longer knows
            result = self.subscribe(place, at, "UTC")
        assert isinstance(result, DailyStatus)
        return result

    def turn_off(self, chat_id: int) -> bool:
        """Stop the chat's daily question; False if it was not on."""
        now = self.clock()
        with session_scope(self.engine) as session:
            sub = get_subscription(session, chat_id)
            if sub is not None:
                drop_prepared(session, sub.id or 0, since=recent_date(now))
            return deactivate_subscription(session, chat_id, now)

    # --- the ledger -----------------------------------------------------------------------

    def recover(self) -> Recovered:
        """Resolve days an earlier pass left unfinished (see the module docstring)."""
        now = self.clock()
        jobs: list[DailyJob] = []
        closed: list[tuple[int, str, str | None]] = []
        already_sent = 0
        with session_scope(self.engine) as session:
            # Prepared days are left alone until due, unless they are so old they were missed.
            stale = now - self._late_limit - self.lookahead
            for row, sub, chat, user, delivery in unfinished_daily_deliveries(
                session, prepared_before=stale, claimed_before=now - self.lease
            ):
                assert row.id is not None
                due = instant_on(row.local_date, stored_time(sub.local_time), zone_of(sub.timezone))
                if delivery is not None and delivery.message_id is not None:
                    already_sent += 1
                    closed.append((row.id, SENT, None))
                elif not sub.active:
                    closed.append((row.id, SKIPPED, "turned off before it was sent"))
                elif chat.blocked_at is not None:
                    closed.append((row.id, FAILED, "the chat blocked the bot"))
                elif now - due > self._late_limit:
                    missed = row.attempts == 0
                    closed.append((row.id, SKIPPED if missed else FAILED, MISSED))
                elif row.attempts == 0:
                    continue  # prepared and not yet due: the claim sends it on time
                elif row.attempts >= self.max_attempts:
                    closed.append((row.id, FAILED, f"gave up after {row.attempts} attempts"))
                else:
                    row.attempts += 1
                    row.claimed_at = now
                    session.add(row)
                    jobs.append(
                        _job(
                            row.id,
                            _due_of(sub, chat, user),
                            row.local_date,
                            row.delivery_id,
                            row.attempts,
                        )
                    )
            finish_daily_deliveries(session, closed, now=now)
            jobs = self._with_questions(session, jobs)
        return Recovered(jobs, already_sent, len(closed) - already_sent)

    def claim_due(self, limit: int = 500) -> tuple[list[DailyJob], int]:
        """Claim up to `limit` due subscriptions: mark each day as started, move next_due_at.

        Returns the jobs to send now and how many days were skipped (missed beyond the grace
        period, or already handled earlier that local day).
        """
        now = self.clock()
        plans = _Plans(now)
        skipped = 0
        moves: list[tuple[int, datetime]] = []
        missed: list[dict[str, Any]] = []
        expired: list[int] = []
        started: list[tuple[int, DueSubscription, date, int | None, int]] = []
        fresh: list[tuple[DueSubscription, date]] = []
        with session_scope(self.engine) as session:
            due = due_subscriptions(session, now=now, limit=limit)
            existing = days_of(session, [s.id for s in due], {plans.latest(s)[1] for s in due})
            for sub in due:
                # After downtime several days may have passed: only the latest one can still
                # be sent; the ones before it are past the grace period by construction.
                latest, local_date, following = plans.latest(sub)
                moves.append((sub.id, following))
                day = existing.get((sub.id, local_date))
                if now - latest > self._late_limit:
                    skipped += 1
                    if day is None:  # remember the missed day; a later time that day may use it
                        missed.append(
                            {
                                "subscription_id": sub.id,
                                "local_date": local_date,
                                "status": SKIPPED,
                                "error": MISSED,
                            }
                        )
                    elif day.status == PENDING and day.attempts == 0:
                        expired.append(day.id)
                elif day is None:
                    fresh.append((sub, local_date))
                elif day.status == SKIPPED or (day.status == PENDING and day.attempts == 0):
                    # A day missed earlier that a new time may still catch, or one prepared.
                    started.append((day.id, sub, local_date, day.delivery_id, day.attempts + 1))
                elif day.status != PENDING:  # pending and tried: recover() resends it
                    skipped += 1  # already handled that local day (e.g. the time changed)
            # One transaction: the days are marked started before any of them is sent.
            move_schedules(session, moves)
            start_days(session, [day_id for day_id, *_ in started], now=now)
            skip_days(session, expired, error=MISSED, now=now)
            add_days(session, missed, now=now)
            new_ids = add_days(
                session,
                [
                    {"subscription_id": s.id, "local_date": d, "status": PENDING, "attempts": 1}
                    for s, d in fresh
                ],
                now=now,
            )
            jobs = [_job(*found) for found in started]
            jobs += [_job(i, s, d, None, 1) for i, (s, d) in zip(new_ids, fresh, strict=True)]
            jobs = self._with_questions(session, jobs)
        return jobs, skipped

    def prepare(self, limit: int = 500) -> list[DailyJob]:
        """Write the days of subscriptions due within the lookahead, to pick their questions."""
        now = self.clock()
        plans = _Plans(now)
        with session_scope(self.engine) as session:
            upcoming = upcoming_subscriptions(
                session, after=now, until=now + self.lookahead, limit=limit
            )
            existing = days_of(
                session, [s.id for s in upcoming], {plans.date_of(s) for s in upcoming}
            )
            # A day handled already (the time changed after it was sent) is not prepared; the
            # claim says so when it comes due.
            fresh = [s for s in upcoming if (s.id, plans.date_of(s)) not in existing]
            ids = add_days(
                session,
                [
                    {"subscription_id": s.id, "local_date": plans.date_of(s), "status": PENDING}
                    for s in fresh
                ],
                now=now,
            )
            return [_job(i, s, plans.date_of(s), None, 0) for i, s in zip(ids, fresh, strict=True)]

    def _with_questions(self, session: Session, jobs: list[DailyJob]) -> list[DailyJob]:
        """Attach the already-picked question to each job that has one (one query).

        A question picked ahead but changed or retired by a re-import before it was ever sent
        is picked again, as is one whose delivery cannot be shown any more; each job on its
        own, so one bad row never holds up the others in its batch.
        """
        found = delivery_questions(session, [j.delivery_id for j in jobs if j.delivery_id])
        ready: list[DailyJob] = []
        unsent: list[tuple[int, int]] = []
        for job in jobs:
            picked = found.get(job.delivery_id) if job.delivery_id is not None else None
            if picked is None:
                ready.append(job)
                continue
            try:
                shown = _shown(picked, sent_before=job.attempt > 1)
            except Exception:
                log.exception("daily question of chat %s cannot be shown", job.place.id)
                shown = None
            if shown is None:
                # Picked again when sent (question_for); a never-sent pick is dropped first.
                if job.attempt <= 1:
                    unsent.append((job.daily_id, picked.delivery_id))
                ready.append(replace(job, delivery_id=None))
            else:
                ready.append(replace(job, shown=shown))
        unlink_unsent(session, unsent)
        return ready

    def question_for(self, job: DailyJob) -> ShownQuestion | NoQuestion:
        """Return the day's question: the one picked before, or a new pick by the /quiz rules."""
        if job.shown is not None:
            return job.shown
        picked = self.quiz.next_question(job.place, job.player, trigger="daily")
        if isinstance(picked, ShownQuestion):
            # Committed before any HTTP call: from now on this day shows this question.
            with session_scope(self.engine) as session:
                link_delivery(session, job.daily_id, picked.delivery_id)
        return picked

    def finish(self, results: Sequence[Finished]) -> None:
        """Write how jobs ended, all in one transaction: message ids, statuses, blocked chats."""
        if not results:
            return
        now = self.clock()
        with session_scope(self.engine) as session:
            attach_messages(
                session,
                [
                    (r.delivery_id, r.message_id, r.poll_id)
                    for r in results
                    if r.delivery_id is not None and r.message_id is not None
                ],
                now=now,
            )
            finish_daily_deliveries(
                session,
                [
                    (r.job.daily_id, SENT if r.outcome is Outcome.SENT else FAILED, r.error)
                    for r in results
                ],
                now=now,
            )
            for r in results:
                if r.outcome is Outcome.BLOCKED:
                    # Telegram will refuse every later send: stop trying until they come back.
                    deactivate_subscription(session, r.chat_id, now)
                    mark_chat_blocked(session, r.chat_id, now)

    def migrate_chat(self, old_id: int, new_id: int, delivery_id: int | None = None) -> None:
        """Move a group that became a supergroup: settings, subscription, in-flight delivery."""
        now = self.clock()
        with session_scope(self.engine) as session:
            if move_chat(session, old_id, new_id, now) is None:
                return
            move_subscription(session, old_id, new_id, now)
            if delivery_id is not None:
                move_delivery(session, delivery_id, new_id)
