"""All-time scores: each user's running totals per scope, and their ranks.

`scores` holds each user's running totals per scope and `score_buckets` how many users have
each total (db/rank_buckets.py), so a rank is one sum over buckets, never a count of users. An
answer that scores also adds to the seven-day boards (db/week_boards.py) and the day and month
boards (db/boards.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from db.boards import add_period_points, zone_of_scope
from db.models import Score, ScoreBucket
from db.rank_buckets import add_to_bucket, move_in_buckets
from db.raw import Sql, raw
from db.week_boards import add_points


@dataclass(frozen=True)
class ScoreLine:
    """A user's totals in one scope right after an answer."""

    scope: int
    points: int
    current_streak: int


UPSERT_SCORE = Sql(
    "INSERT INTO scores (scope, user_id, points, answered, correct, current_streak,"
    " best_streak, reached_at)"
    " VALUES (:scope, :user_id, :points, 1, :hit, :hit, :hit, :now)"
    " ON CONFLICT (scope, user_id) DO UPDATE SET"
    " answered = scores.answered + 1,"
    " correct = scores.correct + :hit,"
    " points = scores.points + :points,"
    " current_streak = CASE WHEN :hit = 1 THEN scores.current_streak + 1 ELSE 0 END,"
    " best_streak = CASE WHEN :hit = 1 AND scores.current_streak + 1 > scores.best_streak"
    " THEN scores.current_streak + 1 ELSE scores.best_streak END,"
    " reached_at = CASE WHEN :points > 0 THEN :now ELSE scores.reached_at END"
    " RETURNING points, current_streak, answered"
)


def add_to_score(
    session: Session,
    *,
    scope: int,
    user_id: int,
    correct: bool,
    points: int,
    now: datetime,
    default_zone: str = "UTC",
) -> ScoreLine:
    """Add one answer to a user's running totals in one scope with a single upsert.

    `default_zone` is the zone of the day and month boards of a scope without its own.
    """
    cursor = raw(session)
    values = {
        "scope": scope,
        "user_id": user_id,
        "points": points,
        "hit": int(correct),
        "now": cursor.time(now),
    }
    row = cursor.first(UPSERT_SCORE, values)
    assert row is not None  # an upsert always returns its row
    total, current_streak, answered = row
    if answered == 1:
        add_to_bucket(session, "score_buckets", scope, total)
    elif points:
        move_in_buckets(session, "score_buckets", scope, total - points, total)
    if points:
        add_points(session, scope=scope, user_id=user_id, points=points, now=now)
        zone = zone_of_scope(session, scope, default_zone)
        add_period_points(session, scope=scope, user_id=user_id, points=points, now=now, zone=zone)
    return ScoreLine(scope=scope, points=int(total), current_streak=int(current_streak))


def get_score(session: Session, *, scope: int, user_id: int) -> Score | None:
    """Return a user's running totals in a scope."""
    return session.get(Score, (scope, user_id))


def rank_of(session: Session, *, scope: int, points: int) -> tuple[int, int]:
    """Return (rank, players tied) for a points total: ties share a rank (1, 2, 2, 4)."""
    above = session.exec(
        select(func.coalesce(func.sum(ScoreBucket.users), 0)).where(
            ScoreBucket.scope == scope, ScoreBucket.points > points
        )
    ).one()
    tied = session.get(ScoreBucket, (scope, points))
    return int(above) + 1, tied.users if tied is not None else 0


def players_in_scope(session: Session, *, scope: int) -> int:
    """Return how many users have a score in this scope."""
    total = session.exec(
        select(func.coalesce(func.sum(ScoreBucket.users), 0)).where(ScoreBucket.scope == scope)
    ).one()
    return int(total)


def top_scores(session: Session, *, scope: int, limit: int = 10) -> list[Score]:
    """Return the best scores of a scope (points > 0): most points, then who got there first."""
    return list(
        session.exec(
            select(Score)
            .where(Score.scope == scope, Score.points > 0)
            .order_by(col(Score.points).desc(), col(Score.reached_at), col(Score.user_id))
            .limit(limit)
        )
    )


def top_practice(session: Session, *, scope: int, limit: int = 10) -> list[Score]:
    """Return the scores of a scope with correct answers that scored nothing (practice)."""
    practice = col(Score.correct) - col(Score.points)
    return list(
        session.exec(
            select(Score)
            .where(Score.scope == scope, practice > 0)
            .order_by(practice.desc(), col(Score.user_id))
            .limit(limit)
        )
    )
