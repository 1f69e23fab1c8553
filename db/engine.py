"""Build the database engine with the connection settings the quiz relies on."""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

SQLITE_BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 10


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """Turn on foreign keys, WAL and a busy timeout on every new SQLite connection."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # WAL makes NORMAL durable across application crashes; only power loss can drop a commit.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Execution option of a read-only unit of work (reports, exports; see `read_scope`): its
# transactions take no write lock, so a long read never makes players' answers wait.
READ_ONLY = "quizbot_read_only"


# connection.info key: this connection holds its engine's writer turn (see SqliteWriters).
_HOLDS_TURN = "quizbot_writer_turn"

log = logging.getLogger(__name__)


class SqliteWriters:
    """One writer at a time per engine, handed over in this process instead of by SQLite.

    SQLite lets one transaction write; the others wait in its busy handler, which sleeps in
    steps of up to 100 ms, so under load most of the time goes to sleeping. Here a writer
    waits for its turn on a lock and starts the moment the one before commits. Another process
    on the same file (a `quizbot` command) still meets SQLite's busy timeout.
    """

    def __init__(self) -> None:
        self._turn = threading.Lock()

    def begin(self, connection: sa.Connection) -> None:
        """Take the write lock at BEGIN (BEGIN IMMEDIATE), after this process's writer turn.

        A read-only unit of work begins a deferred transaction instead: a snapshot that writers
        never wait for (WAL), however long it reads.
        """
        if connection.get_execution_options().get(READ_ONLY, False):
            connection.exec_driver_sql("BEGIN")
            return
        if not self._turn.acquire(timeout=SQLITE_BUSY_TIMEOUT_MS / 1000):
            # A writer holds its turn that long: let SQLite's busy timeout decide instead.
            log.warning("no SQLite writer turn within the busy timeout; going ahead")
        else:
            connection.info[_HOLDS_TURN] = True
        try:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        except BaseException:
            self._give_back(connection)
            raise

    def _give_back(self, connection: sa.Connection) -> None:
        """Hand the writer turn to the next writer, if this connection holds it."""
        if connection.info.pop(_HOLDS_TURN, False):
            self._turn.release()

    def commit(self, connection: sa.Connection) -> None:
        """Commit now, then hand over the turn (SQLAlchemy's own COMMIT is then a no-op)."""
        try:
            connection.connection.dbapi_connection.commit()  # type: ignore[union-attr]
        finally:
            self._give_back(connection)

    def rollback(self, connection: sa.Connection) -> None:
        """Roll back now, then hand over the turn."""
        try:
            connection.connection.dbapi_connection.rollback()  # type: ignore[union-attr]
        finally:
            self._give_back(connection)


def reading_engine(engine: Engine) -> Engine:
    """Return the engine for read-only work: on SQLite its transactions never lock writers out."""
    return engine.execution_options(**{READ_ONLY: True})


class DatabaseFolderError(RuntimeError):
    """The SQLite database's folder cannot be created or written by this process."""


def _writable_folder(database: str) -> None:
    """Create the SQLite file's folder if needed; fail in one line when it is not writable."""
    folder = Path(database).expanduser().parent
    uid, gid = os.getuid(), os.getgid()
    fix = (
        f"give it to uid {uid} (with Docker: chown {uid}:{gid} data, "
        f"the host folder mounted at {folder})"
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseFolderError(f"cannot create the database folder {folder}: {fix}") from exc
    # SQLite would only say "unable to open database file", from deep inside the first query.
    if not os.access(folder, os.W_OK):
        raise DatabaseFolderError(f"cannot write the database folder {folder}: {fix}")


def make_engine(url: str, *, echo: bool = False, threads: int | None = None) -> Engine:
    """Create an engine for a database URL; for SQLite, create its folder on demand.

    `threads`: how many threads use the engine at once (the bot's database pool). The
    connection pool keeps that many open; with fewer, every connection past the pool's size
    is closed after each unit of work and opened again (PRAGMAs and all) for the next.
    """
    parsed = make_url(url)
    pool: dict[str, Any] = {}
    if threads is not None and parsed.database not in (None, "", ":memory:"):
        pool = {"pool_size": threads, "max_overflow": 10}
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            _writable_folder(database)
        engine = sa.create_engine(
            url,
            echo=echo,
            connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            **pool,
        )
        event.listen(engine, "connect", _sqlite_pragmas)

        # pysqlite's own transaction handling defers BEGIN; take control of it (SQLAlchemy docs,
        # "Serializable isolation / Savepoints / Transactional DDL").
        @event.listens_for(engine, "connect")
        def _no_autobegin(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None

        writers = SqliteWriters()
        event.listen(engine, "begin", writers.begin)
        event.listen(engine, "commit", writers.commit)
        event.listen(engine, "rollback", writers.rollback)
        return engine
    if parsed.drivername == "postgres":
        # Hosting providers often hand out postgres:// URLs, which SQLAlchemy does not know.
        parsed = parsed.set(drivername="postgresql")
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        # psycopg 3 is the driver we ship; a bare postgresql:// URL means it.
        parsed = parsed.set(drivername="postgresql+psycopg")
    connect_args: dict[str, Any] = {}
    if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
        # libpq waits for the OS by default (minutes) when the server's host is unreachable.
        connect_args["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    return sa.create_engine(
        parsed, echo=echo, pool_pre_ping=True, connect_args=connect_args, **pool
    )


@contextmanager
def session_scope(engine: Engine) -> Iterator[Session]:
    """Yield a session that commits on success and rolls back on any error."""
    with Session(engine, expire_on_commit=False) as session:
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise


@contextmanager
def read_scope(engine: Engine) -> Iterator[Session]:
    """Yield a session for reading only: one consistent snapshot that holds no write lock."""
    with Session(reading_engine(engine)) as session:
        try:
            yield session
        finally:
            session.rollback()


def checkpoint(engine: Engine) -> None:
    """Copy SQLite's write-ahead log into the database file now (a no-op elsewhere).

    SQLite checkpoints in whichever commit grows the log past 1,000 pages; a bulk writer that
    calls this after each chunk pays for its own pages instead of a player's answer.
    """
    if engine.dialect.name != "sqlite":
        return
    connection = engine.raw_connection()  # outside any transaction: no write lock taken
    try:
        connection.execute("PRAGMA wal_checkpoint(PASSIVE)")
    finally:
        connection.close()
