"""Prebuilt SQL on the session's own DB-API cursor, for the statements every answer runs.

SQLAlchemy costs about 0.1 ms per statement (the compiled-cache lookup, the result proxy, the
session's bookkeeping) where SQLite itself takes about 0.02 ms; an answer runs eight or nine
statements, so the answer path writes them to the driver's cursor directly, inside the
session's transaction (tests/bench/service_profile.py shows the split). The statements are
prepared once per connection all the same: sqlite3 keeps them in its statement cache, and
psycopg prepares a statement on the server once it has run five times on a connection.

What SQLAlchemy's column types did is done here: UTC timestamps and dates in the text form
SQLAlchemy stores on SQLite (and as values on PostgreSQL), JSON as text on SQLite.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, SQLModel

M = TypeVar("M", bound=SQLModel)

# SQLAlchemy's storage format for DateTime on SQLite (microseconds always written).
SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"
_NAMED = re.compile(r"(?<![:\w]):(\w+)")
_KEY = "quizbot_raw"


class Sql:
    """One statement written once with :name parameters, kept in each driver's style."""

    __slots__ = ("named", "pyformat")

    def __init__(self, text: str) -> None:
        self.named = text  # sqlite3
        self.pyformat = _NAMED.sub(r"%(\1)s", text)  # psycopg


class Raw:
    """A DB-API cursor inside the session's transaction, with our column types' conversions."""

    def __init__(self, session: Session) -> None:
        connection = session.connection()  # begins the transaction (BEGIN IMMEDIATE on SQLite)
        self.transaction = session.get_transaction()
        self.sqlite = connection.dialect.name == "sqlite"
        dbapi = connection.connection.dbapi_connection
        assert dbapi is not None
        self.cursor: Any = dbapi.cursor()

    def run(self, statement: Sql, params: Mapping[str, Any]) -> Any:
        """Execute a statement and return the cursor."""
        self.cursor.execute(statement.named if self.sqlite else statement.pyformat, params)
        return self.cursor

    def first(self, statement: Sql, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        """Execute a statement and return its first row, or None."""
        row: tuple[Any, ...] | None = self.run(statement, params).fetchone()
        return row

    def time(self, moment: datetime) -> Any:
        """Bind an aware datetime as UTC, as the UTCDateTime column type does."""
        if moment.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        utc = moment.astimezone(UTC)
        return utc.strftime(SQLITE_TIME) if self.sqlite else utc

    def day(self, value: date) -> Any:
        """Bind a date (SQLite keeps ISO text)."""
        return value.isoformat() if self.sqlite else value

    def json(self, value: Any) -> Any:
        """Bind a JSON value (SQLite keeps text)."""
        if self.sqlite:
            return json.dumps(value)
        from psycopg.types.json import Json

        return Json(value)


def read_time(value: Any) -> datetime:
    """Read a UTC timestamp as an aware datetime (SQLite returns its stored text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    assert isinstance(value, datetime)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def read_day(value: Any) -> date | None:
    """Read a date column (SQLite returns ISO text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def read_json(value: Any) -> Any:
    """Read a JSON column (SQLite returns its text, psycopg the decoded value)."""
    return json.loads(value) if isinstance(value, str | bytes) else value


def raw(session: Session) -> Raw:
    """Return the raw cursor of the session's current transaction, flushing the ORM first.

    The cursor does not autoflush as session.execute does, so pending ORM changes are written
    before it runs anything.
    """
    session.flush()
    found: Raw | None = session.info.get(_KEY)
    if found is not None and found.transaction is session.get_transaction():
        return found
    made = Raw(session)
    session.info[_KEY] = made
    return made


def _reader(column: sa.Column[Any]) -> Callable[[Any], Any]:
    """Return how to turn a column's stored value into what the ORM would hand back."""
    kind = column.type
    if isinstance(kind, sa.JSON):
        convert: Callable[[Any], Any] = read_json
    elif isinstance(kind, sa.types.TypeDecorator) and isinstance(kind.impl, sa.DateTime):
        convert = read_time
    elif isinstance(kind, sa.Date):
        convert = read_day
    elif isinstance(kind, sa.Boolean):
        convert = bool
    else:
        return lambda value: value
    return lambda value: None if value is None else convert(value)


@cache
def _select(model: type[SQLModel], tail: str) -> tuple[Sql, tuple[str, ...], tuple[Any, ...]]:
    """Build (once) the SELECT of every column of a model's table, with each column's reader."""
    table: sa.Table = model.__table__  # type: ignore[attr-defined]
    names = tuple(column.name for column in table.columns)
    sql = Sql(f"SELECT {', '.join(names)} FROM {table.name} {tail}")
    return sql, names, tuple(_reader(column) for column in table.columns)


def fetch_first(session: Session, model: type[M], tail: str, params: Mapping[str, Any]) -> M | None:
    """Read one row as a model object not attached to the session (read it, do not change it).

    `tail` is the rest of the statement after FROM <table>: WHERE, ORDER BY, LIMIT.
    """
    sql, names, readers = _select(model, tail)
    row = raw(session).first(sql, params)
    if row is None:
        return None
    values = {name: read(value) for name, read, value in zip(names, readers, row, strict=True)}
    return detached(model, values)


def detached(model: type[M], values: Mapping[str, Any]) -> M:
    """Build a model object from stored values, unvalidated and outside any session."""
    # An instance's attributes need the ORM's mappers set up, which the first ORM query does;
    # this may run before any (a no-op once they are).
    sa.orm.configure_mappers()
    return model.model_construct(**values)
