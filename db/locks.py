"""PostgreSQL session advisory locks held for as long as a process needs them.

Each lock lives on a DB-API connection of its own, detached from the pool: pooled connections
are shared and reused, and a lock must end with its holder. When the process dies, its
connection closes and the server lets go of the lock, which is how the other processes learn
that the holder is gone.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


class AdvisoryLock:
    """A held advisory lock (or, on SQLite, the stand-in for one: a single process)."""

    def __init__(self, connection: Any = None) -> None:
        self._connection = connection

    def release(self) -> None:
        """Let go of the lock (a no-op after the first call, and on SQLite)."""
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            # Unlock first: the server drops a closed session's locks a moment later only.
            cursor = connection.cursor()
            cursor.execute("SELECT pg_advisory_unlock_all()")
            cursor.close()
            connection.commit()
        except Exception as exc:
            # A broken connection: its session, and so the lock, is gone or goes with it.
            log.warning("could not unlock an advisory lock (%s); closing its connection", exc)
        finally:
            connection.close()


def advisory_lock(
    engine: Engine, space: int, key: int, *, wait: bool = False
) -> AdvisoryLock | None:
    """Take the lock (space, key) on PostgreSQL; None if another session holds it and not `wait`.

    Elsewhere (SQLite: one process) the lock is always granted.
    """
    if engine.dialect.name != "postgresql":
        return AdvisoryLock()
    connection = engine.raw_connection()
    connection.detach()  # its own for good: closing it must end the session (and the lock)
    try:
        cursor = connection.cursor()
        take = "pg_advisory_lock" if wait else "pg_try_advisory_lock"
        cursor.execute(f"SELECT {take}(%s, %s::int)", (space, key))
        row = cursor.fetchone()
        cursor.close()
        connection.commit()  # a session lock outlives the transaction; no idle transaction
    except BaseException:
        connection.close()
        raise
    if not wait and not (row and row[0]):
        connection.close()
        return None
    return AdvisoryLock(connection)


# The key space of the locks that let one of several processes starting together set up the
# database (migrate it, load the bundled sets) while the others wait and then find it done.
STARTUP_LOCK_SPACE = 0x51B2
MIGRATE_KEY = 1
BUNDLED_SETS_KEY = 2


@contextmanager
def startup_lock(engine: Engine, key: int) -> Iterator[None]:
    """Hold one of the start-up locks for the block, after any other process holding it."""
    lock = advisory_lock(engine, STARTUP_LOCK_SPACE, key, wait=True)
    try:
        yield
    finally:
        if lock is not None:
            lock.release()
