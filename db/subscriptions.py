"""Data access for daily subscriptions: each chat's schedule, and which are due."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from db.daily_ledger import PENDING, recent_date
from db.models import Chat, DailyDelivery, DailySubscription, User


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


def move_schedules(session: Session, moves: Sequence[tuple[int, datetime]]) -> None:
    """Set next_due_at of many subscriptions: (subscription id, next due instant) each."""
    if moves:
        session.execute(
            sa.update(DailySubscription), [{"id": i, "next_due_at": due} for i, due in moves]
        )


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
