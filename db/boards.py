"""Calendar boards: points per local day and per local month of each scope, with rank buckets.

Each scope counts its days and months in one time zone: a group in its own (set with /daily),
everyone's board in the configured default. `period_scores` holds each user's points per
(scope, period, first local day of the period) and `period_buckets` how many users have each
total there, so a rank is one sum over buckets, never a count of users (as for the all-time and
seven-day boards, db/rank_buckets.py). A new day or month simply starts new rows: nothing rolls;
periods that no board shows any more are deleted by the daily board job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.models import GLOBAL_SCOPE, PeriodBucket, PeriodScore, UTCDateTime

DAY, MONTH = "day", "month"


@dataclass(frozen=True)
class Period:
    """One board period of a scope: a local day, or a local month (starting on its first)."""

    kind: str
    starts: date


def periods_at(now: datetime, zone: str) -> tuple[Period, Period]:
    """Return the local day and month that contain `now` in `zone`."""
    today = now.astimezone(ZoneInfo(zone)).date()
    return Period(DAY, today), Period(MONTH, today.replace(day=1))


SCOPE_ZONE = sa.text("SELECT timezone FROM chats WHERE id = :scope")


def zone_of_scope(session: Session, scope: int, default_zone: str) -> str:
    """Return the zone a scope counts its days in: the group's own, else the default."""
    if scope == GLOBAL_SCOPE:
        return default_zone
    saved = session.execute(SCOPE_ZONE, {"scope": scope}).scalar_one_or_none()
    return str(saved) if saved else default_zone


UPSERT_PERIOD = sa.text(
    "INSERT INTO period_scores (scope, period, starts, user_id, points, reached_at)"
    " VALUES (:scope, :period, :starts, :user_id, :points, :now)"
    " ON CONFLICT (scope, period, starts, user_id) DO UPDATE SET"
    " points = period_scores.points + :points, reached_at = :now"
    " RETURNING points"
).bindparams(sa.bindparam("now", type_=UTCDateTime()), sa.bindparam("starts", type_=sa.Date()))
ADD_PERIOD_BUCKET = sa.text(
    "INSERT INTO period_buckets (scope, period, starts, points, users)"
    " VALUES (:scope, :period, :starts, :new, 1)"
    " ON CONFLICT (scope, period, starts, points) DO UPDATE SET users = period_buckets.users + 1"
).bindparams(sa.bindparam("starts", type_=sa.Date()))
# One statement moves a user between buckets: the old bucket loses one, the new gains one.
MOVE_PERIOD_BUCKET = sa.text(
    "INSERT INTO period_buckets (scope, period, starts, points, users)"
    " VALUES (:scope, :period, :starts, :old, 0), (:scope, :period, :starts, :new, 1)"
    " ON CONFLICT (scope, period, starts, points) DO UPDATE SET users = period_buckets.users"
    " + CASE WHEN excluded.points = :new THEN 1 ELSE -1 END"
).bindparams(sa.bindparam("starts", type_=sa.Date()))


def add_period_points(
    session: Session, *, scope: int, user_id: int, points: int, now: datetime, zone: str
) -> None:
    """Add points earned now to the scope's local day and month boards."""
    for period in periods_at(now, zone):
        key = {"scope": scope, "period": period.kind, "starts": period.starts}
        total = session.execute(
            UPSERT_PERIOD, {**key, "user_id": user_id, "points": points, "now": now}
        ).scalar_one()
        if total > points:
            session.execute(MOVE_PERIOD_BUCKET, {**key, "old": total - points, "new": total})
        else:  # the user's first points in this period
            session.execute(ADD_PERIOD_BUCKET, {**key, "new": total})


def period_top(
    session: Session, *, scope: int, period: Period, limit: int = 10
) -> list[PeriodScore]:
    """Return the best totals of a period: most points, then whoever reached them first."""
    return list(
        session.exec(
            select(PeriodScore)
            .where(
                PeriodScore.scope == scope,
                PeriodScore.period == period.kind,
                PeriodScore.starts == period.starts,
                PeriodScore.points > 0,
            )
            .order_by(
                col(PeriodScore.points).desc(),
                col(PeriodScore.reached_at),
                col(PeriodScore.user_id),
            )
            .limit(limit)
        )
    )


def period_score(
    session: Session, *, scope: int, period: Period, user_id: int
) -> PeriodScore | None:
    """Return a user's total in one period of a scope."""
    return session.get(PeriodScore, (scope, period.kind, period.starts, user_id))


def _bucket_sum(session: Session, scope: int, period: Period, above: int) -> int:
    """Return how many users of a period have more than `above` points."""
    total = session.exec(
        select(func.coalesce(func.sum(PeriodBucket.users), 0)).where(
            PeriodBucket.scope == scope,
            PeriodBucket.period == period.kind,
            PeriodBucket.starts == period.starts,
            PeriodBucket.points > above,
        )
    ).one()
    return int(total)


def period_rank(session: Session, *, scope: int, period: Period, points: int) -> int:
    """Return the rank of a period total: 1 + users with more points (ties share)."""
    return _bucket_sum(session, scope, period, points) + 1


def period_players(session: Session, *, scope: int, period: Period) -> int:
    """Return how many users earned points in a period of a scope."""
    return _bucket_sum(session, scope, period, 0)


def drop_old_periods(session: Session, today: date) -> int:
    """Delete days before yesterday and months before last month (no board shows them)."""
    last_month = (today.replace(day=1) - timedelta(days=1)).replace(day=1)
    # A day older than two UTC days is past in every zone (offsets stay within ±14 hours).
    oldest_day = today - timedelta(days=2)
    dropped = 0
    for model in (PeriodScore, PeriodBucket):
        for kind, before in ((DAY, oldest_day), (MONTH, last_month)):
            result = session.execute(
                sa.delete(model).where(col(model.period) == kind, col(model.starts) < before)
            )
            dropped += result.rowcount if model is PeriodScore else 0  # type: ignore[attr-defined]
    return dropped
