"""The column types and builders every table shares: UTC timestamps, 64-bit Telegram ids."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlmodel import Field


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """Store datetimes as UTC and always hand back aware UTC datetimes (SQLite drops zones)."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Convert an aware datetime to UTC before storing it."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        """Attach UTC to what the database returns."""
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def id_column(*, foreign: str | None = None, nullable: bool = False, **kw: Any) -> Any:
    """Build a 64-bit integer column (Telegram ids exceed 32 bits)."""
    args: list[Any] = [sa.BigInteger]
    if foreign:
        args.append(sa.ForeignKey(foreign, ondelete=kw.pop("ondelete", "RESTRICT")))
    return Field(sa_column=sa.Column(*args, nullable=nullable, **kw))


def time_column(*, nullable: bool = False, index: bool = False) -> Any:
    """Build a UTC timestamp column."""
    return Field(sa_column=sa.Column(UTCDateTime(), nullable=nullable, index=index))


def table_of(model: Any) -> sa.Table:
    """Return the Table behind a SQLModel class (SQLModel does not type `__table__`)."""
    return cast(sa.Table, model.__table__)


def key_column(foreign: str) -> Any:
    """Build a 64-bit primary-key column that refers to a user or a chat."""
    return Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey(foreign), primary_key=True, autoincrement=False
        )
    )
