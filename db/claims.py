"""Claiming due daily subscriptions so that several bot processes never send one twice.

On PostgreSQL the claim is `SELECT … FOR UPDATE SKIP LOCKED`: each process locks the due rows it
takes, and a second process running the same query at the same moment skips them and takes the
next ones instead of waiting. The caller must move `next_due_at` on (and write the day's
`daily_deliveries` row) in the same transaction; when it commits, the rows are no longer due,
and PostgreSQL re-checks the WHERE clause of any row it had to wait for, so a claim that raced
with the commit sees the new `next_due_at` and leaves the row alone.

On SQLite the lock clause is not rendered: the engine opens every transaction with
`BEGIN IMMEDIATE`, so claimers are serialised by the database's single write lock anyway.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from db.models import DailySubscription


def claim_due_subscriptions(session: Session, now: datetime, limit: int) -> list[DailySubscription]:
    """Lock and return up to `limit` active subscriptions due by `now`, earliest first."""
    query = (
        select(DailySubscription)
        .where(col(DailySubscription.active).is_(True), col(DailySubscription.next_due_at) <= now)
        .order_by(col(DailySubscription.next_due_at), col(DailySubscription.id))
        .limit(limit)
        # `of=` keeps the lock on this table when a caller adds joins (e.g. an outer join to
        # users, whose nullable side PostgreSQL refuses to lock).
        .with_for_update(skip_locked=True, of=DailySubscription)
    )
    return list(session.exec(query))
