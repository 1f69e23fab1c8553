"""Data access for players' flags on questions, and the pause they can put on a question."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session

from db.models import UTCDateTime


@dataclass(frozen=True)
class FlagTarget:
    """The question a delivery showed, and whether the player may flag it."""

    question_id: int
    set_slug: str
    text: str
    sent_to_player: bool
    paused: bool


@dataclass(frozen=True)
class FlaggedQuestion:
    """A question with open flags (made since an admin last dealt with it)."""

    question_id: int
    set_slug: str
    text: str
    flags: int
    reasons: dict[str, int]
    paused: bool
    retired: bool
    answered: int
    right: int

    @property
    def facility(self) -> float | None:
        """Return the share of right first answers, or None without answers."""
        return self.right / self.answered if self.answered else None


# A player was sent a question when the private delivery was theirs, or when they answered
# the delivery (a group poll anyone in the group may answer).
FLAG_TARGET = sa.text(
    "SELECT q.id, s.slug, q.text,"
    " (d.user_id = :user_id OR EXISTS (SELECT 1 FROM answers a"
    "  WHERE a.delivery_id = d.id AND a.user_id = :user_id)),"
    " q.paused_at IS NOT NULL"
    " FROM deliveries d JOIN questions q ON q.id = d.question_id"
    " JOIN question_sets s ON s.id = q.set_id WHERE d.id = :delivery_id"
)
INSERT_FLAG = sa.text(
    "INSERT INTO flags (question_id, user_id, delivery_id, reason, created_at)"
    " VALUES (:question_id, :user_id, :delivery_id, :reason, :now)"
    " ON CONFLICT (user_id, question_id) DO NOTHING RETURNING id"
).bindparams(sa.bindparam("now", type_=UTCDateTime()))
# Flags count towards a pause only after the admin last looked at the question.
OPEN_FLAGS = sa.text(
    "SELECT COUNT(*) FROM flags f JOIN questions q ON q.id = f.question_id"
    " WHERE f.question_id = :question_id"
    " AND (q.flags_reviewed_at IS NULL OR f.created_at > q.flags_reviewed_at)"
)


def flag_target(session: Session, *, delivery_id: int, user_id: int) -> FlagTarget | None:
    """Return what a delivery showed and whether `user_id` was sent it; None if unknown."""
    row = session.execute(FLAG_TARGET, {"delivery_id": delivery_id, "user_id": user_id}).first()
    if row is None:
        return None
    return FlagTarget(int(row[0]), str(row[1]), str(row[2]), bool(row[3]), bool(row[4]))


def add_flag(
    session: Session,
    *,
    question_id: int,
    user_id: int,
    delivery_id: int,
    reason: str,
    now: datetime,
) -> bool:
    """Store a player's flag; return False when they had already flagged this question."""
    row = session.execute(
        INSERT_FLAG,
        {
            "question_id": question_id,
            "user_id": user_id,
            "delivery_id": delivery_id,
            "reason": reason,
            "now": now,
        },
    ).first()
    return row is not None


def open_flag_count(session: Session, question_id: int) -> int:
    """Count the flags on a question made since an admin last dealt with it."""
    return int(session.execute(OPEN_FLAGS, {"question_id": question_id}).scalar_one())


def first_answer_tally(
    session: Session, question_id: int, *, exclude_user_ids: Collection[int] = ()
) -> tuple[int, int]:
    """Return (first answers, right first answers) to one question."""
    excluded = "".join(f" AND b.user_id <> {int(i)}" for i in exclude_user_ids)
    query = sa.text(
        "SELECT COUNT(*), COALESCE(SUM(CASE WHEN a.correct THEN 1 ELSE 0 END), 0) FROM answers a"
        " WHERE a.id IN (SELECT MIN(b.id) FROM answers b WHERE b.question_id = :question_id"
        + excluded
        + " GROUP BY b.user_id)"
    )
    answered, right = session.execute(query, {"question_id": question_id}).one()
    return int(answered), int(right)


def pause_question(session: Session, question_id: int, now: datetime) -> bool:
    """Pause a live question (not served any more); return False if it already was."""
    result = session.execute(
        sa.text(
            "UPDATE questions SET paused_at = :now"
            " WHERE id = :id AND paused_at IS NULL AND retired_at IS NULL"
        ).bindparams(sa.bindparam("now", type_=UTCDateTime())),
        {"id": question_id, "now": now},
    )
    return bool(getattr(result, "rowcount", 0))


def review_question(
    session: Session, question_id: int, now: datetime, *, retire: bool
) -> str | None:
    """Close a question's open flags and unpause it (or retire it); return its text or None."""
    statement = (
        "UPDATE questions SET paused_at = NULL, flags_reviewed_at = :now"
        + (", retired_at = :now" if retire else "")
        + " WHERE id = :id RETURNING text"
    )
    row = session.execute(
        sa.text(statement).bindparams(sa.bindparam("now", type_=UTCDateTime())),
        {"id": question_id, "now": now},
    ).first()
    return str(row[0]) if row is not None else None


def flagged_questions(
    session: Session, *, limit: int = 10, exclude_user_ids: Collection[int] = ()
) -> list[FlaggedQuestion]:
    """Return the questions with open flags, most flagged first, with reasons and first answers."""
    per_reason = session.execute(
        sa.text(
            "SELECT f.question_id, f.reason, COUNT(*) FROM flags f"
            " JOIN questions q ON q.id = f.question_id"
            # A retired question needs nothing more (deleted, or replaced by a re-import).
            " WHERE q.retired_at IS NULL"
            " AND (q.flags_reviewed_at IS NULL OR f.created_at > q.flags_reviewed_at)"
            " GROUP BY f.question_id, f.reason"
        )
    ).all()
    reasons: dict[int, dict[str, int]] = {}
    for question_id, reason, n in per_reason:
        reasons.setdefault(int(question_id), {})[str(reason)] = int(n)
    ranked = sorted(reasons, key=lambda q: (-sum(reasons[q].values()), q))[:limit]
    if not ranked:
        return []
    rows = session.execute(
        sa.text(
            "SELECT q.id, s.slug, q.text, q.paused_at IS NOT NULL, q.retired_at IS NOT NULL"
            " FROM questions q JOIN question_sets s ON s.id = q.set_id WHERE q.id IN :ids"
        ).bindparams(sa.bindparam("ids", expanding=True)),
        {"ids": ranked},
    ).all()
    found = {int(r[0]): r for r in rows}
    result = []
    for question_id in ranked:
        _, slug, text, paused, retired = found[question_id]
        answered, right = first_answer_tally(
            session, question_id, exclude_user_ids=exclude_user_ids
        )
        result.append(
            FlaggedQuestion(
                question_id=question_id,
                set_slug=str(slug),
                text=str(text),
                flags=sum(reasons[question_id].values()),
                reasons=reasons[question_id],
                paused=bool(paused),
                retired=bool(retired),
                answered=answered,
                right=right,
            )
        )
    return result
