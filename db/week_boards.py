"""Seven-day boards per scope, kept like the all-time scores (db/scores.py) with rank buckets.

`daily_points` holds what each user earned per UTC day. `week_scores` holds each user's total
over the last seven days (today included) and `week_buckets` how many users have each total, so
reading a board never sums a week of answers. Answers only add to both. Once a day the oldest day
is subtracted ("rolled"): by the scheduled job just after midnight UTC (bot/jobs/boards.py), and
by a read of the board that finds it behind. An answer never rolls: points added before the roll
are today's, which the roll keeps.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.models import BoardState, DailyPoints, WeekBucket, WeekScore
from db.rank_buckets import add_to_bucket, move_in_buckets
from db.raw import Sql, raw

WEEK_DAYS = 7
STATE_NAME = "week"


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
