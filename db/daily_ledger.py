"""Data access for the daily ledger: one row per subscription and local day, and its status."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select, update

from db.models import Chat, DailyDelivery, DailySubscription, Delivery, User

PENDING = "pending"
SENT = "sent"
FAILED = "failed"
SKIPPED = "skipped"


@dataclass(frozen=True)
class Day:
    """One ledger row, as plain values."""

    id: int
    subscription_id: int
    local_date: date
    status: str
    attempts: int
    delivery_id: int | None


def recent_date(now: datetime) -> date:
    """Return a date before any local date that is today somewhere on Earth."""
    return (now - timedelta(days=2)).date()


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
