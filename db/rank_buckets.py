"""Rank buckets: how many users have each total, so a rank is a sum over buckets, not a count."""

from __future__ import annotations

from sqlmodel import Session

from db.raw import Sql, raw


def _bucket_sql(table: str) -> tuple[Sql, Sql]:
    """Build the two bucket statements of a table: one more user, and one user moved."""
    add = Sql(
        f"INSERT INTO {table} (scope, points, users) VALUES (:scope, :points, 1)"
        f" ON CONFLICT (scope, points) DO UPDATE SET users = {table}.users + 1"
    )
    move = Sql(
        f"INSERT INTO {table} (scope, points, users)"
        " VALUES (:scope, :old, 0), (:scope, :new, 1)"
        f" ON CONFLICT (scope, points) DO UPDATE SET users = {table}.users"
        " + CASE WHEN excluded.points = :new THEN 1 ELSE -1 END"
    )
    return add, move


BUCKET_SQL = {table: _bucket_sql(table) for table in ("score_buckets", "week_buckets")}


def add_to_bucket(session: Session, table: str, scope: int, points: int) -> None:
    """Count one more user with `points` in a bucket table (score_buckets, week_buckets)."""
    raw(session).run(BUCKET_SQL[table][0], {"scope": scope, "points": points})


def move_in_buckets(session: Session, table: str, scope: int, old: int, new: int) -> None:
    """Move one user from the `old` to the `new` points bucket in one statement."""
    raw(session).run(BUCKET_SQL[table][1], {"scope": scope, "old": old, "new": new})
