"""Players and chats: who talks to the bot, where, and in which interface language."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.models.columns import time_column

# The interface languages with a catalog in bot/locale (the migration 0009_language agrees).
INTERFACE_LANGUAGES = ("en", "ru", "zh_Hans")


def _language_column(check_name: str) -> Any:
    """Build a nullable interface-language column the database restricts to the shipped ones."""
    allowed = ", ".join(f"'{code}'" for code in INTERFACE_LANGUAGES)
    check = sa.CheckConstraint(f"language IS NULL OR language IN ({allowed})", name=check_name)
    return Field(default=None, sa_column=sa.Column("language", sa.String(8), check, nullable=True))


class User(SQLModel, table=True):
    """A Telegram user who has talked to the bot (or the local player of `quizbot play`)."""

    __tablename__ = "users"

    id: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    first_name: str = Field(max_length=256)
    username: str | None = Field(default=None, max_length=64)
    language_code: str | None = Field(default=None, max_length=16)
    # The interface language the player chose with /language (None: from language_code).
    language: str | None = _language_column("user_language_valid")
    daily_streak: int = Field(default=0)
    best_daily_streak: int = Field(default=0)
    last_daily_date: date | None = Field(default=None)
    created_at: datetime = time_column()
    last_seen_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "daily_streak >= 0 AND best_daily_streak >= daily_streak",
            name="user_daily_streak_valid",
        ),
    )


class Chat(SQLModel, table=True):
    """A private chat or a group the bot is in, with its quiz preferences."""

    __tablename__ = "chats"

    id: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    type: str = Field(max_length=16)
    title: str | None = Field(default=None, max_length=256)
    active_set_id: int | None = Field(default=None, foreign_key="question_sets.id")
    timezone: str | None = Field(default=None, max_length=64)
    # The group's interface language, set by its admins with /language (None: not chosen).
    language: str | None = _language_column("chat_language_valid")
    # Set when Telegram says the bot may no longer write here (blocked, kicked).
    blocked_at: datetime | None = time_column(nullable=True)
    created_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "type IN ('private', 'group', 'supergroup', 'channel')", name="chat_type_valid"
        ),
    )
