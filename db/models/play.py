"""Play: the deliveries that send questions, the answers to them, the review cards."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.models.columns import id_column, time_column


class Trigger(StrEnum):
    """Why a question was sent; every delivery stores one (a CHECK allows only these)."""

    QUIZ = "quiz"  # /quiz or the menu's Quiz me
    NEXT = "next"  # the Next question button
    DAILY = "daily"  # the daily question
    PLAY = "play"  # `quizbot play` in a terminal


class Delivery(SQLModel, table=True):
    """A question sent to a chat: which message or poll, the option order shown, and why."""

    __tablename__ = "deliveries"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = id_column(foreign="chats.id")
    question_id: int = Field(foreign_key="questions.id")
    # The player a private delivery was sent to; None for a group poll anyone may answer.
    user_id: int | None = id_column(foreign="users.id", nullable=True)
    message_id: int | None = Field(default=None)
    poll_id: str | None = Field(default=None, max_length=64, sa_column_kwargs={"unique": True})
    # option_order[i] is the stored index of the option shown at position i.
    option_order: list[int] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    # The option texts as shown and the position shown as right: a press is judged against
    # these, so a re-import that reorders, adds or removes options cannot change the verdict.
    # NULL on deliveries made before revision 0005_shown.
    shown_options: list[str] | None = Field(
        default=None, sa_column=sa.Column(sa.JSON, nullable=True)
    )
    shown_correct: int | None = Field(default=None)
    trigger: str = Field(max_length=16)
    sent_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint(
            f"trigger IN ({', '.join(repr(t.value) for t in Trigger)})",
            name="delivery_trigger_valid",
        ),
        sa.Index("ix_deliveries_chat_sent", "chat_id", "sent_at"),
        sa.Index("ix_deliveries_user_sent", "user_id", "sent_at"),
    )


class Answer(SQLModel, table=True):
    """One user's answer to one delivery: the first press counts, the database refuses more."""

    __tablename__ = "answers"

    id: int | None = Field(default=None, primary_key=True)
    delivery_id: int = Field(foreign_key="deliveries.id")
    user_id: int = id_column(foreign="users.id")
    # Denormalised from the delivery so "a question scores once ever" is a database rule.
    question_id: int = Field(foreign_key="questions.id")
    scope: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    chosen_index: int
    correct: bool
    points: int = Field(default=0)
    answered_at: datetime = time_column()

    __table_args__ = (
        sa.UniqueConstraint("delivery_id", "user_id", name="answer_once_per_delivery"),
        sa.CheckConstraint("points IN (0, 1)", name="answer_points_valid"),
        sa.CheckConstraint("points = 0 OR correct", name="answer_points_need_correct"),
        sa.Index(
            "ux_answers_scored_once",
            "user_id",
            "question_id",
            unique=True,
            sqlite_where=sa.text("points > 0"),
            postgresql_where=sa.text("points > 0"),
        ),
        sa.Index("ix_answers_user_question", "user_id", "question_id"),
        sa.Index("ix_answers_answered_at", "answered_at"),
        sa.Index("ix_answers_question_correct", "question_id", "correct"),
    )


class Review(SQLModel, table=True):
    """Spaced-repetition state of one question for one user (an `fsrs` card)."""

    __tablename__ = "reviews"

    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    question_id: int = Field(foreign_key="questions.id", primary_key=True)
    card: dict[str, Any] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    due_at: datetime = time_column()
    last_correct: bool

    __table_args__ = (sa.Index("ix_reviews_user_due", "user_id", "due_at"),)
