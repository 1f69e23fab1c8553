"""The bot's own bookkeeping: admins' jobs, the chats of a broadcast, the update inbox."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Field, SQLModel

from db.models.columns import id_column, time_column


class AdminJob(SQLModel, table=True):
    """An admin's import or broadcast, recorded before it starts so a restart can resume it."""

    __tablename__ = "admin_jobs"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    admin_id: int = id_column()
    chat_id: int = id_column()
    # The message that shows the job's progress ("📣 Sending to 200 chats…"), once sent.
    status_message_id: int | None = id_column(nullable=True)
    # What the job needs to run again: the broadcast text, or the upload's file id and name.
    payload: dict[str, Any] = Field(
        default_factory=dict, sa_column=sa.Column(sa.JSON, nullable=False)
    )
    total: int = Field(default=0)
    progress: int = Field(default=0)
    state: str = Field(default="running", max_length=16)
    created_at: datetime = time_column()
    updated_at: datetime = time_column()

    __table_args__ = (
        sa.CheckConstraint("kind IN ('import', 'broadcast')", name="admin_job_kind_valid"),
        sa.CheckConstraint(
            "state IN ('running', 'done', 'interrupted')", name="admin_job_state_valid"
        ),
        sa.CheckConstraint("progress >= 0 AND progress <= total", name="admin_job_progress_valid"),
        sa.Index("ix_admin_jobs_state", "state"),
    )


class BroadcastRecipient(SQLModel, table=True):
    """One chat of a broadcast: written before sending, its result once Telegram answered."""

    __tablename__ = "broadcast_recipients"

    job_id: int = Field(
        sa_column=sa.Column(
            sa.Integer,
            sa.ForeignKey("admin_jobs.id", ondelete="CASCADE"),
            primary_key=True,
            autoincrement=False,
        )
    )
    chat_id: int = Field(sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False))
    result: str | None = Field(default=None, max_length=16)

    __table_args__ = (
        sa.CheckConstraint(
            "result IS NULL OR result IN ('sent', 'blocked', 'failed')",
            name="broadcast_result_valid",
        ),
    )


class InboxUpdate(SQLModel, table=True):
    """A raw Telegram update, stored before Telegram is told it arrived; done once handled."""

    __tablename__ = "inbox_updates"

    update_id: int = Field(
        sa_column=sa.Column(sa.BigInteger, primary_key=True, autoincrement=False)
    )
    # The update as Telegram sent it (JSON text), to handle it again after a crash.
    payload: str = Field(sa_column=sa.Column(sa.Text, nullable=False))
    # The process handling it (a random id; on PostgreSQL an advisory lock says it is alive).
    owner: int = Field(sa_column=sa.Column(sa.BigInteger, nullable=False))
    received_at: datetime = time_column()
    done_at: datetime | None = time_column(nullable=True)

    __table_args__ = (sa.Index("ix_inbox_updates_done_at", "done_at"),)
