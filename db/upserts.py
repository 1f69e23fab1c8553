"""Dialect-aware INSERT … ON CONFLICT statements for counters updated on every answer."""

from __future__ import annotations

from typing import Any, cast

import sqlalchemy as sa
from sqlmodel import Session


def table_of(model: Any) -> sa.Table:
    """Return the Table behind a SQLModel class (SQLModel does not type `__table__`)."""
    return cast(sa.Table, model.__table__)


def add_to_bucket(session: Session, table: str, scope: int, points: int) -> None:
    """Count one more user with `points` in a bucket table (score_buckets, week_buckets)."""
    session.execute(
        sa.text(
            f"INSERT INTO {table} (scope, points, users) VALUES (:scope, :points, 1)"
            f" ON CONFLICT (scope, points) DO UPDATE SET users = {table}.users + 1"
        ),
        {"scope": scope, "points": points},
    )


def move_in_buckets(session: Session, table: str, scope: int, old: int, new: int) -> None:
    """Move one user from the `old` to the `new` points bucket in one statement."""
    session.execute(
        sa.text(
            f"INSERT INTO {table} (scope, points, users)"
            " VALUES (:scope, :old, 0), (:scope, :new, 1)"
            f" ON CONFLICT (scope, points) DO UPDATE SET users = {table}.users"
            " + CASE WHEN excluded.points = :new THEN 1 ELSE -1 END"
        ),
        {"scope": scope, "old": old, "new": new},
    )
