"""Copy a whole quizbot database to another one (SQLite to PostgreSQL), checked by row counts.

Tables are copied in foreign-key order inside one destination transaction, so a failure leaves
the destination as it was. Ids are copied as they are (answers and deliveries keep pointing at
the right rows), so PostgreSQL's sequences are moved past the copied ids afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine
from sqlmodel import SQLModel

import db.models  # noqa: F401  (registers every table on SQLModel.metadata)
from db.migrate import current_revision, head_revision, upgrade_to_head

# Rows per INSERT batch: large enough to be quick, small enough to keep memory flat.
BATCH_ROWS = 2_000


class TransferRefused(Exception):
    """The copy was not started: the message says why and what to do."""


@dataclass(frozen=True)
class TableCount:
    """Rows of one table in the source and, after the copy, in the destination."""

    table: str
    source: int
    destination: int

    @property
    def matches(self) -> bool:
        """Return True when every source row arrived."""
        return self.source == self.destination


@dataclass
class TransferReport:
    """What the copy did, table by table, in the order the tables were copied."""

    tables: list[TableCount] = field(default_factory=list)
    sequences_reset: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Return True when every table has as many rows in the destination as in the source."""
        return all(count.matches for count in self.tables)

    @property
    def rows(self) -> int:
        """Return the number of source rows over all tables."""
        return sum(count.source for count in self.tables)


def copy_order() -> list[sa.Table]:
    """Return every table of the models, parents before the tables that point at them."""
    return list(SQLModel.metadata.sorted_tables)


def count_rows(connection: Connection, table: sa.Table) -> int:
    """Count the rows of one table."""
    return int(connection.execute(sa.select(sa.func.count()).select_from(table)).scalar_one())


def nonempty_tables(connection: Connection) -> list[str]:
    """Return the names of the model tables that hold at least one row."""
    return [
        table.name
        for table in copy_order()
        if connection.execute(sa.select(sa.literal(1)).select_from(table).limit(1)).first()
    ]


def _copy_table(source: Connection, destination: Connection, table: sa.Table) -> None:
    """Stream one table's rows from source to destination in primary-key order."""
    query = sa.select(table).order_by(*table.primary_key.columns)
    result = source.execution_options(yield_per=BATCH_ROWS).execute(query)
    for batch in result.mappings().partitions():
        destination.execute(table.insert(), [dict(row) for row in batch])


def _reset_sequences(destination: Connection) -> list[str]:
    """Move each PostgreSQL id sequence past the largest copied id; return the tables touched."""
    touched = []
    for table in copy_order():
        column = table.autoincrement_column
        if column is None:
            continue
        # setval(seq, max, true) makes the next id max + 1; on an empty table, (1, false) makes
        # it 1, as on a fresh database.
        quote = destination.dialect.identifier_preparer.quote
        name, key = quote(table.name), quote(column.name)
        destination.execute(
            sa.text(
                "SELECT setval(pg_get_serial_sequence(:table, :column), "
                f"COALESCE(MAX({key}), 1), MAX({key}) IS NOT NULL) FROM {name}"
            ),
            {"table": table.name, "column": column.name},
        )
        touched.append(table.name)
    return touched


def copy_database(
    source: Engine,
    destination: Engine,
    *,
    force: bool = False,
    progress: Callable[[str], None] = lambda _table: None,
) -> TransferReport:
    """Copy every row of `source` into `destination` (schema created by the migrations)."""
    if source.url == destination.url:
        raise TransferRefused("the source and the destination are the same database")
    head = head_revision()
    at = current_revision(source)
    if at != head:
        raise TransferRefused(
            f"the source database is at schema revision {at or 'none'}, not {head}: upgrade it "
            "first with `DATABASE_URL=SOURCE quizbot db upgrade` (or start the bot once on it)"
        )
    upgrade_to_head(destination)
    report = TransferReport()
    # One source transaction: a consistent snapshot (on SQLite it also holds the write lock,
    # so a bot still running on the source waits instead of writing rows the copy would miss).
    # One destination transaction: any failure or mismatch leaves the destination untouched.
    with source.begin() as src, destination.connect() as dst:
        copying = dst.begin()
        filled = nonempty_tables(dst)
        if filled and not force:
            raise TransferRefused(
                f"the destination already holds data ({', '.join(filled)}); use an empty "
                "database, or --force to replace everything in it"
            )
        for table in reversed(copy_order()):
            dst.execute(table.delete())
        for table in copy_order():
            progress(table.name)
            _copy_table(src, dst, table)
        if dst.dialect.name == "postgresql":
            report.sequences_reset = _reset_sequences(dst)
        for table in copy_order():
            report.tables.append(
                TableCount(table.name, count_rows(src, table), count_rows(dst, table))
            )
        if report.ok:
            copying.commit()
        else:
            copying.rollback()
    return report
