"""Shared fixtures: a real, migrated database per test (SQLite file by default)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session

from db.engine import make_engine
from db.migrate import head_revision, upgrade_to_head
from tests.helpers import SHARED_GENERATOR


def _fresh_postgres(url: str) -> Engine:
    """Return an engine on TEST_DATABASE_URL with an empty public schema."""
    engine = make_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    return engine


# Everything a test (or a bot process it starts) could change in the schema, one line each:
# the schemas, relations (a view's query too), columns (their order: a column dropped and
# added again is the same column at another place), constraints, indexes, sequences,
# triggers, functions (their bodies too), types (an enum's labels in order), rules and
# row-level policies. Equal to what migrating an empty database gives, the schema is at head.
_SCHEMA_FINGERPRINT = """
SELECT string_agg(item, E'\\n' ORDER BY item) FROM (
    SELECT 'schema ' || nspname FROM pg_namespace
    WHERE nspname !~ '^pg_' AND nspname <> 'information_schema'
    UNION ALL
    SELECT 'relation ' || c.relname || ' ' || c.relkind::text || ' ' || c.relpersistence::text
        || ' ' || c.relrowsecurity || ' ' || coalesce(pg_get_viewdef(c.oid), '')
    FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
    UNION ALL
    SELECT 'column ' || c.relname || '.' || a.attname || ' ' || a.attnum || ' '
        || format_type(a.atttypid, a.atttypmod) || ' ' || a.attnotnull || ' '
        || a.attidentity::text || a.attgenerated::text || ' ' || a.attcollation || ' '
        || coalesce(pg_get_expr(d.adbin, d.adrelid), '')
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
    UNION ALL
    SELECT 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '
        || pg_get_constraintdef(oid)
    FROM pg_constraint WHERE connamespace = 'public'::regnamespace
    UNION ALL
    SELECT 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'
    UNION ALL
    SELECT 'sequence ' || sequencename || ' ' || data_type::text || ' ' || start_value || ' '
        || min_value || ' ' || max_value || ' ' || increment_by || ' ' || cycle
    FROM pg_sequences WHERE schemaname = 'public'
    UNION ALL
    SELECT 'trigger ' || pg_get_triggerdef(t.oid) FROM pg_trigger t
    JOIN pg_class c ON c.oid = t.tgrelid
    WHERE c.relnamespace = 'public'::regnamespace AND NOT t.tgisinternal
    UNION ALL
    SELECT 'function ' || p.oid::regprocedure::text || ' ' || md5(pg_get_functiondef(p.oid))
    FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prokind <> 'a'
    UNION ALL
    SELECT 'aggregate ' || p.oid::regprocedure::text FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace AND p.prokind = 'a'
    UNION ALL
    SELECT 'type ' || typname FROM pg_type WHERE typnamespace = 'public'::regnamespace
    UNION ALL
    SELECT 'enum ' || t.typname || ' ' || e.enumsortorder || ' ' || e.enumlabel
    FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
    WHERE t.typnamespace = 'public'::regnamespace
    UNION ALL
    SELECT 'rule ' || definition FROM pg_rules WHERE schemaname = 'public'
    UNION ALL
    SELECT 'policy ' || tablename || ' ' || policyname || ' ' || permissive || ' '
        || array_to_string(roles, ',') || ' ' || cmd || ' ' || coalesce(qual, '') || ' '
        || coalesce(with_check, '')
    FROM pg_policies WHERE schemaname = 'public'
) AS items (item)
"""


@dataclass(frozen=True)
class _PostgresHead:
    """This worker's database as migrating an empty one leaves it: its schema, its tables."""

    fingerprint: str
    tables: tuple[str, ...]  # every table but alembic_version; empty at head


def _postgres_state(engine: Engine) -> tuple[str, list[str], list[str]]:
    """Return the schema fingerprint, the public tables and the alembic_version rows."""
    with engine.connect() as connection:
        fingerprint = connection.exec_driver_sql(_SCHEMA_FINGERPRINT).scalar_one()
        tables = list(
            connection.exec_driver_sql(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            ).scalars()
        )
        versions: list[str] = []
        if "alembic_version" in tables:
            versions = list(
                connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalars()
            )
    return fingerprint or "", tables, versions


def _migrated_postgres(url: str, head: _PostgresHead | None) -> Engine:
    """Return an engine on TEST_DATABASE_URL migrated to head, with no rows but the version.

    Migrating an empty schema costs about a quarter of a second a test; when the schema the
    previous test left is still exactly the migrated one (the usual case), emptying its tables
    gives the same database for a few milliseconds.
    """
    engine = make_engine(url)
    try:
        if head is not None:
            fingerprint, tables, versions = _postgres_state(engine)
            if fingerprint == head.fingerprint and versions == [head_revision()]:
                assert tables == sorted([*head.tables, "alembic_version"])
                with engine.begin() as connection:
                    names = ", ".join(f'"{table}"' for table in head.tables)
                    connection.exec_driver_sql(f"TRUNCATE {names} RESTART IDENTITY")
                return engine
        with engine.begin() as connection:
            connection.exec_driver_sql("DROP SCHEMA IF EXISTS public CASCADE")
            connection.exec_driver_sql("CREATE SCHEMA public")
        upgrade_to_head(engine)
    except BaseException:
        engine.dispose()  # no caller gets it: its connections would stay open to the end
        raise
    return engine


def _worker_database(url: str) -> str:
    """Return the URL of this pytest-xdist worker's own PostgreSQL database, created if new.

    Every test empties its database, so two workers must never share one:
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
            # A test database needs no durability: commits (every test empties it) need not
            # wait for the disk. Bot processes the tests start connect here too.
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" SET synchronous_commit = off')
    finally:
        server.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def postgres_url() -> str | None:
    """Return the PostgreSQL URL this test process uses, or None to run on SQLite."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    return _worker_database(url) if url.startswith("postgresql") else None


@pytest.fixture(scope="session")
def postgres_head(postgres_url: str | None) -> _PostgresHead | None:
    """Migrate this worker's PostgreSQL database once and record what head looks like.

    None on SQLite, and when a migration leaves rows behind (then emptying the tables would
    not give the migrated database: every test migrates an empty schema instead).
    """
    if postgres_url is None:
        return None
    engine = _fresh_postgres(postgres_url)
    try:
        upgrade_to_head(engine)
        fingerprint, tables, _ = _postgres_state(engine)
        data = [table for table in tables if table != "alembic_version"]
        with engine.connect() as connection:
            for table in data:
                if connection.exec_driver_sql(f'SELECT 1 FROM "{table}" LIMIT 1').first():
                    return None
    finally:
        engine.dispose()
    return _PostgresHead(fingerprint, tuple(data))


# On PostgreSQL, `database_url` leaves a test that takes `engine` (itself or through another
# fixture) to the `engine` fixture below, which empties the tables or migrates afresh:
# dropping the schema first would make every such test migrate. `engine` marks the test's
# stash when it takes the reset over; `database_url` checks the mark after the test, so an
# `engine` fixture that overrides this one without resetting the database fails instead of
# silently handing tests the previous test's rows.
_ENGINE_RESETS = "engine"
_RESET_BY_ENGINE = pytest.StashKey[bool]()


@pytest.fixture
def database_url(
    request: pytest.FixtureRequest, tmp_path: Path, postgres_url: str | None
) -> Iterator[str]:
    """Yield the URL of an empty database for this test (a SQLite file unless overridden).

    On PostgreSQL, a test that also takes `engine` gets the migrated database from it instead.
    """
    if postgres_url is None:
        yield f"sqlite:///{tmp_path / 'quizbot.db'}"
        return
    left_to_engine = _ENGINE_RESETS in request.fixturenames
    if left_to_engine:
        request.node.stash[_RESET_BY_ENGINE] = False
    else:
        _fresh_postgres(postgres_url).dispose()
    yield postgres_url
    if left_to_engine and not request.node.stash[_RESET_BY_ENGINE]:
        pytest.fail(f"the {_ENGINE_RESETS!r} fixture did not reset the PostgreSQL database")


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
def engine(
    request: pytest.FixtureRequest,
    database_url: str,
    postgres_url: str | None,
    postgres_head: _PostgresHead | None,
    migrated_sqlite: Path,
) -> Iterator[Engine]:
    """Yield an engine on a fresh database upgraded to head by the Alembic migrations."""
    url = make_url(database_url)
    if database_url == postgres_url:
        request.node.stash[_RESET_BY_ENGINE] = True  # database_url left the reset to us
        engine = _migrated_postgres(database_url, postgres_head)
    else:
        if url.get_backend_name() == "sqlite" and url.database and not Path(url.database).exists():
            # Running every migration takes about 0.15 s, in some 300 tests: a copy of the file
            # migrated once is the same database.
            shutil.copyfile(migrated_sqlite, url.database)
        engine = make_engine(database_url)
    upgrade_to_head(engine)  # on a copy or emptied tables, it only checks the revision is head
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
