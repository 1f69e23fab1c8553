"""Data access for daily questions: subscriptions and the one-row-per-local-day ledger."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select, update

from db.models import (
    Answer,
    Chat,
    DailyDelivery,
    DailySubscription,
    Delivery,
    QuestionRow,
    QuestionSetRow,
    User,
)

PENDING = "pending"
SENT = "sent"
FAILED = "failed"
SKIPPED = "skipped"


def get_subscription(session: Session, chat_id: int) -> DailySubscription | None:
    """Return the chat's subscription (active or not), or None."""
    return session.exec(
        select(DailySubscription).where(DailySubscription.chat_id == chat_id)
    ).first()


def save_subscription(
    session: Session,
    *,
    chat_id: int,
    local_time: str,
    timezone: str,
    next_due_at: datetime,
    now: datetime,
) -> DailySubscription:
    """Create or update the chat's subscription and make it active."""
    sub = get_subscription(session, chat_id)
    if sub is None:
        sub = DailySubscription(
            chat_id=chat_id,
            local_time=local_time,
            timezone=timezone,
            next_due_at=next_due_at,
            created_at=now,
            updated_at=now,
        )
    sub.local_time = local_time
    sub.timezone = timezone
    sub.next_due_at = next_due_at
    sub.active = True
    sub.updated_at = now
    session.add(sub)
    session.flush()
    return sub


def deactivate_subscription(session: Session, chat_id: int, now: datetime) -> bool:
    """Turn the chat's subscription off; return False if it was not on."""
    sub = get_subscription(session, chat_id)
    if sub is None or not sub.active:
        return False
    sub.active = False
    sub.updated_at = now
    session.add(sub)
    return True


@dataclass(frozen=True)
class DueSubscription:
    """A subscription as the dispatcher needs it: schedule, chat, and the private chat's user."""

    id: int
    chat_id: int
    local_time: str
    timezone: str
    next_due_at: datetime
    chat_type: str
    chat_title: str | None
    first_name: str | None  # None for groups (no user row has a group's id)
    username: str | None
    language_code: str | None
    # The interface language chosen with /language: the group's, or the private chat's user's.
    language: str | None = None


@dataclass(frozen=True)
class Day:
    """One ledger row, as plain values."""

    id: int
    subscription_id: int
    local_date: date
    status: str
    attempts: int
    delivery_id: int | None


@dataclass(frozen=True)
class PickedQuestion:
    """What a delivery showed: the question, its options in the order shown, and the set."""

    delivery_id: int
    option_order: list[int]
    question_id: int
    text: str
    options: list[str]
    correct_index: int
    explanation: str | None
    set_slug: str
    set_title: str
    shown_options: list[str] | None  # None before revision 0005_shown
    shown_correct: int | None
    retired: bool


def recent_date(now: datetime) -> date:
    """Return a date before any local date that is today somewhere on Earth."""
    return (now - timedelta(days=2)).date()


def _subscriptions_query() -> Any:
    """Select what DueSubscription holds; columns, not entities, as broadcasts load thousands."""
    # The user row exists only for private chats, whose id is the user's id.
    return (
        sa.select(
            col(DailySubscription.id),
            col(DailySubscription.chat_id),
            col(DailySubscription.local_time),
            col(DailySubscription.timezone),
            col(DailySubscription.next_due_at),
            col(Chat.type),
            col(Chat.title),
            col(User.first_name),
            col(User.username),
            col(User.language_code),
            sa.func.coalesce(col(Chat.language), col(User.language)),
        )
        .join(Chat, col(Chat.id) == col(DailySubscription.chat_id))
        .outerjoin(User, col(User.id) == col(DailySubscription.chat_id))
        .where(col(DailySubscription.active).is_(True))
        .order_by(col(DailySubscription.next_due_at), col(DailySubscription.id))
    )


def due_subscriptions(session: Session, *, now: datetime, limit: int) -> list[DueSubscription]:
    """Lock and return active subscriptions due by `now`, earliest first, with chat and user.

    On PostgreSQL the rows are locked with SKIP LOCKED, so a second bot process claiming at the
    same moment takes other rows instead of waiting. The caller moves `next_due_at` on in the
    same transaction; once it commits the rows are no longer due, and PostgreSQL re-checks the
    WHERE clause of a row it waited for, so a racing claim leaves it alone. SQLite serialises
    writers anyway (every transaction begins IMMEDIATE).
    """
    query = (
        _subscriptions_query()
        .where(col(DailySubscription.next_due_at) <= now)
        .limit(limit)
        .with_for_update(skip_locked=True, of=DailySubscription)
    )
    return [DueSubscription(*row) for row in session.execute(query)]


def upcoming_subscriptions(
    session: Session, *, after: datetime, until: datetime, limit: int
) -> list[DueSubscription]:
    """Return active subscriptions due in (after, until] with no pending day, earliest first."""
    # A pending day of recent dates (local dates are within a day of UTC's). The date range also
    # steers SQLite to the (subscription, date) index instead of scanning every pending row.
    pending = (
        sa.select(col(DailyDelivery.id))
        .where(
            col(DailyDelivery.subscription_id) == col(DailySubscription.id),
            col(DailyDelivery.local_date) >= recent_date(after),
            col(DailyDelivery.status) == PENDING,
        )
        .exists()
    )
    query = (
        _subscriptions_query()
        .where(
            col(DailySubscription.next_due_at) > after,
            col(DailySubscription.next_due_at) <= until,
            ~pending,
        )
        .limit(limit)
        .with_for_update(skip_locked=True, of=DailySubscription)
    )
    return [DueSubscription(*row) for row in session.execute(query)]


def days_of(
    session: Session, subscription_ids: Collection[int], local_dates: Collection[date]
) -> dict[tuple[int, date], Day]:
    """Return the ledger rows of these subscriptions on these local dates, by (id, date)."""
    if not subscription_ids:
        return {}
    rows = session.execute(
        sa.select(
            col(DailyDelivery.id),
            col(DailyDelivery.subscription_id),
            col(DailyDelivery.local_date),
            col(DailyDelivery.status),
            col(DailyDelivery.attempts),
            col(DailyDelivery.delivery_id),
        ).where(
            col(DailyDelivery.subscription_id).in_(set(subscription_ids)),
            col(DailyDelivery.local_date).in_(set(local_dates)),
        )
    )
    return {(row[1], row[2]): Day(*row) for row in rows}


def add_days(session: Session, days: Sequence[dict[str, Any]], *, now: datetime) -> list[int]:
    """Insert ledger rows (subscription_id, local_date, status, attempts) and return their ids."""
    if not days:
        return []
    rows = [
        {
            "subscription_id": day["subscription_id"],
            "local_date": day["local_date"],
            "status": day["status"],
            "attempts": day.get("attempts", 0),
            "error": day.get("error"),
            "created_at": now,
            "finished_at": None if day["status"] == PENDING else now,
            "claimed_at": now if day.get("attempts", 0) else None,
        }
        for day in days
    ]
    # One multi-row INSERT … RETURNING; the ids come back in the order given.
    result = session.execute(
        sa.insert(DailyDelivery).returning(col(DailyDelivery.id), sort_by_parameter_order=True),
        rows,
    )
    return [int(row[0]) for row in result]


def start_days(session: Session, day_ids: Sequence[int], *, now: datetime) -> None:
    """Mark days as being sent: pending, one more attempt (written before any HTTP call)."""
    if day_ids:
        session.execute(
            sa.update(DailyDelivery)
            .where(col(DailyDelivery.id).in_(day_ids))
            .values(
                status=PENDING,
                attempts=DailyDelivery.attempts + 1,
                finished_at=None,
                claimed_at=now,
            )
        )


def skip_days(session: Session, day_ids: Sequence[int], *, error: str, now: datetime) -> None:
    """Close days that were missed."""
    if day_ids:
        session.execute(
            sa.update(DailyDelivery)
            .where(col(DailyDelivery.id).in_(day_ids))
            .values(status=SKIPPED, error=error, finished_at=now)
        )


def move_schedules(session: Session, moves: Sequence[tuple[int, datetime]]) -> None:
    """Set next_due_at of many subscriptions: (subscription id, next due instant) each."""
    if moves:
        session.execute(
            sa.update(DailySubscription), [{"id": i, "next_due_at": due} for i, due in moves]
        )


def unfinished_daily_deliveries(
    session: Session, *, prepared_before: datetime, claimed_before: datetime
) -> list[tuple[DailyDelivery, DailySubscription, Chat, User | None, Delivery | None]]:
    """Lock and return pending rows tried before a lease ran out, or prepared long ago."""
    # Five entities: more than sqlmodel's select() is typed for, so SQLAlchemy's own.
    query = (
        sa.select(DailyDelivery, DailySubscription, Chat, User, Delivery)
        .join(DailySubscription, col(DailySubscription.id) == col(DailyDelivery.subscription_id))
        .join(Chat, col(Chat.id) == col(DailySubscription.chat_id))
        .outerjoin(User, col(User.id) == col(DailySubscription.chat_id))
        .outerjoin(Delivery, col(Delivery.id) == col(DailyDelivery.delivery_id))
        .where(
            col(DailyDelivery.status) == PENDING,
            sa.or_(
                sa.and_(
                    col(DailyDelivery.attempts) > 0,
                    sa.or_(
                        col(DailyDelivery.claimed_at).is_(None),
                        col(DailyDelivery.claimed_at) < claimed_before,
                    ),
                ),
                col(DailyDelivery.created_at) < prepared_before,
            ),
        )
        .order_by(col(DailyDelivery.id))
        # Rows another process is recovering right now are skipped, not waited for.
        .with_for_update(skip_locked=True, of=DailyDelivery)
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in session.execute(query)]


def link_delivery(session: Session, daily_id: int, delivery_id: int) -> None:
    """Record which delivery carries a day's daily question (before it is sent)."""
    session.exec(
        update(DailyDelivery)
        .where(col(DailyDelivery.id) == daily_id)
        .values(delivery_id=delivery_id)
    )


def finish_daily_deliveries(
    session: Session, finished: Sequence[tuple[int, str, str | None]], *, now: datetime
) -> None:
    """Close many ledger rows at once: (daily id, status, error) each."""
    if finished:
        session.execute(
            update(DailyDelivery),
            [
                {"id": i, "status": status, "error": error, "finished_at": now}
                for i, status, error in finished
            ],
        )


def attach_messages(
    session: Session, attached: Sequence[tuple[int, int, str | None]], *, now: datetime
) -> None:
    """Store (delivery id, message id, poll id) for many sent deliveries at once."""
    if attached:
        # A daily question is picked ahead: it was sent now, not when it was picked.
        session.execute(
            update(Delivery),
            [{"id": d, "message_id": m, "poll_id": p, "sent_at": now} for d, m, p in attached],
        )


def delivery_questions(session: Session, delivery_ids: Sequence[int]) -> dict[int, PickedQuestion]:
    """Return what these deliveries showed, by delivery id, to show it again."""
    if not delivery_ids:
        return {}
    rows = session.execute(
        sa.select(
            col(Delivery.id),
            col(Delivery.option_order),
            col(QuestionRow.id),
            col(QuestionRow.text),
            col(QuestionRow.options),
            col(QuestionRow.correct_index),
            col(QuestionRow.explanation),
            col(QuestionSetRow.slug),
            col(QuestionSetRow.title),
            col(Delivery.shown_options),
            col(Delivery.shown_correct),
            col(QuestionRow.retired_at).is_not(None),
        )
        .join(QuestionRow, col(QuestionRow.id) == col(Delivery.question_id))
        .join(QuestionSetRow, col(QuestionSetRow.id) == col(QuestionRow.set_id))
        .where(col(Delivery.id).in_(set(delivery_ids)))
    )
    return {int(row[0]): PickedQuestion(*row) for row in rows}


def unlink_unsent(session: Session, links: Sequence[tuple[int, int]]) -> None:
    """Unlink (daily id, delivery id) pairs never sent, and delete those deliveries."""
    if not links:
        return
    session.execute(
        update(DailyDelivery), [{"id": daily_id, "delivery_id": None} for daily_id, _ in links]
    )
    # Never sent, so nobody saw them; the guards keep any that were sent or answered after all.
    answered = sa.select(col(Answer.delivery_id)).where(col(Answer.delivery_id) == col(Delivery.id))
    session.exec(
        sa.delete(Delivery).where(
            col(Delivery.id).in_([delivery_id for _, delivery_id in links]),
            col(Delivery.message_id).is_(None),
            ~answered.exists(),
        )
    )


def drop_prepared(session: Session, subscription_id: int, *, since: date) -> int:
    """Delete a subscription's prepared, never-tried days from `since` on, and their deliveries."""
    rows = list(
        session.exec(
            select(DailyDelivery).where(
                DailyDelivery.subscription_id == subscription_id,
                # Also what keeps SQLite on the (subscription, date) index.
                col(DailyDelivery.local_date) >= since,
                col(DailyDelivery.status) == PENDING,
                DailyDelivery.attempts == 0,
            )
        )
    )
    unsent = [r.delivery_id for r in rows if r.delivery_id is not None]
    for row in rows:
        session.delete(row)
    session.flush()
    if unsent:
        # Never sent, so never answered: nothing else refers to them.
        session.exec(sa.delete(Delivery).where(col(Delivery.id).in_(unsent)))
    return len(rows)


def move_subscription(session: Session, old_chat_id: int, new_chat_id: int, now: datetime) -> None:
    """Point a chat's subscription at its new id (a group that became a supergroup)."""
    old = get_subscription(session, old_chat_id)
    if old is None:
        return
    if get_subscription(session, new_chat_id) is not None:
        # The new chat already chose its own schedule: keep that one, retire the old.
        old.active = False
    else:
        old.chat_id = new_chat_id
    old.updated_at = now
    session.add(old)


def move_delivery(session: Session, delivery_id: int, new_chat_id: int) -> None:
    """Point an in-flight delivery at the chat's new id, so its answers score there."""
    session.exec(
        update(Delivery).where(col(Delivery.id) == delivery_id).values(chat_id=new_chat_id)
    )
