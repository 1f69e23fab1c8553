"""Rounds (/game): a round's questions, players and answers, all it needs after a restart."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.models.columns import id_column, time_column

# --- rounds: /game in groups and private chats ----------------------------------------------
# A round's whole state lives here, so the dispatcher (bot/jobs/rounds.py) rebuilds it after a
# restart: which questions, which one is open, when it closes, and every player's points.
ROUND_PHASES = ("waiting", "asking", "finished")
ROUND_MAX_QUESTIONS = 50
ROUND_MAX_POINTS = 1000


class Round(SQLModel, table=True):
    """A timed round of questions in one chat: a group's quiz polls, or a player's buttons."""

    __tablename__ = "rounds"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = id_column(foreign="chats.id")
    # The player of a private round; None for a group's round anyone may join.
    user_id: int | None = id_column(foreign="users.id", nullable=True)
    started_by: int = id_column()
    set_id: int = Field(foreign_key="question_sets.id")
    # The question ids picked at the start, in the order they are asked.
    question_ids: list[int] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    size: int
    # Seconds per question; None: a private round without a timer.
    seconds: int | None = Field(default=None)
    # The interface language the round was started in: its texts stay in it.
    language: str = Field(default="en", max_length=8)
    # The question asked last (-1: none yet). "waiting": the next one is due at next_at;
    # "asking": question `position` is open until next_at (None: until answered).
    position: int = Field(default=-1)
    phase: str = Field(default="waiting", max_length=16)
    next_at: datetime | None = time_column(nullable=True)
    stopped: bool = Field(default=False)
    created_at: datetime = time_column()
    finished_at: datetime | None = time_column(nullable=True)

    __table_args__ = (
        sa.CheckConstraint(f"size BETWEEN 1 AND {ROUND_MAX_QUESTIONS}", name="round_size_valid"),
        sa.CheckConstraint(
            "seconds IS NULL OR seconds BETWEEN 5 AND 600", name="round_seconds_valid"
        ),
        sa.CheckConstraint("position >= -1 AND position < size", name="round_position_valid"),
        sa.CheckConstraint(
            f"phase IN ({', '.join(repr(p) for p in ROUND_PHASES)})", name="round_phase_valid"
        ),
        sa.CheckConstraint(
            "(phase = 'finished') = (finished_at IS NOT NULL)", name="round_finished_valid"
        ),
        # One round at a time per chat.
        sa.Index(
            "ux_rounds_one_per_chat",
            "chat_id",
            unique=True,
            sqlite_where=sa.text("finished_at IS NULL"),
            postgresql_where=sa.text("finished_at IS NULL"),
        ),
        sa.Index("ix_rounds_due", "phase", "next_at"),
    )


def _round_key() -> Any:
    """Build the round id column that starts a round table's key (deleted with the round)."""
    return Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("rounds.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        )
    )


def _user_key() -> Any:
    """Build the user id column of a round table's key."""
    return Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )


class RoundQuestion(SQLModel, table=True):
    """One question of a round: claimed before it is sent, so it is never sent twice."""

    __tablename__ = "round_questions"

    round_id: int = _round_key()
    position: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    delivery_id: int = Field(foreign_key="deliveries.id", unique=True)
    message_id: int | None = Field(default=None)
    poll_id: str | None = Field(default=None, max_length=64, sa_column_kwargs={"unique": True})
    claimed_at: datetime = time_column()
    # When Telegram confirmed the send: answer times count from here.
    sent_at: datetime | None = time_column(nullable=True)
    closed_at: datetime | None = time_column(nullable=True)


class RoundPlayer(SQLModel, table=True):
    """A player in a round (joined by the button or by answering) and their running totals."""

    __tablename__ = "round_players"

    round_id: int = _round_key()
    user_id: int = _user_key()
    points: int = Field(default=0)
    correct: int = Field(default=0)
    answered: int = Field(default=0)
    # Sum of answer times in milliseconds, for the average on the podium.
    answer_ms: int = Field(default=0, sa_column=sa.Column(sa.BigInteger, nullable=False))
    joined_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "points >= 0 AND correct >= 0 AND answered >= correct AND answer_ms >= 0",
            name="round_player_totals_valid",
        ),
    )


class RoundAnswer(SQLModel, table=True):
    """A player's answer to one question of a round: at most one, with its speed points."""

    __tablename__ = "round_answers"

    round_id: int = _round_key()
    position: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    user_id: int = _user_key()
    correct: bool
    points: int
    answer_ms: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    answered_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint(
            f"points BETWEEN 0 AND {ROUND_MAX_POINTS} AND (points = 0 OR correct)",
            name="round_answer_points_valid",
        ),
        sa.CheckConstraint("answer_ms >= 0", name="round_answer_time_valid"),
    )
