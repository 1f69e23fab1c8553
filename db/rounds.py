"""Data access for rounds (/game): each step of a round is claimed by one conditional UPDATE.

The dispatcher and the answer handlers may try the same step at once (or again after a
restart); the UPDATE that moves the round from one phase to the next succeeds for one of them
only, and only the winner sends. That is what keeps a question from going out twice.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from db.models import (
    Round,
    RoundQuestion,
    UTCDateTime,
)


class RoundRunning(Exception):
    """Raised when the chat already has a round; the database refused a second."""


def active_round(session: Session, chat_id: int) -> Round | None:
    """Return the chat's unfinished round, or None."""
    return session.exec(
        select(Round).where(Round.chat_id == chat_id, col(Round.finished_at).is_(None))
    ).first()


def create_round(
    session: Session,
    *,
    chat_id: int,
    user_id: int | None,
    started_by: int,
    set_id: int,
    question_ids: list[int],
    seconds: int | None,
    language: str,
    first_at: datetime,
    now: datetime,
) -> Round:
    """Store a new round whose first question is due at `first_at`; raise RoundRunning."""
    new = Round(
        chat_id=chat_id,
        user_id=user_id,
        started_by=started_by,
        set_id=set_id,
        question_ids=question_ids,
        size=len(question_ids),
        seconds=seconds,
        language=language,
        next_at=first_at,
        created_at=now,
    )
    try:
        with session.begin_nested():
            session.add(new)
            session.flush()
    except IntegrityError as exc:
        raise RoundRunning from exc
    return new


def due_rounds(session: Session, now: datetime, limit: int = 100) -> list[int]:
    """Return the ids of rounds whose next step is due, the longest-waiting first."""
    rows = session.exec(
        select(Round.id)
        .where(col(Round.phase).in_(("waiting", "asking")), col(Round.next_at) <= now)
        .order_by(col(Round.next_at))
        .limit(limit)
    )
    return [int(found) for found in rows if found is not None]


_CLAIM_ASK = sa.text(
    "UPDATE rounds SET phase = 'asking', position = :position, next_at = :deadline"
    " WHERE id = :round_id AND phase = 'waiting' AND position = :position - 1"
).bindparams(sa.bindparam("deadline", type_=UTCDateTime()))


def claim_ask(
    session: Session,
    *,
    round_id: int,
    position: int,
    delivery_id: int,
    deadline: datetime | None,
    now: datetime,
) -> bool:
    """Claim sending question `position`; False if another caller did (or the round moved on)."""
    claimed = session.execute(
        _CLAIM_ASK, {"round_id": round_id, "position": position, "deadline": deadline}
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    session.add(
        RoundQuestion(round_id=round_id, position=position, delivery_id=delivery_id, claimed_at=now)
    )
    session.flush()
    return True


def mark_sent(
    session: Session,
    *,
    round_id: int,
    position: int,
    message_id: int,
    poll_id: str | None,
    sent_at: datetime,
    deadline: datetime | None,
) -> None:
    """Record the message (and poll) carrying a question and when its time runs out."""
    session.execute(
        sa.update(RoundQuestion)
        .where(col(RoundQuestion.round_id) == round_id, col(RoundQuestion.position) == position)
        .values(message_id=message_id, poll_id=poll_id, sent_at=sent_at)
    )
    session.execute(
        sa.update(Round)
        .where(
            col(Round.id) == round_id, col(Round.phase) == "asking", col(Round.position) == position
        )
        .values(next_at=deadline)
    )


def claim_close(
    session: Session, *, round_id: int, position: int, next_at: datetime, now: datetime
) -> bool:
    """Claim closing question `position`; the next step is due at `next_at`."""
    claimed = session.execute(
        sa.update(Round)
        .where(
            col(Round.id) == round_id, col(Round.phase) == "asking", col(Round.position) == position
        )
        .values(phase="waiting", next_at=next_at)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        return False
    session.execute(
        sa.update(RoundQuestion)
        .where(col(RoundQuestion.round_id) == round_id, col(RoundQuestion.position) == position)
        .values(closed_at=now)
    )
    return True


def claim_finish(session: Session, *, round_id: int, now: datetime, stopped: bool) -> bool:
    """Claim finishing the round (its last question closed, or /stop); False if it was."""
    finished = session.execute(
        sa.update(Round)
        .where(col(Round.id) == round_id, col(Round.phase) != "finished")
        .values(phase="finished", finished_at=now, next_at=None, stopped=stopped)
    )
    if finished.rowcount != 1:  # type: ignore[attr-defined]
        return False
    # A question still open when the round is stopped is closed with it.
    session.execute(
        sa.update(RoundQuestion)
        .where(col(RoundQuestion.round_id) == round_id, col(RoundQuestion.closed_at).is_(None))
        .values(closed_at=now)
    )
    return True


def get_round_question(session: Session, round_id: int, position: int) -> RoundQuestion | None:
    """Return one question of a round, or None."""
    return session.get(RoundQuestion, (round_id, position))


ROUND_DELIVERY = sa.text("SELECT 1 FROM round_questions WHERE delivery_id = :key")
ROUND_POLL = sa.text("SELECT 1 FROM round_questions WHERE poll_id = :key")


def is_round_question(
    session: Session, *, delivery_id: int | None = None, poll_id: str | None = None
) -> bool:
    """Return True if the delivery (or quiz poll) is a round's: one indexed probe, no ORM."""
    statement, key = (ROUND_POLL, poll_id) if delivery_id is None else (ROUND_DELIVERY, delivery_id)
    return session.execute(statement, {"key": key}).first() is not None


def question_by_poll(session: Session, poll_id: str) -> tuple[Round, RoundQuestion] | None:
    """Return the round and round question a quiz poll belongs to (round locked), or None.

    The round's row stays locked until the transaction ends: answers to one round are judged
    one after another, so the last of two answers arriving together counts the other one
    ("everyone answered" closes the question) and sees a close committed before it.
    """
    row = session.exec(
        select(Round, RoundQuestion)
        .join(RoundQuestion, col(RoundQuestion.round_id) == col(Round.id))
        .where(RoundQuestion.poll_id == poll_id)
        .with_for_update(of=Round)
    ).first()
    return (row[0], row[1]) if row is not None else None


def question_by_delivery(session: Session, delivery_id: int) -> tuple[Round, RoundQuestion] | None:
    """Return the round and round question a delivery belongs to (round locked), or None."""
    row = session.exec(
        select(Round, RoundQuestion)
        .join(RoundQuestion, col(RoundQuestion.round_id) == col(Round.id))
        .where(RoundQuestion.delivery_id == delivery_id)
        .with_for_update(of=Round)
    ).first()
    return (row[0], row[1]) if row is not None else None


def move_rounds(session: Session, old_id: int, new_id: int) -> None:
    """Carry a group's unfinished round to its new id (the group became a supergroup)."""
    session.execute(
        sa.update(Round)
        .where(col(Round.chat_id) == old_id, col(Round.finished_at).is_(None))
        .values(chat_id=new_id)
    )


def get_round(session: Session, round_id: int) -> Round | None:
    """Return a round by id, or None."""
    return session.get(Round, round_id)
