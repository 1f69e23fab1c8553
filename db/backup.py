"""Consistent copies of a live SQLite database through SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.engine import Engine


class BackupUnsupported(Exception):
    """Raised for databases this command cannot copy (PostgreSQL has pg_dump for that)."""


def backup_sqlite(engine: Engine, target: Path, *, pages_per_step: int = 1024) -> int:
    """Copy the database behind `engine` to `target` while others keep writing; return bytes."""
    if engine.dialect.name != "sqlite":
        raise BackupUnsupported(
            "quizbot db backup copies SQLite databases; for PostgreSQL use pg_dump"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    destination = sqlite3.connect(partial)
    try:
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            # Stepping lets writers in between steps; SQLite restarts the copy if a writer
            # changes a page already copied, so the result is one consistent snapshot.
            source.backup(destination, pages=pages_per_step)
        finally:
            raw.close()
        destination.execute("PRAGMA journal_mode=DELETE")
    finally:
        destination.close()
    partial.replace(target)
    return target.stat().st_size
