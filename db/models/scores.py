"""Scores and boards: all-time totals, the seven-day and calendar boards, rank buckets."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.models.columns import key_column, time_column

# Score scope 0 is "everyone, in every chat"; any other scope is a group chat's id.
GLOBAL_SCOPE = 0


class Score(SQLModel, table=True):
    """A user's running totals in one scope: everyone (scope 0) or one group chat."""

    __tablename__ = "scores"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    points: int = Field(default=0)
    answered: int = Field(default=0)
    correct: int = Field(default=0)
    current_streak: int = Field(default=0)
    best_streak: int = Field(default=0)
    # When the current points total was reached: ties on points go to whoever got there first.
    reached_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint(
            # A right answer scores 1 point, or up to 1000 speed points in a round (/game).
            "points >= 0 AND correct >= 0 AND correct <= answered AND points <= correct * 1000",
            name="score_totals_valid",
        ),
        sa.CheckConstraint(
            "current_streak >= 0 AND current_streak <= best_streak", name="score_streak_valid"
        ),
        sa.Index("ix_scores_board", "scope", sa.text("points DESC"), "reached_at", "user_id"),
    )


class ScoreBucket(SQLModel, table=True):
    """How many users of a scope have exactly `points`: ranks without counting users."""

    __tablename__ = "score_buckets"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    points: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    users: int = Field(default=0)

    __table_args__ = (sa.CheckConstraint("users >= 0", name="score_bucket_users_valid"),)


class DailyPoints(SQLModel, table=True):
    """Points a user earned in a scope on one UTC day; the weekly board sums the last seven."""

    __tablename__ = "daily_points"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    day: date = Field(sa_column=sa.Column(sa.Date, primary_key=True))
    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    points: int = Field(default=0)
    reached_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint("points >= 0", name="daily_points_valid"),
        sa.Index("ix_daily_points_user", "user_id", "day"),
    )


class WeekScore(SQLModel, table=True):
    """A user's points over the last seven UTC days in a scope, kept current as days roll."""

    __tablename__ = "week_scores"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    user_id: int = Field(
        sa_column=sa.Column(
            sa.BigInteger, sa.ForeignKey("users.id"), primary_key=True, autoincrement=False
        )
    )
    points: int = Field(default=0)
    reached_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint("points >= 0", name="week_score_points_valid"),
        sa.Index("ix_week_scores_board", "scope", sa.text("points DESC"), "reached_at", "user_id"),
    )


class WeekBucket(SQLModel, table=True):
    """How many users of a scope have exactly `points` over the last seven days."""

    __tablename__ = "week_buckets"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    points: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    users: int = Field(default=0)

    __table_args__ = (sa.CheckConstraint("users >= 0", name="week_bucket_users_valid"),)


class BoardState(SQLModel, table=True):
    """Bookkeeping of the boards: the last UTC day the seven-day totals were rolled to."""

    __tablename__ = "board_state"

    name: str = Field(primary_key=True, max_length=32)
    day: date


# The calendar boards: "day" and "month" in the scope's own time zone (db/boards.py).
BOARD_PERIODS = ("day", "month")


class PeriodScore(SQLModel, table=True):
    """A user's points in one local calendar day or month of a scope (`starts`: its first day)."""

    __tablename__ = "period_scores"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    period: str = Field(sa_column=sa.Column(sa.String(8), primary_key=True))
    starts: date = Field(sa_column=sa.Column(sa.Date, primary_key=True))
    user_id: int = key_column("users.id")
    points: int = Field(default=0)
    reached_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint("points >= 0", name="period_score_points_valid"),
        sa.CheckConstraint("period IN ('day', 'month')", name="period_score_period_valid"),
        sa.Index(
            "ix_period_scores_board",
            "scope",
            "period",
            "starts",
            sa.text("points DESC"),
            "reached_at",
            "user_id",
        ),
    )


class PeriodBucket(SQLModel, table=True):
    """How many users of a scope have exactly `points` in one local day or month."""

    __tablename__ = "period_buckets"

    scope: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    period: str = Field(sa_column=sa.Column(sa.String(8), primary_key=True))
    starts: date = Field(sa_column=sa.Column(sa.Date, primary_key=True))
    points: int = Field(sa_column=sa.Column(sa.Integer, primary_key=True, autoincrement=False))
    users: int = Field(default=0)

    __table_args__ = (sa.CheckConstraint("users >= 0", name="period_bucket_users_valid"),)
