"""The inbox of raw Telegram updates: stored before Telegram is told they arrived."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col

from db.models import InboxUpdate

# The key space of the PostgreSQL advisory locks that say "this inbox owner is alive".
OWNER_LOCK_SPACE = 0x51B0

_TABLE = InboxUpdate.__table__  # type: ignore[attr-defined]


def store_updates(
    session: Session, updates: Sequence[tuple[int, str]], owner: int, now: datetime
) -> set[int]:
    """Insert (update_id, payload) rows; return the ids that were new (not already stored)."""
    if not updates:
        return set()
    rows = [
        {"update_id": update_id, "payload": payload, "owner": owner, "received_at": now}
        for update_id, payload in updates
    ]
    # Telegram sends an update again when it did not see it acknowledged: a row already there
    # is handled (or being handled) already.
    dialect = postgresql if session.get_bind().dialect.name == "postgresql" else sqlite
    statement = (
        dialect.insert(_TABLE)
        .values(rows)
        .on_conflict_do_nothing(index_elements=["update_id"])
        .returning(_TABLE.c.update_id)
    )
    return {update_id for (update_id,) in session.execute(statement)}


def mark_done(session: Session, update_ids: Iterable[int], now: datetime) -> None:
    """Record that these updates have been handled."""
    ids = list(update_ids)
    if ids:
        session.execute(
            sa.update(_TABLE).where(col(InboxUpdate.update_id).in_(ids)).values(done_at=now)
        )


def claim_unfinished(session: Session, owner: int, limit: int) -> list[tuple[int, str]]:
    """Take over up to `limit` updates not done whose owner is gone; oldest first.

    On PostgreSQL an owner is alive while it holds its advisory lock in this database (see
    `hold_owner_lock`); elsewhere (SQLite: one process) every other owner is gone.
    """
    pending = sa.select(_TABLE.c.update_id).where(
        _TABLE.c.done_at.is_(None), _TABLE.c.owner != owner
    )
    if session.get_bind().dialect.name == "postgresql":
        # pg_locks lists the whole server's locks: another database's bot (a second
        # deployment, a test worker) holding the same owner number is not this owner alive.
        alive = sa.text(
            "SELECT objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted"
            f" AND classid = {OWNER_LOCK_SPACE}::oid AND objsubid = 2"
            " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
        ).columns(sa.column("objid", sa.BigInteger))
        pending = pending.where(_TABLE.c.owner.not_in(alive.scalar_subquery()))
        pending = pending.with_for_update(skip_locked=True)
    pending = pending.order_by(_TABLE.c.update_id).limit(limit)
    ids = list(session.execute(pending).scalars())
    if not ids:
        return []
    session.execute(sa.update(_TABLE).where(_TABLE.c.update_id.in_(ids)).values(owner=owner))
    rows = session.execute(
        sa.select(_TABLE.c.update_id, _TABLE.c.payload)
        .where(_TABLE.c.update_id.in_(ids))
        .order_by(_TABLE.c.update_id)
    )
    return [(update_id, payload) for update_id, payload in rows]


def purge_done(session: Session, before: datetime) -> int:
    """Delete updates handled before `before`; return how many."""
    result = session.execute(
        sa.delete(_TABLE).where(_TABLE.c.done_at.is_not(None), _TABLE.c.done_at < before)
    )
    return int(result.rowcount or 0)  # type: ignore[attr-defined]


def unfinished_count(session: Session) -> int:
    """Return how many stored updates are not handled yet."""
    return int(
        session.execute(
            sa.select(sa.func.count()).select_from(_TABLE).where(_TABLE.c.done_at.is_(None))
        ).scalar_one()
    )
