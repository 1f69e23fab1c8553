"""Shared fixtures: a real, migrated database per test (SQLite file by default)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
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


def _worker_database(url: str) -> str:
    """Return the URL of this pytest-xdist worker's own PostgreSQL database, created if new.

    Every test empties its database's public schema, so two workers must never share one:
    each gets `<database>_<worker>` (test_gw0, test_gw1, …) on the same server.
    """
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = make_url(url)
    name = f"{base.database}_{worker}"
    server = create_engine(base.set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
    try:
        with server.connect() as connection:
            exists = connection.exec_driver_sql(
                "SELECT 1 FROM pg_database WHERE datname = %(name)s", {"name": name}
            ).first()
            if exists is None:
                connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
            # A test database needs no durability: commits (every test rebuilds its schema)
            # need not wait for the disk. Bot processes the tests start connect here too.
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    finally:
        server.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_url() -> str | None:
    """Return the PostgreSQL URL this test process uses, or None to run on SQLite."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    return _worker_database(url) if url.startswith("postgresql") else None


@pytest.fixture
def database_url(tmp_path: Path, postgres_url: str | None) -> str:
    """Return the URL of an empty database for this test (a SQLite file unless overridden)."""
    if postgres_url is not None:
        _fresh_postgres(postgres_url).dispose()
        return postgres_url
    return f"sqlite:///{tmp_path / 'quizbot.db'}"


@pytest.fixture(scope="session")
def migrated_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Return a SQLite file migrated to head once in this test process, for tests to copy."""
    path = tmp_path_factory.mktemp("migrated") / "quizbot.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()  # the last connection closed: WAL checkpointed, the file is whole
    assert not path.with_name("quizbot.db-wal").exists()
    return path


@pytest.fixture
def engine(database_url: str, migrated_sqlite: Path) -> Iterator[Engine]:
    """Yield an engine on a fresh database upgraded to head by the Alembic migrations."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
        # Running every migration takes about 0.15 s, in some 300 tests: a copy of the file
        # migrated once is the same database.
        shutil.copyfile(migrated_sqlite, url.database)
    engine = make_engine(database_url)
    upgrade_to_head(engine)  # on the copy, it only checks that the revision is head
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
