"""`quizbot db backup`: a consistent copy of a database that is being written to."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
import sqlalchemy as sa
from click.testing import CliRunner
from sqlalchemy.engine import Engine

from bot.cli import cli
from db.backup import backup_sqlite


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """`db backup` copies SQLite files: a SQLite database even in the PostgreSQL pass."""
    return f"sqlite:///{tmp_path / 'quizbot.db'}"


def _writer(
    engine: Engine, stop: threading.Event, ready: threading.Event, written: list[int]
) -> None:
    """Keep committing rows until told to stop, recording how many were committed."""
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE IF NOT EXISTS churn (n INTEGER PRIMARY KEY, pad TEXT)")
    n = 0
    while not stop.is_set():
        n += 1
        with engine.begin() as conn:
            conn.execute(sa.text("INSERT INTO churn VALUES (:n, :pad)"), {"n": n, "pad": "x" * 500})
        written.append(n)
        if n == 200:
            ready.set()


def test_backup_while_writing_has_everything_committed_before_it(
    engine: Engine, tmp_path: Path
) -> None:
    stop, ready, written = threading.Event(), threading.Event(), []  # type: ignore[var-annotated]
    thread = threading.Thread(target=_writer, args=(engine, stop, ready, written))
    thread.start()
    try:
        assert ready.wait(timeout=30), "the writer did not get going"
        committed_before = len(written)
        backup_sqlite(engine, tmp_path / "copy.db", pages_per_step=4)
    finally:
        stop.set()
        thread.join()
    copy = sqlite3.connect(tmp_path / "copy.db")
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    rows = copy.execute("SELECT count(*), max(n) FROM churn").fetchone()
    assert rows[0] == rows[1] >= committed_before  # no gaps: one consistent snapshot
    tables = {r[0] for r in copy.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"answers", "scores", "alembic_version"} <= tables
    copy.close()


def test_backup_command(engine: Engine, database_url: str, tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(
        cli, ["db", "backup", str(tmp_path / "b" / "copy.db")], env={"DATABASE_URL": database_url}
    )
    assert result.exit_code == 0, result.output
    assert "Backed up to" in result.output and "Restore" in result.output
    assert (tmp_path / "b" / "copy.db").stat().st_size > 0
