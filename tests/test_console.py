"""The command line reads a SQLite URL's file as SQLAlchemy does, without importing it: the
generator's peak memory does not carry a database library that `quizbot generate` never
opens a database with."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from bot.console import is_new_sqlite_file, sqlite_file

URLS = [
    "sqlite:///data/quizbot.db",
    "sqlite:////srv/quiz/quizbot.db",
    "sqlite+pysqlite:///my%20quiz.db?timeout=5",
    "sqlite:///~/quizbot.db",
    "sqlite://",
    "sqlite:///:memory:",
    "postgresql+psycopg://quiz:secret@localhost/quiz",
]


@pytest.mark.parametrize("url", URLS)
def test_the_file_of_a_url_is_the_one_sqlalchemy_opens(url: str) -> None:
    parsed = make_url(url)
    sqlite = parsed.get_backend_name() == "sqlite"
    opened = parsed.database if sqlite and parsed.database not in (None, "", ":memory:") else None
    assert sqlite_file(url) == opened


def test_a_missing_file_is_new_and_an_existing_one_is_not(tmp_path: Path) -> None:
    there = tmp_path / "quizbot.db"
    assert is_new_sqlite_file(f"sqlite:///{there}")
    there.write_bytes(b"")
    assert not is_new_sqlite_file(f"sqlite:///{there}")
    assert not is_new_sqlite_file("postgresql+psycopg://quiz@localhost/quiz")


def test_the_command_line_loads_no_database_library_until_it_opens_a_database() -> None:
    code = "import sys, bot.cli; print(any(m.startswith('sqlalchemy') for m in sys.modules))"
    shown = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "False"
