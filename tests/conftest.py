"""Shared fixtures: a real, migrated database per test (SQLite file by default)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.engine import make_engine
from db.migrate import upgrade_to_head
from tests.helpers import SHARED_GENERATOR


def _fresh_postgres(url: str) -> Engine:
    """Return an engine on TEST_DATABASE_URL with an empty public schema."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    return engine


@pytest.fixture
def database_url(tmp_path: Path) -> str:
    """Return the URL of an empty database for this test (a SQLite file unless overridden)."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    if url.startswith("postgresql"):
        _fresh_postgres(url).dispose()
        return url
    return f"sqlite:///{tmp_path / 'quizbot.db'}"


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """Yield an engine on a fresh database upgraded to head by the Alembic migrations."""
    engine = make_engine(database_url)
    upgrade_to_head(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine: Engine) -> Iterator[Session]:
    """Yield a session on the migrated database; uncommitted work is rolled back at the end."""
    with Session(engine, expire_on_commit=False) as session:
        yield session


@pytest.fixture(scope="session", autouse=True)
def _stop_the_shared_generator() -> Iterator[None]:
    """Stop the session's warm generator worker when the tests are done."""
    yield
    SHARED_GENERATOR.close()
