"""Data access for the deliveries carrying daily questions: sent, shown again, unlinked, moved."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, update

from db.models import Answer, DailyDelivery, Delivery, QuestionRow, QuestionSetRow


@dataclass(frozen=True)
class PickedQuestion:
    """What a delivery showed: the question, its options in the order shown, and the set."""

    delivery_id: int
    option_order: list[int]
    question_id: int
    text: str
    options: list[str]
    correct_index: int
    explanation: str | None
    set_slug: str
    set_title: str
    shown_options: list[str] | None  # None before revision 0005_shown
    shown_correct: int | None
    retired: bool


def attach_messages(
    session: Session, attached: Sequence[tuple[int, int, str | None]], *, now: datetime
) -> None:
    """Store (delivery id, message id, poll id) for many sent deliveries at once."""
    if attached:
        # A daily question is picked ahead: it was sent now, not when it was picked.
        session.execute(
            update(Delivery),
            [{"id": d, "message_id": m, "poll_id": p, "sent_at": now} for d, m, p in attached],
        )


def delivery_questions(session: Session, delivery_ids: Sequence[int]) -> dict[int, PickedQuestion]:
    """Return what these deliveries showed, by delivery id, to show it again."""
    if not delivery_ids:
        return {}
    rows = session.execute(
        sa.select(
            col(Delivery.id),
            col(Delivery.option_order),
            col(QuestionRow.id),
            col(QuestionRow.text),
            col(QuestionRow.options),
            col(QuestionRow.correct_index),
            col(QuestionRow.explanation),
            col(QuestionSetRow.slug),
            col(QuestionSetRow.title),
            col(Delivery.shown_options),
            col(Delivery.shown_correct),
            col(QuestionRow.retired_at).is_not(None),
        )
        .join(QuestionRow, col(QuestionRow.id) == col(Delivery.question_id))
        .join(QuestionSetRow, col(QuestionSetRow.id) == col(QuestionRow.set_id))
        .where(col(Delivery.id).in_(set(delivery_ids)))
    )
    return {int(row[0]): PickedQuestion(*row) for row in rows}


def unlink_unsent(session: Session, links: Sequence[tuple[int, int]]) -> None:
    """Unlink (daily id, delivery id) pairs never sent, and delete those deliveries."""
    if not links:
        return
    session.execute(
        update(DailyDelivery), [{"id": daily_id, "delivery_id": None} for daily_id, _ in links]
    )
    # Never sent, so nobody saw them; the guards keep any that were sent or answered after all.
    answered = sa.select(col(Answer.delivery_id)).where(col(Answer.delivery_id) == col(Delivery.id))
    session.exec(
        sa.delete(Delivery).where(
            col(Delivery.id).in_([delivery_id for _, delivery_id in links]),
            col(Delivery.message_id).is_(None),
            ~answered.exists(),
        )
    )


def move_delivery(session: Session, delivery_id: int, new_chat_id: int) -> None:
    """Point an in-flight delivery at the chat's new id, so its answers score there."""
    session.exec(
        update(Delivery).where(col(Delivery.id) == delivery_id).values(chat_id=new_chat_id)
    )
