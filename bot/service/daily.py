"""Daily questions: the once-a-day ledger (subscriptions.py: on and off; schedule.py: when).

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

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine

from bot.service.daily_jobs import DailyJob as DailyJob
from bot.service.daily_jobs import Finished as Finished
from bot.service.daily_jobs import Recovered as Recovered
from bot.service.daily_jobs import _due_of, _job, _with_questions
from bot.service.quiz import NoQuestion, QuizService
from bot.service.schedule import (
    Plans,
    instant_on,
    stored_time,
    zone_of,
)
from bot.service.subscriptions import Subscriptions
from bot.service.types import (
    SendStatus,
    ShownQuestion,
    Trigger,
)
from db.chats import mark_chat_blocked, move_chat
from db.daily_deliveries import attach_messages, move_delivery
from db.daily_ledger import (
    FAILED,
    PENDING,
    SENT,
    SKIPPED,
    add_days,
    days_of,
    finish_daily_deliveries,
    link_delivery,
    skip_days,
    start_days,
    unfinished_daily_deliveries,
)
from db.engine import session_scope
from db.models import utcnow
from db.subscriptions import (
    DueSubscription,
    deactivate_subscription,
    due_subscriptions,
    move_schedules,
    move_subscription,
    upcoming_subscriptions,
)

log = logging.getLogger(__name__)
Clock = Callable[[], datetime]
MISSED = "not sent within the grace period"


# --- the service ----------------------------------------------------------------------------


@dataclass
class DailyService(Subscriptions):
    """The once-a-day ledger, and the subscriptions (`Subscriptions`); every call is one short
    transaction."""

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

    # --- the ledger -----------------------------------------------------------------------

    def recover(self) -> Recovered:
        """Resolve days an earlier pass left unfinished (see the module docstring)."""
        now = self.clock()
        jobs: list[DailyJob] = []
        closed: list[tuple[int, str, str | None]] = []
        retried: list[int] = []
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
                    retried.append(row.id)
                    due_sub = _due_of(sub, chat, user)
                    attempt = row.attempts + 1  # as start_days below counts it
                    jobs.append(_job(row.id, due_sub, row.local_date, row.delivery_id, attempt))
            start_days(session, retried, now=now)
            finish_daily_deliveries(session, closed, now=now)
            jobs = _with_questions(session, jobs)
        return Recovered(jobs, already_sent, len(closed) - already_sent)

    def claim_due(self, limit: int = 500) -> tuple[list[DailyJob], int]:
        """Claim up to `limit` due subscriptions: mark each day as started, move next_due_at.

        Returns the jobs to send now and how many days were skipped (missed beyond the grace
        period, or already handled earlier that local day).
        """
        now = self.clock()
        plans = Plans(now)
        skipped = 0
        moves: list[tuple[int, datetime]] = []
        missed: list[dict[str, Any]] = []
        expired: list[int] = []
        started: list[tuple[int, DueSubscription, date, int | None, int]] = []
        fresh: list[tuple[DueSubscription, date]] = []
        with session_scope(self.engine) as session:
            due = due_subscriptions(session, now=now, limit=limit)
            # After downtime several days may have passed: only the latest one can still be
            # sent; the ones before it are past the grace period by construction.
            latest_of = {s.id: plans.latest(s.local_time, s.timezone) for s in due}
            existing = days_of(session, list(latest_of), {d for _, d, _ in latest_of.values()})
            for sub in due:
                latest, local_date, following = latest_of[sub.id]
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
            jobs = _with_questions(session, jobs)
        return jobs, skipped

    def prepare(self, limit: int = 500) -> list[DailyJob]:
        """Write the days of subscriptions due within the lookahead, to pick their questions."""
        now = self.clock()
        plans = Plans(now)
        with session_scope(self.engine) as session:
            upcoming = upcoming_subscriptions(
                session, after=now, until=now + self.lookahead, limit=limit
            )
            dates = {s.id: plans.date_of(s.next_due_at, s.timezone) for s in upcoming}
            existing = days_of(session, list(dates), set(dates.values()))
            # A day handled already (the time changed after it was sent) is not prepared; the
            # claim says so when it comes due.
            fresh = [s for s in upcoming if (s.id, dates[s.id]) not in existing]
            ids = add_days(
                session,
                [
                    {"subscription_id": s.id, "local_date": dates[s.id], "status": PENDING}
                    for s in fresh
                ],
                now=now,
            )
            return [_job(i, s, dates[s.id], None, 0) for i, s in zip(ids, fresh, strict=True)]

    def question_for(self, job: DailyJob) -> ShownQuestion | NoQuestion:
        """Return the day's question: the one picked before, or a new pick by the /quiz rules."""
        if job.shown is not None:
            return job.shown
        picked = self.quiz.next_question(job.place, job.player, trigger=Trigger.DAILY)
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
                    (r.job.daily_id, SENT if r.outcome is SendStatus.SENT else FAILED, r.error)
                    for r in results
                ],
                now=now,
            )
            for r in results:
                if r.outcome is SendStatus.BLOCKED:
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
