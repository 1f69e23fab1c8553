"""Upgrade a database to the newest schema with Alembic."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Engine

from db.locks import MIGRATE_KEY, startup_lock

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(url: str) -> Config:
    """Build an Alembic config pointing at the shipped migrations (no alembic.ini needed)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    """Return the newest revision shipped with the code."""
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database behind `engine` to the newest revision."""
    # Checking first keeps start-up fast: running Alembic's environment costs far more.
    if current_revision(engine) == head_revision():
        return
    # `--workers` start together: one migrates, the others wait for it and find nothing to do.
    with startup_lock(engine, MIGRATE_KEY):
        if current_revision(engine) == head_revision():
            return
        config = alembic_config(engine.url.render_as_string(hide_password=False))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")


def current_revision(engine: Engine) -> str | None:
    """Return the revision the database is at, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()
