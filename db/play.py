"""Data access for play: deliveries, answers and reviews (the scores are in db/scores.py)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.models import (
    Answer,
    Chat,
    DailyDelivery,
    Delivery,
    QuestionRow,
    Trigger,
    User,
    UTCDateTime,
    table_of,
)
from db.scores import ScoreLine, add_to_score


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
    delivery = Delivery(
        chat_id=chat_id,
        question_id=question_id,
        user_id=user_id,
        option_order=option_order,
        shown_options=shown_options,
        shown_correct=shown_correct,
        trigger=Trigger(trigger).value,  # a plain string from older callers works too
        sent_at=now,
    )
    session.add(delivery)
    session.flush()
    return delivery


# Every question sent runs this once, in its own transaction: one UPDATE, no ORM load and
# flush (the benchmark measured about 1 ms saved per question; tests/bench/service_profile.py).
ATTACH_MESSAGE = sa.text(
    "UPDATE deliveries SET message_id = :message_id, poll_id = :poll_id WHERE id = :delivery_id"
)


def attach_message(
    session: Session, delivery_id: int, *, message_id: int, poll_id: str | None = None
) -> None:
    """Remember which Telegram message (and poll) carries a delivery."""
    session.execute(
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


def last_delivered_question(session: Session, *, chat_id: int, user_id: int | None) -> int | None:
    """Return the question most recently sent to this player in this chat (or to the chat)."""
    query = select(Delivery.question_id).where(Delivery.chat_id == chat_id)
    if user_id is not None:
        query = query.where(Delivery.user_id == user_id)
    return session.exec(query.order_by(col(Delivery.id).desc()).limit(1)).first()


def delivered_question_ids(
    session: Session, *, set_id: int, chat_id: int | None, user_id: int | None
) -> dict[int, int]:
    """Map each question of the set sent to the user (or the chat) to its last delivery id."""
    query = (
        select(Delivery.question_id, func.max(Delivery.id))
        .join(QuestionRow, col(QuestionRow.id) == col(Delivery.question_id))
        .where(QuestionRow.set_id == set_id)
        .group_by(col(Delivery.question_id))
    )
    if user_id is not None:
        query = query.where(Delivery.user_id == user_id)
    else:
        query = query.where(Delivery.chat_id == chat_id)
    return {qid: int(last or 0) for qid, last in session.exec(query)}


# --- next question: the reads and writes of every /quiz and "Next question" press ---------
# Prebuilt statements returning plain values, not ORM objects: these run once per question
# sent, and loading every question and review card of the set as objects cost several ms per
# question (tests/bench/service_profile.py shows the split).

LIVE_QUESTION_SOURCES = sa.text(
    "SELECT id, source_sentence, explanation FROM questions"
    # A question paused by players' flags is not served until an admin has looked at it.
    " WHERE set_id = :set_id AND retired_at IS NULL AND paused_at IS NULL ORDER BY position"
)


def live_question_sources(
    session: Session, set_id: int
) -> list[tuple[int, str | None, str | None]]:
    """Return (id, source sentence, explanation) of the set's live questions, in file order."""
    rows = session.execute(LIVE_QUESTION_SOURCES, {"set_id": set_id})
    return [(int(question_id), source, explanation) for question_id, source, explanation in rows]


REVIEW_QUEUE = sa.text(
    "SELECT r.question_id, r.due_at <= :now FROM reviews r"
    " JOIN questions q ON q.id = r.question_id"
    " WHERE r.user_id = :user_id AND q.set_id = :set_id AND q.retired_at IS NULL"
    " AND q.paused_at IS NULL"
    " ORDER BY r.due_at, r.question_id"
).bindparams(sa.bindparam("now", type_=UTCDateTime()))


def review_queue(
    session: Session, *, user_id: int, set_id: int, now: datetime
) -> list[tuple[int, bool]]:
    """Return (question id, due now) for the user's review cards of this set, earliest first.

    Every card of the set's live questions with whether it is due, earliest due first.
    """
    rows = session.execute(REVIEW_QUEUE, {"user_id": user_id, "set_id": set_id, "now": now})
    return [(int(question_id), bool(due)) for question_id, due in rows]


SELECT_CARD = sa.text(
    "SELECT card FROM reviews WHERE user_id = :user_id AND question_id = :question_id"
).columns(card=sa.JSON())
UPSERT_CARD = sa.text(
    "INSERT INTO reviews (user_id, question_id, card, due_at, last_correct)"
    " VALUES (:user_id, :question_id, :card, :due_at, :last_correct)"
    " ON CONFLICT (user_id, question_id) DO UPDATE SET"
    " card = excluded.card, due_at = excluded.due_at, last_correct = excluded.last_correct"
).bindparams(
    sa.bindparam("card", type_=sa.JSON()),
    sa.bindparam("due_at", type_=UTCDateTime()),
    sa.bindparam("last_correct", type_=sa.Boolean()),
)


def review_card(session: Session, *, user_id: int, question_id: int) -> dict[str, Any] | None:
    """Return the user's stored fsrs card for a question, or None."""
    card = session.execute(
        SELECT_CARD, {"user_id": user_id, "question_id": question_id}
    ).scalar_one_or_none()
    return dict(card) if card is not None else None


def save_review(
    session: Session,
    *,
    user_id: int,
    question_id: int,
    card: dict[str, Any],
    due_at: datetime,
    last_correct: bool,
) -> None:
    """Store the user's review card for a question."""
    session.execute(
        UPSERT_CARD,
        {
            "user_id": user_id,
            "question_id": question_id,
            "card": card,
            "due_at": due_at,
            "last_correct": last_correct,
        },
    )


@dataclass(frozen=True)
class AnswerContext:
    """What judging an answer needs about its delivery, question and chat, in one read."""

    delivery_id: int
    chat_id: int
    chat_type: str
    user_id: int | None
    trigger: Trigger
    option_order: list[int]
    question_id: int
    text: str
    options: list[str]
    correct_index: int
    explanation: str | None
    source: str | None
    # What the delivery showed (None before revision 0005_shown), and when each last changed.
    shown_options: list[str] | None
    shown_correct: int | None
    sent_at: datetime
    question_updated_at: datetime


def _answer_context_query(*, by_poll: bool) -> Any:
    """Build the SELECT of answer_context, keyed by delivery id or by poll id (:key)."""
    d, q, c = (
        table_of(Delivery).c,
        table_of(QuestionRow).c,
        table_of(Chat).c,
    )
    query = (
        sa.select(
            d.id,
            d.chat_id,
            c.type,
            d.user_id,
            d.trigger,
            d.option_order,
            q.id,
            q.text,
            q.options,
            q.correct_index,
            q.explanation,
            q.source_sentence,
            d.shown_options,
            d.shown_correct,
            d.sent_at,
            q.updated_at,
        )
        .join(table_of(QuestionRow), q.id == d.question_id)
        .join(table_of(Chat), c.id == d.chat_id)
    )
    key: sa.BindParameter[Any] = sa.bindparam("key")
    return query.where(d.poll_id == key) if by_poll else query.where(d.id == key)


# Built once, like the other answer-path statements: building the SELECT (and its cache key)
# on every answer cost about as much as running it.
ANSWER_CONTEXT_BY_ID = _answer_context_query(by_poll=False)
ANSWER_CONTEXT_BY_POLL = _answer_context_query(by_poll=True)


def answer_context(
    session: Session, *, delivery_id: int | None = None, poll_id: str | None = None
) -> AnswerContext | None:
    """Load a delivery (by id or poll id) with its question and chat type, or None."""
    if poll_id is None:
        row = session.execute(ANSWER_CONTEXT_BY_ID, {"key": delivery_id}).first()
    else:
        row = session.execute(ANSWER_CONTEXT_BY_POLL, {"key": poll_id}).first()
    if row is None:
        return None
    found = AnswerContext(*row)
    return replace(found, trigger=Trigger(found.trigger))  # the column holds its plain value


def get_answer(session: Session, *, delivery_id: int, user_id: int) -> Answer | None:
    """Return the user's answer to a delivery, if any."""
    return session.exec(
        select(Answer).where(Answer.delivery_id == delivery_id, Answer.user_id == user_id)
    ).first()


@dataclass(frozen=True)
class RecordedAnswer:
    """An answer as stored, with the player's totals in the scope it was asked in."""

    answer_id: int
    points: int
    score: ScoreLine


class AlreadyAnswered(Exception):
    """Raised when the user has answered this delivery before; the database refused a second."""


def _now_param() -> sa.BindParameter[datetime]:
    """Bind `now` through the UTC column type, as the ORM would."""
    return sa.bindparam("now", type_=UTCDateTime())


# Hand-written SQL for the answer path: each statement is built once, and both SQLite and
# PostgreSQL accept INSERT … ON CONFLICT … RETURNING in this form.
INSERT_ANSWER = sa.text(
    "INSERT INTO answers (delivery_id, user_id, question_id, scope, chosen_index, correct,"
    " points, answered_at)"
    " SELECT :delivery_id, :user_id, :question_id, :scope, :chosen_index, :correct,"
    " CASE WHEN :may_score AND :correct AND NOT EXISTS (SELECT 1 FROM answers a"
    " WHERE a.user_id = :user_id AND a.question_id = :question_id AND a.points > 0)"
    " THEN 1 ELSE 0 END, :now"
    " WHERE true ON CONFLICT DO NOTHING RETURNING id, points"
).bindparams(
    _now_param(),
    sa.bindparam("correct", type_=sa.Boolean()),
    sa.bindparam("may_score", type_=sa.Boolean()),
)


def _insert_answer(session: Session, values: dict[str, Any], *, may_score: bool) -> Any:
    """Insert an answer unless a unique rule refuses it; return (id, points) or None."""
    return session.execute(INSERT_ANSWER, {**values, "may_score": may_score}).first()


def record_answer(
    session: Session,
    *,
    delivery_id: int,
    question_id: int,
    user_id: int,
    chosen_index: int,
    correct: bool,
    scope: int,
    counted_in: tuple[int, ...],
    now: datetime,
    default_zone: str = "UTC",
) -> RecordedAnswer:
    """Store a user's first answer to a delivery and update their scores; raise AlreadyAnswered.

    `scope` is where the question was asked: it is stored on the answer, and its totals are
    returned. `counted_in` is every score the answer adds to, `scope` among them.
    """
    values: dict[str, Any] = {
        "delivery_id": delivery_id,
        "user_id": user_id,
        "question_id": question_id,
        "scope": scope,
        "chosen_index": chosen_index,
        "correct": correct,
        "now": now,
    }
    # The unique rules decide: a second answer to the delivery is refused, and so is a second
    # scoring answer to the question (a race on PostgreSQL) - that one is stored as practice.
    row = _insert_answer(session, values, may_score=True)
    if row is None:
        if get_answer(session, delivery_id=delivery_id, user_id=user_id) is not None:
            raise AlreadyAnswered
        row = _insert_answer(session, values, may_score=False)
        if row is None:
            raise AlreadyAnswered
    answer_id, points = int(row[0]), int(row[1])
    scores = {
        each: add_to_score(
            session,
            scope=each,
            user_id=user_id,
            correct=correct,
            points=points,
            now=now,
            default_zone=default_zone,
        )
        for each in counted_in
    }
    return RecordedAnswer(answer_id=answer_id, points=points, score=scores[scope])


def daily_date_of(session: Session, delivery_id: int) -> date | None:
    """Return the subscriber's local date a daily delivery was sent for, or None."""
    row = session.exec(
        select(DailyDelivery).where(DailyDelivery.delivery_id == delivery_id)
    ).first()
    return row.local_date if row is not None else None


def advance_daily_streak(session: Session, *, user_id: int, local_date: date) -> None:
    """Count a correct daily answer: consecutive local days extend the streak, a gap resets it."""
    user = session.get(User, user_id)
    if user is None or user.last_daily_date == local_date:
        return
    if user.last_daily_date is not None and user.last_daily_date > local_date:
        return  # an older day's question answered late cannot extend today's streak
    yesterday = local_date - timedelta(days=1)
    user.daily_streak = user.daily_streak + 1 if user.last_daily_date == yesterday else 1
    user.best_daily_streak = max(user.best_daily_streak, user.daily_streak)
    user.last_daily_date = local_date
    session.add(user)
