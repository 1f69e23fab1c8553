"""Data access for deliveries: the questions sent to chats, with the options as they showed them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from db.models import Answer, Delivery, Trigger
from db.raw import Sql, detached, raw


def create_delivery(
    session: Session,
    *,
    chat_id: int,
    question_id: int,
    user_id: int | None,
    option_order: list[int],
    shown_options: list[str],
    shown_correct: int,
    trigger: Trigger,
    now: datetime,
) -> Delivery:
    """Record a question about to be sent to a chat, with the options exactly as it shows them."""
    cursor = raw(session)
    values: dict[str, Any] = {
        "chat_id": chat_id,
        "question_id": question_id,
        "user_id": user_id,
        "option_order": option_order,
        "shown_options": shown_options,
        "shown_correct": shown_correct,
        "trigger": Trigger(trigger).value,  # a plain string from older callers works too
        "sent_at": now,
    }
    row = cursor.first(
        INSERT_DELIVERY,
        {
            **values,
            "option_order": cursor.json(option_order),
            "shown_options": cursor.json(shown_options),
            "sent_at": cursor.time(now),
        },
    )
    assert row is not None  # INSERT … RETURNING gives its row
    # The row as stored, not attached to the session: the caller only reads it.
    return detached(Delivery, {"id": int(row[0]), "message_id": None, "poll_id": None, **values})


# Every question sent runs these: plain SQL on the driver's cursor (see db/raw.py), no ORM
# object flushed or loaded (tests/bench/service_profile.py shows the split).
INSERT_DELIVERY = Sql(
    "INSERT INTO deliveries (chat_id, question_id, user_id, option_order, shown_options,"
    " shown_correct, trigger, sent_at) VALUES (:chat_id, :question_id, :user_id,"
    " :option_order, :shown_options, :shown_correct, :trigger, :sent_at) RETURNING id"
)
ATTACH_MESSAGE = Sql(
    "UPDATE deliveries SET message_id = :message_id, poll_id = :poll_id WHERE id = :delivery_id"
)


def attach_message(
    session: Session, delivery_id: int, *, message_id: int, poll_id: str | None = None
) -> None:
    """Remember which Telegram message (and poll) carries a delivery."""
    raw(session).run(
        ATTACH_MESSAGE,
        {"delivery_id": delivery_id, "message_id": message_id, "poll_id": poll_id},
    )


def withdraw_delivery(session: Session, delivery_id: int) -> bool:
    """Delete a delivery never shown in Telegram and never answered; False if it was kept."""
    answered = select(Answer.id).where(Answer.delivery_id == delivery_id).exists()
    deleted = session.execute(
        sa.delete(Delivery).where(
            col(Delivery.id) == delivery_id,
            col(Delivery.message_id).is_(None),
            col(Delivery.poll_id).is_(None),
            ~answered,
        )
    )
    return bool(deleted.rowcount)  # type: ignore[attr-defined]


LAST_DELIVERED = Sql(
    "SELECT question_id FROM deliveries WHERE chat_id = :chat_id ORDER BY id DESC LIMIT 1"
)
LAST_DELIVERED_TO_USER = Sql(
    "SELECT question_id FROM deliveries WHERE chat_id = :chat_id AND user_id = :user_id"
    " ORDER BY id DESC LIMIT 1"
)


def last_delivered_question(session: Session, *, chat_id: int, user_id: int | None) -> int | None:
    """Return the question most recently sent to this player in this chat (or to the chat)."""
    if user_id is None:
        row = raw(session).first(LAST_DELIVERED, {"chat_id": chat_id})
    else:
        row = raw(session).first(LAST_DELIVERED_TO_USER, {"chat_id": chat_id, "user_id": user_id})
    return None if row is None else int(row[0])


_DELIVERED = (
    "SELECT d.question_id, max(d.id) FROM deliveries d JOIN questions q ON q.id = d.question_id"
    " WHERE q.set_id = :set_id AND "
)
DELIVERED_TO_USER = Sql(_DELIVERED + "d.user_id = :user_id GROUP BY d.question_id")
DELIVERED_TO_CHAT = Sql(_DELIVERED + "d.chat_id = :chat_id GROUP BY d.question_id")


def delivered_question_ids(
    session: Session, *, set_id: int, chat_id: int | None, user_id: int | None
) -> dict[int, int]:
    """Map each question of the set sent to the user (or the chat) to its last delivery id."""
    if user_id is None:
        rows = raw(session).run(DELIVERED_TO_CHAT, {"set_id": set_id, "chat_id": chat_id})
    else:
        rows = raw(session).run(DELIVERED_TO_USER, {"set_id": set_id, "user_id": user_id})
    return {int(qid): int(last or 0) for qid, last in rows.fetchall()}
