"""Question sets, their questions, and the flags players raise on questions."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.models.columns import id_column, time_column


class QuestionSetRow(SQLModel, table=True):
    """A named collection of questions, loaded from a file or generated from an article."""

    __tablename__ = "question_sets"

    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(max_length=64, sa_column_kwargs={"unique": True})
    title: str = Field(max_length=100)
    source: str | None = Field(default=None)
    language: str | None = Field(default=None, max_length=16)
    # SHA-256 of the normalised article a generated set came from (questions.schema): the same
    # article sent again, by any route, is offered as an update of this set.
    article_hash: str | None = Field(default=None, max_length=64, index=True)
    retired_at: datetime | None = time_column(nullable=True)
    created_at: datetime = time_column()
    updated_at: datetime = time_column()


class QuestionRow(SQLModel, table=True):
    """One multiple-choice question of a set; `key` keeps its identity across re-imports."""

    __tablename__ = "questions"

    id: int | None = Field(default=None, primary_key=True)
    set_id: int = Field(foreign_key="question_sets.id", index=True)
    key: str = Field(max_length=128)
    position: int
    text: str = Field(max_length=300)
    options: list[str] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    correct_index: int
    explanation: str | None = Field(default=None, max_length=200)
    source_sentence: str | None = Field(default=None)
    tags: list[str] = Field(default_factory=list, sa_column=sa.Column(sa.JSON, nullable=False))
    retired_at: datetime | None = time_column(nullable=True)
    updated_at: datetime = time_column()
    # Set when players' flags paused the question (not served) until an admin looks at it.
    paused_at: datetime | None = time_column(nullable=True)
    # When an admin last dealt with its flags: only flags after this count towards a pause.
    flags_reviewed_at: datetime | None = time_column(nullable=True)

    __table_args__ = (
        sa.UniqueConstraint("set_id", "key", name="question_key_unique_in_set"),
        sa.CheckConstraint(
            "correct_index >= 0 AND correct_index < 10", name="question_correct_index_valid"
        ),
        sa.CheckConstraint("length(text) BETWEEN 1 AND 300", name="question_text_length"),
    )


class Flag(SQLModel, table=True):
    """A player's report that a question they were sent is wrong, unclear or has a typo."""

    __tablename__ = "flags"

    id: int | None = Field(default=None, primary_key=True)
    question_id: int = Field(foreign_key="questions.id")
    user_id: int = id_column(foreign="users.id")
    # The delivery that showed the question to the player: only a question sent can be flagged.
    delivery_id: int = Field(foreign_key="deliveries.id")
    reason: str = Field(max_length=16)
    created_at: datetime = time_column()

    __table_args__ = (
        sa.UniqueConstraint("user_id", "question_id", name="flag_once_per_player_question"),
        sa.CheckConstraint(
            "reason IN ('wrong', 'unclear', 'typo', 'other')", name="flag_reason_valid"
        ),
        sa.Index("ix_flags_question", "question_id", "created_at"),
    )
