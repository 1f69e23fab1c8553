"""Data access for daily questions: subscriptions and the one-row-per-local-day ledger."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select, update

from db.models import (
    Chat,
    DailyDelivery,
    DailySubscription,
    Delivery,
    Question,
    QuestionSet,
    User,
)

PENDING = "pending"
SENT = "sent"
FAILED = "failed"
SKIPPED = "skipped"


def get_subscription(session: Session, chat_id: int) -> DailySubscription | None:
    """Return the chat's subscription (active or not), or None."""
    return session.exec(
        select(DailySubscription).where(DailySubscription.chat_id == chat_id)
    ).first()


def save_subscription(
    session: Session,
    *,
    chat_id: int,
    local_time: str,
    timezone: str,
    next_due_at: datetime,
    now: datetime,
) -> DailySubscription:
    """Create or update the chat's subscription and make it active."""
    sub = get_subscription(session, chat_id)
    if sub is None:
        sub = DailySubscription(
            chat_id=chat_id,
            local_time=local_time,
            timezone=timezone,
            next_due_at=next_due_at,
            created_at=now,
            updated_at=now,
        )
    sub.local_time = local_time
    sub.timezone = timezone
    sub.next_due_at = next_due_at
    sub.active = True
    sub.updated_at = now
    session.add(sub)
    session.flush()
    return sub


def deactivate_subscription(session: Session, chat_id: int, now: datetime) -> bool:
    """Turn the chat's subscription off; return False if it was not on."""
    sub = get_subscription(session, chat_id)
    if sub is None or not sub.active:
        return False
    sub.active = False
    sub.updated_at = now
    session.add(sub)
    return True


def due_subscriptions(
    session: Session, *, now: datetime, limit: int
) -> list[tuple[DailySubscription, Chat, User | None]]:
    """Return active subscriptions due by `now`, earliest first, with their chat and user."""
    # The user row exists only for private chats, whose id is the user's id.
    query = (
        select(DailySubscription, Chat, User)
        .join(Chat, col(Chat.id) == col(DailySubscription.chat_id))
        .outerjoin(User, col(User.id) == col(DailySubscription.chat_id))
        .where(col(DailySubscription.active).is_(True), col(DailySubscription.next_due_at) <= now)
        .order_by(col(DailySubscription.next_due_at), col(DailySubscription.id))
        .limit(limit)
    )
    return [(sub, chat, user) for sub, chat, user in session.exec(query)]


def days_of(
    session: Session, subscription_ids: Sequence[int], local_dates: Sequence[date]
) -> dict[tuple[int, date], DailyDelivery]:
    """Return the ledger rows of these subscriptions on these local dates, by (id, date)."""
    if not subscription_ids:
        return {}
    rows = session.exec(
        select(DailyDelivery).where(
            col(DailyDelivery.subscription_id).in_(set(subscription_ids)),
            col(DailyDelivery.local_date).in_(set(local_dates)),
        )
    )
    return {(row.subscription_id, row.local_date): row for row in rows}


def add_daily_delivery(
    session: Session,
    *,
    subscription_id: int,
    local_date: date,
    status: str,
    now: datetime,
    attempts: int = 0,
) -> DailyDelivery:
    """Write the ledger row of a subscription's local day (UNIQUE per subscription and day)."""
    row = DailyDelivery(
        subscription_id=subscription_id,
        local_date=local_date,
        status=status,
        attempts=attempts,
        created_at=now,
        finished_at=None if status == PENDING else now,
    )
    session.add(row)
    return row


def unfinished_daily_deliveries(
    session: Session,
) -> list[tuple[DailyDelivery, DailySubscription, Chat, User | None, Delivery | None]]:
    """Return every pending ledger row with its subscription, chat, user and delivery."""
    # Five entities: more than sqlmodel's select() is typed for, so SQLAlchemy's own.
    query = (
        sa.select(DailyDelivery, DailySubscription, Chat, User, Delivery)
        .join(DailySubscription, col(DailySubscription.id) == col(DailyDelivery.subscription_id))
        .join(Chat, col(Chat.id) == col(DailySubscription.chat_id))
        .outerjoin(User, col(User.id) == col(DailySubscription.chat_id))
        .outerjoin(Delivery, col(Delivery.id) == col(DailyDelivery.delivery_id))
        .where(col(DailyDelivery.status) == PENDING)
        .order_by(col(DailyDelivery.id))
    )
    return [(r[0], r[1], r[2], r[3], r[4]) for r in session.execute(query)]


def link_delivery(session: Session, daily_id: int, delivery_id: int) -> None:
    """Record which delivery carries a day's daily question (before it is sent)."""
    session.exec(
        update(DailyDelivery)
        .where(col(DailyDelivery.id) == daily_id)
        .values(delivery_id=delivery_id)
    )


def finish_daily_deliveries(
    session: Session, finished: Sequence[tuple[int, str, str | None]], *, now: datetime
) -> None:
    """Close many ledger rows at once: (daily id, status, error) each."""
    if finished:
        session.execute(
            update(DailyDelivery),
            [
                {"id": i, "status": status, "error": error, "finished_at": now}
                for i, status, error in finished
            ],
        )


def attach_messages(session: Session, attached: Sequence[tuple[int, int, str | None]]) -> None:
    """Store (delivery id, message id, poll id) for many deliveries at once."""
    if attached:
        session.execute(
            update(Delivery),
            [{"id": d, "message_id": m, "poll_id": p} for d, m, p in attached],
        )


def delivery_question(
    session: Session, delivery_id: int
) -> tuple[Delivery, Question, QuestionSet] | None:
    """Return a delivery with its question and set, to show the same question again."""
    row = session.exec(
        select(Delivery, Question, QuestionSet)
        .join(Question, col(Question.id) == col(Delivery.question_id))
        .join(QuestionSet, col(QuestionSet.id) == col(Question.set_id))
        .where(Delivery.id == delivery_id)
    ).first()
    return None if row is None else (row[0], row[1], row[2])


def move_subscription(session: Session, old_chat_id: int, new_chat_id: int, now: datetime) -> None:
    """Point a chat's subscription at its new id (a group that became a supergroup)."""
    old = get_subscription(session, old_chat_id)
    if old is None:
        return
    if get_subscription(session, new_chat_id) is not None:
        # The new chat already chose its own schedule: keep that one, retire the old.
        old.active = False
    else:
        old.chat_id = new_chat_id
    old.updated_at = now
    session.add(old)


def move_delivery(session: Session, delivery_id: int, new_chat_id: int) -> None:
    """Point an in-flight delivery at the chat's new id, so its answers score there."""
    session.exec(
        update(Delivery).where(col(Delivery.id) == delivery_id).values(chat_id=new_chat_id)
    )
