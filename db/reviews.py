"""Data access for picking the next question: the live questions and the review cards."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from db.raw import Sql, raw

# --- next question: the reads and writes of every /quiz and "Next question" press ---------
# Prebuilt statements returning plain values, not ORM objects: these run once per question
# sent, and loading every question and review card of the set as objects cost several ms per
# question (tests/bench/service_profile.py shows the split).

LIVE_QUESTION_SOURCES = Sql(
    "SELECT id, source_sentence, explanation FROM questions"
    # A question paused by players' flags is not served until an admin has looked at it.
    " WHERE set_id = :set_id AND retired_at IS NULL AND paused_at IS NULL ORDER BY position"
)


def live_question_sources(
    session: Session, set_id: int
) -> list[tuple[int, str | None, str | None]]:
    """Return (id, source sentence, explanation) of the set's live questions, in file order."""
    rows = raw(session).run(LIVE_QUESTION_SOURCES, {"set_id": set_id}).fetchall()
    return [(int(question_id), source, explanation) for question_id, source, explanation in rows]


REVIEW_QUEUE = Sql(
    "SELECT r.question_id, r.due_at <= :now FROM reviews r"
    " JOIN questions q ON q.id = r.question_id"
    " WHERE r.user_id = :user_id AND q.set_id = :set_id AND q.retired_at IS NULL"
    " AND q.paused_at IS NULL"
    " ORDER BY r.due_at, r.question_id"
)


def review_queue(
    session: Session, *, user_id: int, set_id: int, now: datetime
) -> list[tuple[int, bool]]:
    """Return (question id, due now) for the user's review cards of this set, earliest first.

    Every card of the set's live questions with whether it is due, earliest due first.
    """
    cursor = raw(session)
    params = {"user_id": user_id, "set_id": set_id, "now": cursor.time(now)}
    rows = cursor.run(REVIEW_QUEUE, params).fetchall()
    return [(int(question_id), bool(due)) for question_id, due in rows]


UPSERT_CARD = Sql(
    "INSERT INTO reviews (user_id, question_id, card, due_at, last_correct)"
    " VALUES (:user_id, :question_id, :card, :due_at, :last_correct)"
    " ON CONFLICT (user_id, question_id) DO UPDATE SET"
    " card = excluded.card, due_at = excluded.due_at, last_correct = excluded.last_correct"
)


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
    cursor = raw(session)
    cursor.run(
        UPSERT_CARD,
        {
            "user_id": user_id,
            "question_id": question_id,
            "card": cursor.json(card),
            "due_at": cursor.time(due_at),
            "last_correct": last_correct,
        },
    )
