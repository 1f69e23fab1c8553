"""Data access for the teacher's view: per-question sums of first answers, aggregated in SQL.

Every figure is computed from each player's FIRST answer to each live question of a set (the
lowest answer id per player and question). The database returns sums per question (50 rows for
a 50-question set, whatever the number of answers); Python only turns sums into ratios.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlmodel import Session

from db.models import UTCDateTime


@dataclass(frozen=True)
class QuestionSums:
    """Sums over the first answers to one question, enough for facility and discrimination.

    x is 1 when the player was right, r the player's right first answers on the REST of the set.
    """

    question_id: int
    answered: int
    sum_x: int
    sum_r: int
    sum_rr: int
    sum_xr: int
    median_seconds: float | None


@dataclass(frozen=True)
class ReportQuestion:
    """A live question of the set as the report shows it."""

    question_id: int
    position: int
    key: str
    text: str
    options: list[str]
    correct_index: int
    tags: list[str]
    paused: bool
    player_flags: int  # players' open flags (since an admin last dealt with them)


@dataclass(frozen=True)
class PlayerResult:
    """One player's results on a set: first answers, right first answers, points, last answer."""

    user_id: int
    first_name: str
    username: str | None
    answered: int
    correct: int
    points: int
    last_answer_at: datetime


def _excluded(exclude_user_ids: Collection[int]) -> str:
    """Return the SQL condition leaving out the given user ids of answers `a`."""
    if not exclude_user_ids:
        return ""
    # Integers only (our own ids, never user input), so inlining them is safe.
    return " AND a.user_id NOT IN (" + ", ".join(str(int(i)) for i in exclude_user_ids) + ")"


def _first_answers_cte(exclude_user_ids: Collection[int]) -> str:
    """Return the WITH clause selecting each player's first answer to each live question."""
    excluded = _excluded(exclude_user_ids)
    return (
        "WITH firsts AS ("
        " SELECT MIN(a.id) AS id FROM answers a JOIN questions q ON q.id = a.question_id"
        " WHERE q.set_id = :set_id AND q.retired_at IS NULL"
        + excluded
        + " GROUP BY a.user_id, a.question_id"
        "), f AS ("
        " SELECT a.user_id, a.question_id, a.chosen_index, a.delivery_id, a.answered_at,"
        " CASE WHEN a.correct THEN 1 ELSE 0 END AS x"
        " FROM answers a JOIN firsts ON firsts.id = a.id"
        "), totals AS ("
        " SELECT user_id, SUM(x) AS total FROM f GROUP BY user_id"
        ")"
    )


def _seconds_between(dialect: str, start: str, end: str) -> str:
    """Return the SQL for the seconds from `start` to `end` on this dialect."""
    if dialect == "sqlite":
        return f"((julianday({end}) - julianday({start})) * 86400.0)"
    return f"EXTRACT(EPOCH FROM ({end} - {start}))"


@dataclass(frozen=True)
class ItemSums:
    """Everything item analysis needs from the database, already aggregated."""

    questions: dict[int, QuestionSums]
    # question id -> stored option index -> first answers choosing it
    option_counts: dict[int, dict[int, int]]
    # right first answers -> players with that many
    distribution: dict[int, int]


SNAPSHOT = "report_firsts"
SUMS = sa.text(
    "SELECT question_id, COUNT(*), SUM(x), SUM(rest), SUM(rest * rest), SUM(x * rest)"
    f" FROM {SNAPSHOT} GROUP BY question_id"
)
# The median is the mean of the one or two middle rows of each question's sorted times.
MEDIANS = sa.text(
    "SELECT question_id, AVG(s) FROM ("
    " SELECT question_id, s, ROW_NUMBER() OVER (PARTITION BY question_id ORDER BY s) AS rn,"
    f" COUNT(*) OVER (PARTITION BY question_id) AS n FROM {SNAPSHOT}"
    ") timed WHERE rn IN ((n + 1) / 2, (n + 2) / 2) GROUP BY question_id"
)
OPTION_COUNTS = sa.text(
    f"SELECT question_id, chosen_index, COUNT(*) FROM {SNAPSHOT} GROUP BY question_id, chosen_index"
)
DISTRIBUTION = sa.text(
    f"SELECT total, COUNT(*) FROM (SELECT SUM(x) AS total FROM {SNAPSHOT} GROUP BY user_id)"
    " per_player GROUP BY total ORDER BY total"
)


def item_sums(session: Session, set_id: int, *, exclude_user_ids: Collection[int] = ()) -> ItemSums:
    """Return the first-answer sums, option counts and score distribution of a set's questions.

    The first answers are selected once into a temporary table (this connection only), which
    the four small aggregates then read: one pass over the answers instead of four.
    """
    dialect = session.get_bind().dialect.name
    seconds = _seconds_between(dialect, "d.sent_at", "f.answered_at")
    session.execute(sa.text(f"DROP TABLE IF EXISTS {SNAPSHOT}"))
    session.execute(
        sa.text(
            f"CREATE TEMPORARY TABLE {SNAPSHOT} AS "
            + _first_answers_cte(exclude_user_ids)
            + " SELECT f.user_id, f.question_id, f.chosen_index, f.x, t.total - f.x AS rest,"
            f" {seconds} AS s"
            " FROM f JOIN totals t ON t.user_id = f.user_id"
            " JOIN deliveries d ON d.id = f.delivery_id"
        ),
        {"set_id": set_id},
    )
    try:
        # Rounded to the millisecond: SQLite's julianday arithmetic is off by microseconds.
        median_of = {
            int(q): round(float(s), 3) for q, s in session.execute(MEDIANS) if s is not None
        }
        questions = {
            int(q): QuestionSums(
                question_id=int(q),
                answered=int(n),
                sum_x=int(sx),
                sum_r=int(sr),
                sum_rr=int(srr),
                sum_xr=int(sxr),
                median_seconds=median_of.get(int(q)),
            )
            for q, n, sx, sr, srr, sxr in session.execute(SUMS)
        }
        counts: dict[int, dict[int, int]] = {}
        for question_id, chosen, n in session.execute(OPTION_COUNTS):
            counts.setdefault(int(question_id), {})[int(chosen)] = int(n)
        distribution = {int(total): int(n) for total, n in session.execute(DISTRIBUTION)}
    finally:
        session.execute(sa.text(f"DROP TABLE IF EXISTS {SNAPSHOT}"))
    return ItemSums(questions, counts, distribution)


LIVE_QUESTIONS = sa.text(
    "SELECT q.id, q.position, q.key, q.text, q.options, q.correct_index, q.tags,"
    " q.paused_at IS NOT NULL, (SELECT COUNT(*) FROM flags f WHERE f.question_id = q.id"
    " AND (q.flags_reviewed_at IS NULL OR f.created_at > q.flags_reviewed_at))"
    " FROM questions q WHERE q.set_id = :set_id AND q.retired_at IS NULL ORDER BY q.position"
).columns(options=sa.JSON, tags=sa.JSON)


def report_questions(session: Session, set_id: int) -> list[ReportQuestion]:
    """Return the set's live questions (paused ones included) in the set's order."""
    return [
        ReportQuestion(
            question_id=int(row[0]),
            position=int(row[1]),
            key=str(row[2]),
            text=str(row[3]),
            options=list(row[4]),
            correct_index=int(row[5]),
            tags=list(row[6] or []),
            paused=bool(row[7]),
            player_flags=int(row[8]),
        )
        for row in session.execute(LIVE_QUESTIONS, {"set_id": set_id})
    ]


def player_results(
    session: Session, set_id: int, *, exclude_user_ids: Collection[int] = ()
) -> list[PlayerResult]:
    """Return every player's results on a set, best first (points, right answers, id)."""
    excluded = _excluded(exclude_user_ids)
    # Points and the last answer count every answer; answered/correct count first answers.
    query = sa.text(
        _first_answers_cte(exclude_user_ids) + ", played AS ("
        " SELECT a.user_id, SUM(a.points) AS points, MAX(a.answered_at) AS last_at"
        " FROM answers a JOIN questions q ON q.id = a.question_id"
        " WHERE q.set_id = :set_id AND q.retired_at IS NULL" + excluded + " GROUP BY a.user_id"
        "), counted AS ("
        " SELECT user_id, COUNT(*) AS answered, SUM(x) AS correct FROM f GROUP BY user_id"
        ") SELECT u.id, u.first_name, u.username, c.answered, c.correct, p.points, p.last_at"
        " FROM counted c JOIN played p ON p.user_id = c.user_id JOIN users u ON u.id = c.user_id"
        " ORDER BY p.points DESC, c.correct DESC, u.id"
    ).columns(last_at=UTCDateTime())
    return [
        PlayerResult(
            user_id=int(uid),
            first_name=str(name),
            username=username,
            answered=int(answered),
            correct=int(correct),
            points=int(points),
            last_answer_at=last_at,
        )
        for uid, name, username, answered, correct, points, last_at in session.execute(
            query, {"set_id": set_id}
        )
    ]


def daily_activity(
    session: Session, since: datetime, *, exclude_user_ids: Collection[int] = ()
) -> dict[date, tuple[int, int]]:
    """Return, per UTC day with answers since `since`, (distinct players, answers)."""
    dialect = session.get_bind().dialect.name
    day = (
        "date(a.answered_at)" if dialect == "sqlite" else "(a.answered_at AT TIME ZONE 'UTC')::date"
    )
    query = sa.text(
        f"SELECT {day} AS day, COUNT(DISTINCT a.user_id), COUNT(*) FROM answers a"
        " WHERE a.answered_at >= :since" + _excluded(exclude_user_ids) + " GROUP BY 1 ORDER BY 1"
    ).bindparams(sa.bindparam("since", type_=UTCDateTime()))
    result: dict[date, tuple[int, int]] = {}
    for raw, players, answers in session.execute(query, {"since": since}):
        key = raw if isinstance(raw, date) else date.fromisoformat(str(raw))
        result[key] = (int(players), int(answers))
    return result
