"""Scores: all-time totals per scope, and seven-day boards, both with rank buckets.

`scores` holds each user's running totals per scope and `score_buckets` how many users have
each total, so a rank is one sum over buckets, never a count of users. The seven-day boards
are kept the same way, so reading one never sums a week of answers:

`daily_points` holds what each user earned per UTC day. `week_scores` holds each user's total
over the last seven days (today included) and `week_buckets` how many users have each total.
Answers only add to both. Once a day the oldest day is subtracted ("rolled"): by the scheduled
job just after midnight UTC (bot/jobs/boards.py), and by a read of the board that finds it
behind. An answer never rolls: points added before the roll are today's, which the roll keeps.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.boards import add_period_points, zone_of_scope
from db.models import (
    BoardState,
    DailyPoints,
    Score,
    ScoreBucket,
    WeekBucket,
    WeekScore,
)
from db.raw import Sql, raw

WEEK_DAYS = 7
STATE_NAME = "week"


# --- rank buckets ---------------------------------------------------------------------------


def _bucket_sql(table: str) -> tuple[Sql, Sql]:
    """Build the two bucket statements of a table: one more user, and one user moved."""
    add = Sql(
        f"INSERT INTO {table} (scope, points, users) VALUES (:scope, :points, 1)"
        f" ON CONFLICT (scope, points) DO UPDATE SET users = {table}.users + 1"
    )
    move = Sql(
        f"INSERT INTO {table} (scope, points, users)"
        " VALUES (:scope, :old, 0), (:scope, :new, 1)"
        f" ON CONFLICT (scope, points) DO UPDATE SET users = {table}.users"
        " + CASE WHEN excluded.points = :new THEN 1 ELSE -1 END"
    )
    return add, move


BUCKET_SQL = {table: _bucket_sql(table) for table in ("score_buckets", "week_buckets")}


def add_to_bucket(session: Session, table: str, scope: int, points: int) -> None:
    """Count one more user with `points` in a bucket table (score_buckets, week_buckets)."""
    raw(session).run(BUCKET_SQL[table][0], {"scope": scope, "points": points})


def move_in_buckets(session: Session, table: str, scope: int, old: int, new: int) -> None:
    """Move one user from the `old` to the `new` points bucket in one statement."""
    raw(session).run(BUCKET_SQL[table][1], {"scope": scope, "old": old, "new": new})


# --- all-time scores ------------------------------------------------------------------------


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


# --- seven-day boards -----------------------------------------------------------------------


def window_start(today: date) -> date:
    """Return the first day of the seven-day window ending today."""
    return today - timedelta(days=WEEK_DAYS - 1)


def roll_week(session: Session, today: date) -> bool:
    """Bring the seven-day totals to the window ending `today`; return True if anything moved."""
    state = session.get(BoardState, STATE_NAME)
    if state is not None and state.day >= today:
        return False
    if state is None or (today - state.day).days >= WEEK_DAYS:
        _rebuild(session, today)
    else:
        day = state.day + timedelta(days=1)
        while day <= today:
            _expire_day(session, day - timedelta(days=WEEK_DAYS))
            day += timedelta(days=1)
        session.execute(sa.delete(WeekScore).where(col(WeekScore.points) <= 0))
    _rebuild_buckets(session)
    if state is None:
        state = BoardState(name=STATE_NAME, day=today)
    state.day = today
    session.add(state)
    session.flush()
    return True


def _rebuild(session: Session, today: date) -> None:
    """Recompute every seven-day total from the daily points."""
    session.execute(sa.delete(WeekScore))
    totals = (
        select(
            DailyPoints.scope,
            DailyPoints.user_id,
            func.sum(DailyPoints.points),
            func.max(DailyPoints.reached_at),
        )
        .where(col(DailyPoints.day) >= window_start(today), col(DailyPoints.day) <= today)
        .group_by(col(DailyPoints.scope), col(DailyPoints.user_id))
        .having(func.sum(DailyPoints.points) > 0)
    )
    session.execute(
        sa.insert(WeekScore).from_select(["scope", "user_id", "points", "reached_at"], totals)
    )


def _expire_day(session: Session, day: date) -> None:
    """Subtract one day that has left the window from the totals."""
    earned = (
        select(DailyPoints.points)
        .where(
            DailyPoints.scope == WeekScore.scope,
            DailyPoints.user_id == WeekScore.user_id,
            DailyPoints.day == day,
        )
        .scalar_subquery()
    )
    session.execute(
        sa.update(WeekScore)
        .where(sa.exists(earned))
        .values(points=WeekScore.points - earned)
        .execution_options(synchronize_session=False)
    )


def _rebuild_buckets(session: Session) -> None:
    """Recount how many users have each seven-day total."""
    session.execute(sa.delete(WeekBucket))
    counts = select(WeekScore.scope, WeekScore.points, func.count()).group_by(
        col(WeekScore.scope), col(WeekScore.points)
    )
    session.execute(sa.insert(WeekBucket).from_select(["scope", "points", "users"], counts))


UPSERT_DAY = Sql(
    "INSERT INTO daily_points (scope, day, user_id, points, reached_at)"
    " VALUES (:scope, :day, :user_id, :points, :now)"
    " ON CONFLICT (scope, day, user_id) DO UPDATE SET"
    " points = daily_points.points + :points, reached_at = :now"
)
UPSERT_WEEK = Sql(
    "INSERT INTO week_scores (scope, user_id, points, reached_at)"
    " VALUES (:scope, :user_id, :points, :now)"
    " ON CONFLICT (scope, user_id) DO UPDATE SET"
    " points = week_scores.points + :points, reached_at = :now"
    " RETURNING points"
)


def add_points(session: Session, *, scope: int, user_id: int, points: int, now: datetime) -> None:
    """Add points earned now to the day's and the seven-day totals of a scope."""
    cursor = raw(session)
    values = {"scope": scope, "user_id": user_id, "points": points, "now": cursor.time(now)}
    cursor.run(UPSERT_DAY, {**values, "day": cursor.day(now.date())})
    row = cursor.first(UPSERT_WEEK, values)
    assert row is not None  # an upsert always returns its row
    total = row[0]
    if total > points:
        move_in_buckets(session, "week_buckets", scope, total - points, total)
    else:
        add_to_bucket(session, "week_buckets", scope, total)


def week_top(session: Session, *, scope: int, limit: int = 10) -> list[WeekScore]:
    """Return the best seven-day totals: most points, then whoever reached them first."""
    return list(
        session.exec(
            select(WeekScore)
            .where(WeekScore.scope == scope, WeekScore.points > 0)
            .order_by(
                col(WeekScore.points).desc(), col(WeekScore.reached_at), col(WeekScore.user_id)
            )
            .limit(limit)
        )
    )


def week_score(session: Session, *, scope: int, user_id: int) -> WeekScore | None:
    """Return a user's seven-day total in a scope."""
    return session.get(WeekScore, (scope, user_id))


def week_rank(session: Session, *, scope: int, points: int) -> int:
    """Return the rank of a seven-day total: 1 + users with more points (ties share)."""
    above = session.exec(
        select(func.coalesce(func.sum(WeekBucket.users), 0)).where(
            WeekBucket.scope == scope, WeekBucket.points > points
        )
    ).one()
    return int(above) + 1


def week_players(session: Session, *, scope: int) -> int:
    """Return how many users earned points in the last seven days in a scope."""
    total = session.exec(
        select(func.coalesce(func.sum(WeekBucket.users), 0)).where(WeekBucket.scope == scope)
    ).one()
    return int(total)
