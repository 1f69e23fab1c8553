"""Leaderboard queries at 10,000 and 1,000,000 players (≈10 answers each), side by side.

The database is filled with bulk inserts straight into the migrated SQLite file, then the real
ScoreService and QuizService are timed: /score's rank lookup, /leaderboard (top 10 and the
asker's own line), /leaderboard week, day and month, and recording one answer. The goal is that the
1,000,000-player time is at most 3x the 10,000-player time for each query, and an answer is
recorded in under 1 ms at 1,000,000 players (best of all samples: the machine is shared).
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.service.quiz import QuizService
from bot.service.scores import ScoreService
from bot.service.types import Place, Player, ShownQuestion
from db.engine import make_engine
from db.migrate import upgrade_to_head

QUESTIONS = 30
ANSWERS_PER_USER = 10
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    """Format a UTC instant the way the UTCDateTime column stores it on SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


MINUTES = 60 * 24 * 30  # answers are spread over the last 30 days, to the minute
WEEK_MINUTES = 60 * 24 * 7
BATCH = 100_000
# The tables that get one row per answer or per player: their secondary indexes are dropped
# before the bulk insert and built once afterwards, which is several times faster than
# updating them row by row (the unique constraints' own indexes cannot be dropped and stay).
BULK_TABLES = ("answers", "deliveries", "scores", "week_scores", "daily_points", "period_scores")


def _drop_indexes(db: sqlite3.Connection, tables: tuple[str, ...]) -> list[str]:
    """Drop the CREATE INDEX indexes of `tables` and return their SQL, to recreate them."""
    marks = ", ".join("?" for _ in tables)
    found = db.execute(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        f" AND tbl_name IN ({marks})",
        tables,
    ).fetchall()
    for name, _ in found:
        db.execute(f'DROP INDEX "{name}"')
    return [sql for _, sql in found]


def fill(path: Path, users: int, seed: int = 7, *, analyze: bool = False) -> None:
    """Create a migrated database with `users` players and 10 answers each, in bulk.

    Players answer 10 of the 30 questions, 60% right, at random minutes of the last 30 days;
    scores, score buckets, the seven-day board and daily points are derived from those
    answers exactly as the bot would have kept them. `analyze` runs ANALYZE at the end
    (off by default: the bot never runs it, so a real database has no statistics).
    """
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.executescript(
        "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;"
        " PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY;"
    )
    indexes = _drop_indexes(db, BULK_TABLES)
    now = _stamp(NOW)
    db.execute(
        "INSERT INTO question_sets (id, slug, title, created_at, updated_at) "
        "VALUES (1, 'bench', 'Bench', ?, ?)",
        (now, now),
    )
    db.executemany(
        "INSERT INTO questions (id, set_id, key, position, text, options, correct_index, tags,"
        ' updated_at) VALUES (?, 1, ?, ?, ?, \'["a","b","c","d"]\', 0, \'[]\', ?)',
        [(q, f"q{q}", q, f"Question {q}?", now) for q in range(1, QUESTIONS + 1)],
    )
    db.executemany(
        "INSERT INTO users (id, first_name, daily_streak, best_daily_streak, created_at,"
        " last_seen_at) VALUES (?, ?, 0, 0, ?, ?)",
        ((u, f"Player {u}", now, now) for u in range(1, users + 1)),
    )
    db.executemany(
        "INSERT INTO chats (id, type, created_at) VALUES (?, 'private', ?)",
        ((u, now) for u in range(1, users + 1)),
    )
    # Every possible answer time, formatted once: minute m is NOW - m minutes.
    moments = [NOW - timedelta(minutes=m) for m in range(MINUTES)]
    stamps = [_stamp(moment) for moment in moments]
    days = [moment.date().isoformat() for moment in moments]
    never = _stamp(NOW - timedelta(days=60))
    question_ids = list(range(1, QUESTIONS + 1))
    scores: list[tuple[Any, ...]] = []
    week: list[tuple[Any, ...]] = []
    daily: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    periods: list[tuple[Any, ...]] = []  # the day and month boards (UTC, the default zone)
    this_month, today = NOW.date().replace(day=1).isoformat(), NOW.date().isoformat()
    delivery_id = 0
    for user in range(1, users + 1):
        points = 0
        latest = MINUTES  # the minute of the latest right answer (smaller is later)
        week_points, week_latest = 0, MINUTES
        per_day: dict[str, tuple[int, int]] = {}
        month_points, month_latest = 0, MINUTES
        for question in rng.sample(question_ids, ANSWERS_PER_USER):
            delivery_id += 1
            minute = int(rng.random() * MINUTES)
            right = int(rng.random() < 0.6)
            stamp = stamps[minute]
            answers.append((delivery_id, user, question, 1 - right, right, right, stamp))
            if right:
                points += 1
                latest = min(latest, minute)
                if days[minute] >= this_month:
                    month_points += 1
                    month_latest = min(month_latest, minute)
                if minute < WEEK_MINUTES:
                    week_points += 1
                    week_latest = min(week_latest, minute)
                    count, last = per_day.get(days[minute], (0, MINUTES))
                    per_day[days[minute]] = (count + 1, min(last, minute))
        reached = stamps[latest] if latest < MINUTES else never
        scores.append((0, user, points, ANSWERS_PER_USER, points, 0, 1, reached))
        if week_points:
            week.append((user, week_points, stamps[week_latest]))
        daily += [(0, day, user, n, stamps[m]) for day, (n, m) in per_day.items()]
        if month_points:
            periods.append(("month", this_month, user, month_points, stamps[month_latest]))
        if today in per_day:
            n, m = per_day[today]
            periods.append(("day", today, user, n, stamps[m]))
        if len(answers) >= BATCH:
            _insert_answers(db, answers)
    _insert_answers(db, answers)
    db.executemany(
        "INSERT INTO scores (scope, user_id, points, answered, correct, current_streak,"
        " best_streak, reached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        scores,
    )
    db.execute(
        "INSERT INTO score_buckets (scope, points, users) "
        "SELECT scope, points, count(*) FROM scores GROUP BY scope, points"
    )
    db.executemany(
        "INSERT INTO daily_points (scope, day, user_id, points, reached_at) VALUES (?, ?, ?, ?, ?)",
        daily,
    )
    db.executemany(
        "INSERT INTO week_scores (scope, user_id, points, reached_at) VALUES (0, ?, ?, ?)", week
    )
    db.execute(
        "INSERT INTO week_buckets (scope, points, users) "
        "SELECT scope, points, count(*) FROM week_scores GROUP BY scope, points"
    )
    db.executemany(
        "INSERT INTO period_scores (scope, period, starts, user_id, points, reached_at)"
        " VALUES (0, ?, ?, ?, ?, ?)",
        periods,
    )
    db.execute(
        "INSERT INTO period_buckets (scope, period, starts, points, users) "
        "SELECT scope, period, starts, points, count(*) FROM period_scores"
        " GROUP BY scope, period, starts, points"
    )
    db.execute("INSERT INTO board_state (name, day) VALUES ('week', ?)", (NOW.date().isoformat(),))
    for sql in indexes:
        db.execute(sql)
    db.commit()
    if analyze:
        db.execute("ANALYZE")
    db.close()


def _insert_answers(db: sqlite3.Connection, answers: list[tuple[Any, ...]]) -> None:
    """Insert a batch of answers and the deliveries they answer, and empty both lists."""
    first = db.execute("SELECT coalesce(max(id), 0) FROM answers").fetchone()[0]
    db.executemany(
        "INSERT INTO answers (delivery_id, user_id, question_id, scope, chosen_index, correct,"
        " points, answered_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)",
        answers,
    )
    # Each delivery was sent to the user in their private chat when they answered it: copying
    # the batch inside SQLite is much faster than binding every row from Python again.
    db.execute(
        "INSERT INTO deliveries (id, chat_id, question_id, user_id, option_order, trigger,"
        " sent_at) SELECT delivery_id, user_id, question_id, user_id, '[0,1,2,3]', 'quiz',"
        " answered_at FROM answers WHERE id > ? ORDER BY id",
        (first,),
    )
    answers.clear()


def _timed_ms(action: Callable[[], object], repeat: int) -> list[float]:
    """Run an action `repeat` times and return each wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def samples(path: Path, users: int, repeat: int = 30, seed: int = 3) -> dict[str, list[float]]:
    """Time each leaderboard query and recording one answer `repeat` times on a filled database."""
    engine = make_engine(f"sqlite:///{path}")
    scores = ScoreService(engine, clock=lambda: NOW)
    quiz = QuizService(engine, clock=lambda: NOW, rng=random.Random(seed))
    rng = random.Random(seed)

    def asker() -> int:
        """Pick a random player."""
        return rng.randrange(1, users + 1)

    figures: dict[str, list[float]] = {
        "score_rank_ms": _timed_ms(lambda: scores.score_card(asker()), repeat),
        "leaderboard_ms": _timed_ms(lambda: scores.board(asker()), repeat),
        "leaderboard_week_ms": _timed_ms(lambda: scores.board(asker(), week=True), repeat),
        "leaderboard_day_ms": _timed_ms(lambda: scores.board(asker(), kind="day"), repeat),
        "leaderboard_month_ms": _timed_ms(lambda: scores.board(asker(), kind="month"), repeat),
        "record_answer_ms": [],
    }
    for _ in range(repeat):
        user = asker()
        shown = quiz.next_question(Place(user), Player(user, f"Player {user}"))
        assert isinstance(shown, ShownQuestion)
        start = time.perf_counter()
        quiz.answer(shown.delivery_id, Player(user, f"Player {user}"), shown.correct_position)
        figures["record_answer_ms"].append((time.perf_counter() - start) * 1000)
    engine.dispose()
    return figures


def measure(path: Path, users: int, repeat: int = 30) -> dict[str, float]:
    """Time each leaderboard query and one answer on a filled database (medians, ms)."""
    return {key: statistics.median(v) for key, v in samples(path, users, repeat).items()}


def run(
    quick: bool = False, *, keep: Path | None = None, blocks: int = 4, repeat: int = 10
) -> dict[str, Any]:
    """Fill both sizes, time the queries side by side, and compare large/small.

    The two databases are measured in alternating blocks (small, large, large, small, ...)
    so that the machine's load drifts equally over both; the figures are the medians of all
    blocks. With `keep`, the large database is written there and left for the caller.
    """
    small, large = (1_000, 100_000) if quick else (10_000, 1_000_000)
    results: dict[str, Any] = {"small_users": small, "large_users": large}
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as folder:
        paths = {"small": Path(folder) / "small.db", "large": keep or Path(folder) / "large.db"}
        sizes = {"small": small, "large": large}
        for label, users in sizes.items():
            paths[label].unlink(missing_ok=True)
            start = time.perf_counter()
            fill(paths[label], users)
            results[f"{label}_fill_s"] = round(time.perf_counter() - start, 1)
        pooled: dict[str, dict[str, list[float]]] = {"small": {}, "large": {}}
        for block in range(blocks):
            for label in ("small", "large") if block % 2 == 0 else ("large", "small"):
                got = samples(paths[label], sizes[label], repeat, seed=block)
                for key, values in got.items():
                    pooled[label].setdefault(key, []).extend(values)
    for label in ("small", "large"):
        results[label] = {key: round(statistics.median(v), 3) for key, v in pooled[label].items()}
        results[f"{label}_p95"] = {
            key: round(sorted(v)[int(0.95 * (len(v) - 1))], 3) for key, v in pooled[label].items()
        }
        results[f"{label}_best"] = {key: round(min(v), 3) for key, v in pooled[label].items()}
        results[f"{label}_samples"] = {key: len(v) for key, v in pooled[label].items()}
    results["ratios"] = {
        key: round(results["large"][key] / results["small"][key], 2) for key in results["small"]
    }
    if keep is not None:
        results["large_db"] = str(keep)
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
