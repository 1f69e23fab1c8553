"""The daily question: chats' and channels' subscriptions, the day ledger, channel polls."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.models.columns import id_column, key_column, time_column


class DailySubscription(SQLModel, table=True):
    """A chat's daily question: local time, IANA zone and the next due instant in UTC."""

    __tablename__ = "daily_subscriptions"

    id: int | None = Field(default=None, primary_key=True)
    chat_id: int = Field(
        sa_column=sa.Column(sa.BigInteger, sa.ForeignKey("chats.id"), nullable=False, unique=True)
    )
    local_time: str = Field(max_length=5)
    timezone: str = Field(max_length=64)
    next_due_at: datetime = time_column()
    active: bool = Field(default=True)
    created_at: datetime = time_column()
    updated_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint(
            "length(local_time) = 5 AND substr(local_time, 3, 1) = ':'",
            name="daily_local_time_format",
        ),
        sa.Index("ix_daily_due", "active", "next_due_at"),
    )


class DailyDelivery(SQLModel, table=True):
    """One day's daily question for a subscription: written before sending, finished after."""

    __tablename__ = "daily_deliveries"

    id: int | None = Field(default=None, primary_key=True)
    subscription_id: int = Field(foreign_key="daily_subscriptions.id")
    local_date: date
    status: str = Field(default="pending", max_length=16)
    delivery_id: int | None = Field(default=None, foreign_key="deliveries.id")
    attempts: int = Field(default=0)
    error: str | None = Field(default=None, max_length=200)
    created_at: datetime = time_column()
    finished_at: datetime | None = time_column(nullable=True)
    # When a dispatcher last started sending this day: another process leaves it alone until
    # the lease runs out, so two processes never send the same day at once.
    claimed_at: datetime | None = time_column(nullable=True)

    __table_args__ = (
        sa.UniqueConstraint("subscription_id", "local_date", name="daily_once_per_local_day"),
        sa.CheckConstraint(
            "status IN ('pending', 'sent', 'failed', 'skipped')", name="daily_status_valid"
        ),
        sa.Index("ix_daily_deliveries_status", "status"),
        # A correct daily answer looks its day up by delivery; one delivery carries one day.
        sa.Index("ux_daily_deliveries_delivery", "delivery_id", unique=True),
    )


class ChannelLink(SQLModel, table=True):
    """A channel a bot admin linked with /channel; its daily poll is a daily_subscriptions row."""

    __tablename__ = "channel_links"

    chat_id: int = key_column("chats.id")
    # The public @name without "@", lower-cased: how /channel @name off finds it again even
    # after the bot lost access to the channel.
    username: str | None = Field(default=None, max_length=64, unique=True)
    linked_by: int = id_column()
    created_at: datetime = time_column()


class PollResult(SQLModel, table=True):
    """The latest vote counts Telegram reported for an anonymous (channel) quiz poll."""

    __tablename__ = "poll_results"

    delivery_id: int = Field(
        sa_column=sa.Column(
            sa.Integer, sa.ForeignKey("deliveries.id"), primary_key=True, autoincrement=False
        )
    )
    # Voters per option, in the order shown.
    voter_counts: list[int] = Field(sa_column=sa.Column(sa.JSON, nullable=False))
    total_voters: int = Field(default=0)
    updated_at: datetime = time_column()

    __table_args__ = (sa.CheckConstraint("total_voters >= 0", name="poll_result_total_valid"),)
