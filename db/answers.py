"""Data access for answers: the context judging one needs, storing it and its score, streaks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlmodel import Session

from db.models import Trigger
from db.raw import Sql, raw, read_day, read_json, read_time
from db.scores import ScoreLine, add_to_score


@dataclass(frozen=True)
class AnswerContext:
    """What judging an answer needs, in one read: delivery, question, chat, the player's card."""

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
    # The answering player's stored fsrs card for the question (None: never reviewed).
    card: dict[str, Any] | None = None
    # The subscriber's local date of a daily delivery (None: not a daily question).
    daily_date: date | None = None


# Every answer starts with this one read (the answer's delivery, its question and chat, the
# player's review card and the daily day it belongs to), keyed by delivery id or by poll id.
_ANSWER_CONTEXT = (
    "SELECT d.id, d.chat_id, c.type, d.user_id, d.trigger, d.option_order, q.id, q.text,"
    " q.options, q.correct_index, q.explanation, q.source_sentence, d.shown_options,"
    " d.shown_correct, d.sent_at, q.updated_at, r.card, dd.local_date"
    " FROM deliveries d JOIN questions q ON q.id = d.question_id"
    " JOIN chats c ON c.id = d.chat_id"
    " LEFT JOIN reviews r ON r.user_id = :player AND r.question_id = d.question_id"
    " LEFT JOIN daily_deliveries dd ON dd.delivery_id = d.id"
)
ANSWER_CONTEXT_BY_ID = Sql(_ANSWER_CONTEXT + " WHERE d.id = :key")
ANSWER_CONTEXT_BY_POLL = Sql(_ANSWER_CONTEXT + " WHERE d.poll_id = :key")


def answer_context(
    session: Session,
    *,
    player_id: int,
    delivery_id: int | None = None,
    poll_id: str | None = None,
) -> AnswerContext | None:
    """Load a delivery (by id or poll id) with its question, chat type and the player's card."""
    cursor = raw(session)
    if poll_id is None:
        row = cursor.first(ANSWER_CONTEXT_BY_ID, {"key": delivery_id, "player": player_id})
    else:
        row = cursor.first(ANSWER_CONTEXT_BY_POLL, {"key": poll_id, "player": player_id})
    if row is None:
        return None
    (did, chat_id, chat_type, user_id, trigger, order, qid, text, options, correct_index) = row[:10]
    explanation, source, shown_options, shown_correct, sent_at, updated_at, card, day = row[10:]
    return AnswerContext(
        delivery_id=int(did),
        chat_id=int(chat_id),
        chat_type=chat_type,
        user_id=None if user_id is None else int(user_id),
        trigger=Trigger(trigger),  # the column holds its plain value
        option_order=read_json(order),
        question_id=int(qid),
        text=text,
        options=read_json(options),
        correct_index=int(correct_index),
        explanation=explanation,
        source=source,
        shown_options=None if shown_options is None else read_json(shown_options),
        shown_correct=None if shown_correct is None else int(shown_correct),
        sent_at=read_time(sent_at),
        question_updated_at=read_time(updated_at),
        card=None if card is None else dict(read_json(card)),
        daily_date=read_day(day),
    )


ANSWERED = Sql("SELECT 1 FROM answers WHERE delivery_id = :delivery_id AND user_id = :user_id")


def has_answered(session: Session, *, delivery_id: int, user_id: int) -> bool:
    """Return True if the user has answered this delivery."""
    found = raw(session).first(ANSWERED, {"delivery_id": delivery_id, "user_id": user_id})
    return found is not None


@dataclass(frozen=True)
class RecordedAnswer:
    """An answer as stored, with the player's totals in the scope it was asked in."""

    answer_id: int
    points: int
    score: ScoreLine


class AlreadyAnswered(Exception):
    """Raised when the user has answered this delivery before; the database refused a second."""


# Hand-written SQL for the answer path: both SQLite and PostgreSQL accept
# INSERT … ON CONFLICT … RETURNING in this form.
INSERT_ANSWER = Sql(
    "INSERT INTO answers (delivery_id, user_id, question_id, scope, chosen_index, correct,"
    " points, answered_at)"
    " SELECT :delivery_id, :user_id, :question_id, :scope, :chosen_index, :correct,"
    " CASE WHEN :may_score AND :correct AND NOT EXISTS (SELECT 1 FROM answers a"
    " WHERE a.user_id = :user_id AND a.question_id = :question_id AND a.points > 0)"
    " THEN 1 ELSE 0 END, :now"
    " WHERE true ON CONFLICT DO NOTHING RETURNING id, points"
)


def _insert_answer(session: Session, values: dict[str, Any], *, may_score: bool) -> Any:
    """Insert an answer unless a unique rule refuses it; return (id, points) or None."""
    return raw(session).first(INSERT_ANSWER, {**values, "may_score": may_score})


def _answer_values(
    session: Session,
    delivery_id: int,
    user_id: int,
    question_id: int,
    scope: int,
    chosen_index: int,
    correct: bool,
    now: datetime,
) -> dict[str, Any]:
    """Return the parameters of INSERT_ANSWER for one answer."""
    return {
        "delivery_id": delivery_id,
        "user_id": user_id,
        "question_id": question_id,
        "scope": scope,
        "chosen_index": chosen_index,
        "correct": correct,
        "now": raw(session).time(now),
    }


def insert_answer(
    session: Session,
    *,
    delivery_id: int,
    user_id: int,
    question_id: int,
    scope: int,
    chosen_index: int,
    correct: bool,
    now: datetime,
) -> tuple[int, int] | None:
    """Store one answer (no score update); return (id, global points) or None if answered."""
    values = _answer_values(
        session, delivery_id, user_id, question_id, scope, chosen_index, correct, now
    )
    row = _insert_answer(session, values, may_score=True)
    return None if row is None else (int(row[0]), int(row[1]))


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
    values = _answer_values(
        session, delivery_id, user_id, question_id, scope, chosen_index, correct, now
    )
    # The unique rules decide: a second answer to the delivery is refused, and so is a second
    # scoring answer to the question (a race on PostgreSQL) - that one is stored as practice.
    row = _insert_answer(session, values, may_score=True)
    if row is None:
        if has_answered(session, delivery_id=delivery_id, user_id=user_id):
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


# Consecutive local days extend the streak, a gap resets it; an older day's question answered
# late, or today's answered twice, changes nothing.
ADVANCE_DAILY_STREAK = Sql(
    "UPDATE users SET"
    " daily_streak = CASE WHEN last_daily_date = :yesterday THEN daily_streak + 1 ELSE 1 END,"
    " best_daily_streak = CASE"
    " WHEN last_daily_date = :yesterday AND daily_streak + 1 > best_daily_streak"
    " THEN daily_streak + 1 WHEN best_daily_streak < 1 THEN 1 ELSE best_daily_streak END,"
    " last_daily_date = :day"
    " WHERE id = :user_id AND (last_daily_date IS NULL OR last_daily_date < :day)"
)


def advance_daily_streak(session: Session, *, user_id: int, local_date: date) -> None:
    """Count a correct daily answer: consecutive local days extend the streak, a gap resets it."""
    cursor = raw(session)
    yesterday = local_date - timedelta(days=1)
    cursor.run(
        ADVANCE_DAILY_STREAK,
        {"user_id": user_id, "day": cursor.day(local_date), "yesterday": cursor.day(yesterday)},
    )
