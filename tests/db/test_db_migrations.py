"""Alembic migrations build the schema the models describe, and re-running them is harmless."""

from __future__ import annotations

import warnings
from pathlib import Path

import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel

import db.models  # noqa: F401  (registers every table on SQLModel.metadata)
from db.engine import make_engine
from db.migrate import current_revision, head_revision, upgrade_to_head
from db.models import QuestionSetRow
from db.set_store import store_set
from db.sets import list_sets
from tests.helpers import count_rows, make_set

# Alembic cannot reflect the expression index ("points DESC") on SQLite, so autogenerate
# always reports it as removed and added again; it is created by hand in the migration.
EXPRESSION_INDEXES = {"ix_scores_board", "ix_week_scores_board", "ix_period_scores_board"}


def _index_name(diff: object) -> str | None:
    if isinstance(diff, tuple) and diff[0] in ("add_index", "remove_index"):
        return str(diff[1].name)
    return None


def test_upgrade_builds_every_table_in_an_empty_file(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'new.db'}")
    assert current_revision(engine) is None
    upgrade_to_head(engine)
    assert current_revision(engine) == head_revision() is not None
    tables = set(sa.inspect(engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables
    engine.dispose()


def test_upgrading_twice_changes_nothing_and_keeps_data(engine: Engine) -> None:
    with Session(engine) as session:
        store_set(session, make_set(2))
        session.commit()
    upgrade_to_head(engine)
    # A second engine is what a restarted app would use.
    again = make_engine(engine.url.render_as_string(hide_password=False))
    upgrade_to_head(again)
    with again.connect() as connection:
        versions = connection.execute(sa.text("SELECT version_num FROM alembic_version")).all()
    assert versions == [(head_revision(),)]
    with Session(again) as session:
        assert [(s.slug, s.questions) for s in list_sets(session)] == [("sample", 2)]
    assert count_rows(again, QuestionSetRow) == 1
    again.dispose()


def test_migrated_schema_matches_the_models(engine: Engine) -> None:
    with engine.connect() as connection, warnings.catch_warnings():
        # SQLite reflection warns that it skips the expression index; that is the known gap.
        warnings.simplefilter("ignore")
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "compare_server_default": True}
        )
        diffs = compare_metadata(context, SQLModel.metadata)
    unexpected = [d for d in diffs if _index_name(d) not in EXPRESSION_INDEXES]
    assert unexpected == []


def test_partial_index_makes_only_scoring_answers_unique(engine: Engine) -> None:
    # compare_metadata does not look at an index's WHERE clause, so check it directly.
    query = (
        "SELECT sql FROM sqlite_master WHERE name = :name"
        if engine.dialect.name == "sqlite"
        else "SELECT indexdef FROM pg_indexes WHERE indexname = :name"
    )
    with engine.connect() as connection:
        sql = connection.execute(sa.text(query), {"name": "ux_answers_scored_once"}).scalar_one()
    assert "UNIQUE" in sql.upper()
    assert "points > 0" in sql
