"""The seven-day board: running totals that expire day by day, and ranks from buckets."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.models import BoardState
from db.week_boards import add_points, roll_week, week_players, week_rank, week_score, week_top
from tests.helpers import add_user

DAY0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def earn(session: Session, user_id: int, days_after: float, points: int = 1) -> None:
    """Record points a user earned some days after DAY0 in the everyone scope."""
    add_points(
        session, scope=0, user_id=user_id, points=points, now=DAY0 + timedelta(days=days_after)
    )


def test_points_leave_the_window_after_seven_days(engine: Engine) -> None:
    with Session(engine) as session:
        for uid in (1, 2):
            add_user(session, uid)
        earn(session, 1, 0)
        earn(session, 1, 3)
        earn(session, 2, 5, points=1)
        assert week_score(session, scope=0, user_id=1).points == 2  # type: ignore[union-attr]
        # Day 7 after DAY0: DAY0's point is older than seven days and leaves.
        roll_week(session, (DAY0 + timedelta(days=7)).date())
        assert week_score(session, scope=0, user_id=1).points == 1  # type: ignore[union-attr]
        assert week_rank(session, scope=0, points=1) == 1
        assert week_players(session, scope=0) == 2
        # Day 12: days 3 and 5 have left too; nobody has seven-day points.
        roll_week(session, (DAY0 + timedelta(days=12)).date())
        assert week_top(session, scope=0) == []
        assert week_players(session, scope=0) == 0


def test_a_long_gap_rebuilds_from_daily_points(engine: Engine) -> None:
    with Session(engine) as session:
        for uid in (1, 2, 3):
            add_user(session, uid)
        earn(session, 1, 0)
        earn(session, 2, 30, points=1)
        earn(session, 3, 31, points=1)
        earn(session, 3, 32, points=1)
        assert roll_week(session, date(2026, 4, 2)) is True  # the job, or a board read
        top = week_top(session, scope=0)
        assert [(row.user_id, row.points) for row in top] == [(3, 2), (2, 1)]
        assert week_rank(session, scope=0, points=1) == 2
        assert roll_week(session, date(2026, 4, 2)) is False  # already current today


def test_an_answer_on_a_new_day_only_adds_the_roll_is_the_jobs(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, 1)
        roll_week(session, DAY0.date())
        earn(session, 1, 0)
        earn(session, 1, 8)  # a week later: the answer adds its point and rolls nothing
        state = session.get(BoardState, "week")
        assert state is not None and state.day == DAY0.date()
        assert week_score(session, scope=0, user_id=1).points == 2  # type: ignore[union-attr]
        assert roll_week(session, (DAY0 + timedelta(days=8)).date()) is True
        assert week_score(session, scope=0, user_id=1).points == 1  # type: ignore[union-attr]
