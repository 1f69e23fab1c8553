"""Data access for the players of rounds (/game): joining, answers, totals and standings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from db.models import QuestionRow, Round, RoundAnswer, RoundPlayer, User, UTCDateTime
from db.rounds import get_round_question

_JOIN = sa.text(
    "INSERT INTO round_players (round_id, user_id, points, correct, answered, answer_ms,"
    " joined_at) VALUES (:round_id, :user_id, 0, 0, 0, 0, :now)"
    " ON CONFLICT (round_id, user_id) DO NOTHING"
).bindparams(sa.bindparam("now", type_=UTCDateTime()))


def join_round(session: Session, *, round_id: int, user_id: int, now: datetime) -> bool:
    """Add a player to a round; False if they had joined already."""
    joined = session.execute(_JOIN, {"round_id": round_id, "user_id": user_id, "now": now})
    return bool(joined.rowcount)  # type: ignore[attr-defined]


_INSERT_ANSWER = sa.text(
    "INSERT INTO round_answers (round_id, position, user_id, correct, points, answer_ms,"
    " answered_at) VALUES (:round_id, :position, :user_id, :correct, :points, :answer_ms, :now)"
    " ON CONFLICT DO NOTHING"
).bindparams(sa.bindparam("now", type_=UTCDateTime()), sa.bindparam("correct", type_=sa.Boolean()))


def record_round_answer(
    session: Session,
    *,
    round_id: int,
    position: int,
    user_id: int,
    correct: bool,
    points: int,
    answer_ms: int,
    now: datetime,
) -> bool:
    """Store a player's first answer to a question of a round and add it to their totals."""
    join_round(session, round_id=round_id, user_id=user_id, now=now)
    values = {
        "round_id": round_id,
        "position": position,
        "user_id": user_id,
        "correct": correct,
        "points": points,
        "answer_ms": answer_ms,
        "now": now,
    }
    if not session.execute(_INSERT_ANSWER, values).rowcount:  # type: ignore[attr-defined]
        return False
    session.execute(
        sa.update(RoundPlayer)
        .where(col(RoundPlayer.round_id) == round_id, col(RoundPlayer.user_id) == user_id)
        .values(
            points=col(RoundPlayer.points) + points,
            correct=col(RoundPlayer.correct) + int(correct),
            answered=col(RoundPlayer.answered) + 1,
            answer_ms=col(RoundPlayer.answer_ms) + answer_ms,
        )
    )
    return True


_WAITING_FOR = sa.text(
    "SELECT count(*), count(a.user_id) FROM round_players p"
    " LEFT JOIN round_answers a ON a.round_id = p.round_id AND a.position = :position"
    " AND a.user_id = p.user_id"
    " WHERE p.round_id = :round_id AND p.joined_at <= :since"
).bindparams(sa.bindparam("since", type_=UTCDateTime()))


def everyone_answered(session: Session, *, round_id: int, position: int) -> bool:
    """Return True when every player who had joined before question `position` answered it.

    Someone who joins by answering this very question counts from the next one: otherwise
    the first answer of a round would close its first question at once.
    """
    asked = get_round_question(session, round_id, position)
    if asked is None:
        return False
    players, answered = session.execute(
        _WAITING_FOR, {"round_id": round_id, "position": position, "since": asked.claimed_at}
    ).one()
    return bool(players) and answered >= players


@dataclass(frozen=True)
class StandingRow:
    """One player's totals in a round."""

    user_id: int
    name: str
    points: int
    correct: int
    answered: int
    answer_ms: int


def standings(session: Session, round_id: int) -> list[StandingRow]:
    """Return a round's players, best first: points, then right answers, then speed."""
    rows = session.execute(
        sa.select(
            col(RoundPlayer.user_id),
            col(User.first_name),
            col(RoundPlayer.points),
            col(RoundPlayer.correct),
            col(RoundPlayer.answered),
            col(RoundPlayer.answer_ms),
        )
        .join(User, col(User.id) == col(RoundPlayer.user_id))
        .where(col(RoundPlayer.round_id) == round_id)
        .order_by(
            col(RoundPlayer.points).desc(),
            col(RoundPlayer.correct).desc(),
            col(RoundPlayer.answer_ms),
            col(RoundPlayer.joined_at),
        )
    )
    return [StandingRow(*row) for row in rows]


def missed_questions(session: Session, round_id: int, user_id: int) -> list[QuestionRow]:
    """Return the questions of a round the player got wrong or left unanswered, in order."""
    found = session.get(Round, round_id)
    if found is None:
        return []
    asked = found.question_ids[: found.position + 1]
    right = set(
        session.exec(
            select(RoundAnswer.position).where(
                RoundAnswer.round_id == round_id,
                RoundAnswer.user_id == user_id,
                col(RoundAnswer.correct),
            )
        )
    )
    wanted = [question_id for index, question_id in enumerate(asked) if index not in right]
    rows = session.exec(select(QuestionRow).where(col(QuestionRow.id).in_(wanted))).all()
    by_id = {row.id: row for row in rows}
    return [by_id[question_id] for question_id in wanted if question_id in by_id]
