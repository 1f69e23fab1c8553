"""Data access for linked channels and the vote counts of their anonymous quiz polls."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col

from db.daily_ledger import SENT
from db.models import (
    ChannelLink,
    Chat,
    DailyDelivery,
    DailySubscription,
    Delivery,
    PollResult,
    QuestionRow,
    UTCDateTime,
)

CHANNEL = "channel"


@dataclass(frozen=True)
class LinkedRow:
    """A linked channel with its daily schedule."""

    chat_id: int
    title: str | None
    username: str | None
    local_time: str
    timezone: str
    next_due_at: datetime


@dataclass(frozen=True)
class PreviousPost:
    """A channel's last daily poll: the right answer as shown and how people voted."""

    local_date: date
    question: str
    answer: str
    voters: int
    correct_voters: int


def save_link(
    session: Session, *, chat_id: int, username: str | None, linked_by: int, now: datetime
) -> None:
    """Link a channel (again): who linked it, and the @name it is found by."""
    if username is not None:
        # The @name moved to this channel: an older link keeps its chat but loses the name.
        session.execute(
            sa.update(ChannelLink)
            .where(col(ChannelLink.username) == username, col(ChannelLink.chat_id) != chat_id)
            .values(username=None)
        )
    link = session.get(ChannelLink, chat_id)
    if link is None:
        link = ChannelLink(chat_id=chat_id, username=username, linked_by=linked_by, created_at=now)
    link.username, link.linked_by = username, linked_by
    session.add(link)
    session.flush()


def delete_link(session: Session, chat_id: int) -> None:
    """Forget a channel's link (its subscription is turned off separately)."""
    session.execute(sa.delete(ChannelLink).where(col(ChannelLink.chat_id) == chat_id))


def linked_channels(session: Session) -> list[LinkedRow]:
    """Return every linked channel whose daily poll is on, by title."""
    rows = session.execute(
        sa.select(
            col(Chat.id),
            col(Chat.title),
            col(ChannelLink.username),
            col(DailySubscription.local_time),
            col(DailySubscription.timezone),
            col(DailySubscription.next_due_at),
        )
        .join(Chat, col(Chat.id) == col(ChannelLink.chat_id))
        .join(DailySubscription, col(DailySubscription.chat_id) == col(ChannelLink.chat_id))
        .where(col(DailySubscription.active))
        .order_by(col(Chat.title), col(Chat.id))
    )
    return [LinkedRow(*row) for row in rows]


CHANNEL_DELIVERY = sa.text(
    "SELECT d.id FROM deliveries d JOIN chats c ON c.id = d.chat_id"
    " WHERE d.poll_id = :poll_id AND c.type = 'channel'"
)
UPSERT_RESULT = sa.text(
    "INSERT INTO poll_results (delivery_id, voter_counts, total_voters, updated_at)"
    " VALUES (:delivery_id, :counts, :total, :now)"
    " ON CONFLICT (delivery_id) DO UPDATE SET voter_counts = excluded.voter_counts,"
    " total_voters = excluded.total_voters, updated_at = excluded.updated_at"
    # A quiz poll's votes cannot be taken back, so a smaller count is an older update that
    # arrived late: it must not overwrite the newer one.
    " WHERE poll_results.total_voters <= excluded.total_voters"
).bindparams(sa.bindparam("now", type_=UTCDateTime()), sa.bindparam("counts", type_=sa.JSON()))


def save_poll_result(
    session: Session, *, poll_id: str, counts: list[int], total: int, now: datetime
) -> bool:
    """Store the latest counts of a channel's quiz poll; False if it is not one."""
    delivery_id = session.execute(CHANNEL_DELIVERY, {"poll_id": poll_id}).scalar_one_or_none()
    if delivery_id is None:
        return False
    session.execute(
        UPSERT_RESULT, {"delivery_id": delivery_id, "counts": counts, "total": total, "now": now}
    )
    return True


def previous_post(session: Session, subscription_id: int, before: date) -> PreviousPost | None:
    """Return the subscription's latest poll sent before `before`, with its vote counts."""
    row = session.execute(
        sa.select(
            col(DailyDelivery.local_date),
            col(QuestionRow.text),
            col(QuestionRow.options),
            col(QuestionRow.correct_index),
            col(Delivery.shown_options),
            col(Delivery.shown_correct),
            col(PollResult.voter_counts),
            col(PollResult.total_voters),
        )
        .join(Delivery, col(Delivery.id) == col(DailyDelivery.delivery_id))
        .join(QuestionRow, col(QuestionRow.id) == col(Delivery.question_id))
        .outerjoin(PollResult, col(PollResult.delivery_id) == col(Delivery.id))
        .where(
            col(DailyDelivery.subscription_id) == subscription_id,
            col(DailyDelivery.local_date) < before,
            col(DailyDelivery.status) == SENT,
        )
        .order_by(col(DailyDelivery.local_date).desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    local_date, text, options, correct_index, shown, shown_correct, counts, total = row
    if shown is not None and shown_correct is not None:
        answer, position = shown[shown_correct], shown_correct
    else:
        answer, position = options[correct_index], None
    right = counts[position] if counts and position is not None and position < len(counts) else 0
    return PreviousPost(local_date, text, answer, int(total or 0), int(right))
