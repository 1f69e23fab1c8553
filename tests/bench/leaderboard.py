"""Leaderboard queries at 10,000 and 1,000,000 players (≈10 answers each), side by side.

The database is filled with bulk inserts straight into the migrated SQLite file, then the real
ScoreService and QuizService are timed: /score's rank lookup, /leaderboard (top 10 and the
asker's own line), /leaderboard week, and recording one answer. The goal is that the
1,000,000-player time is at most 3x the 10,000-player time for each query, and an answer is
recorded in under 2 ms at 1,000,000 players.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.service.quiz import Place, Player, QuizService
from bot.service.scores import ScoreService
from db.engine import make_engine
from db.migrate import upgrade_to_head

QUESTIONS = 30
ANSWERS_PER_USER = 10
NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def _stamp(moment: datetime) -> str:
    """Format a UTC instant the way the UTCDateTime column stores it on SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def fill(path: Path, users: int, seed: int = 7) -> None:
    """Create a migrated database with `users` players and about 10 answers each."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;")
    now = _stamp(NOW)
    db.execute(
        "INSERT INTO question_sets (id, slug, title, created_at, updated_at) "
        "VALUES (1, 'bench', 'Bench', ?, ?)", (now, now),
    )
    db.executemany(
        "INSERT INTO questions (id, set_id, key, position, text, options, correct_index, tags,"
        " updated_at) VALUES (?, 1, ?, ?, ?, '[\"a\",\"b\",\"c\",\"d\"]', 0, '[]', ?)",
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
    scores: list[tuple[Any, ...]] = []
    week: dict[int, tuple[int, str]] = {}
    daily: list[tuple[Any, ...]] = []

    def rows() -> Iterator[tuple[Any, ...]]:
        """Yield one delivery+answer pair per answer, collecting per-user totals on the way."""
        delivery_id = 0
        for user in range(1, users + 1):
            points = correct = 0
            reached = NOW - timedelta(days=60)
            for question in rng.sample(range(1, QUESTIONS + 1), ANSWERS_PER_USER):
                delivery_id += 1
                right = rng.random() < 0.6
                when = NOW - timedelta(minutes=rng.randrange(60 * 24 * 30))
                correct += right
                points += right
                if right:
                    reached = max(reached, when)
                    if NOW - when < timedelta(days=7):
                        total, _ = week.get(user, (0, ""))
                        week[user] = (total + 1, _stamp(when))
                        daily.append((0, when.date().isoformat(), user, 1, _stamp(when)))
                yield (delivery_id, user, question, _stamp(when), int(right))
            scores.append((0, user, points, ANSWERS_PER_USER, correct, 0, 1, _stamp(reached)))

    batch: list[tuple[Any, ...]] = []
    for row in rows():
        batch.append(row)
        if len(batch) >= 50_000:
            _insert_answers(db, batch)
            batch.clear()
    _insert_answers(db, batch)
    db.executemany(
        "INSERT INTO scores (scope, user_id, points, answered, correct, current_streak,"
        " best_streak, reached_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", scores,
    )
    db.execute(
        "INSERT INTO score_buckets (scope, points, users) "
        "SELECT scope, points, count(*) FROM scores GROUP BY scope, points"
    )
    # Several answers of a user on one day become one daily_points row.
    db.executemany(
        "INSERT INTO daily_points (scope, day, user_id, points, reached_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (scope, day, user_id) DO UPDATE SET points = points + 1,"
        " reached_at = max(reached_at, excluded.reached_at)", daily,
    )
    db.executemany(
        "INSERT INTO week_scores (scope, user_id, points, reached_at) VALUES (0, ?, ?, ?)",
        ((u, p, r) for u, (p, r) in week.items()),
    )
    db.execute(
        "INSERT INTO week_buckets (scope, points, users) "
        "SELECT scope, points, count(*) FROM week_scores GROUP BY scope, points"
    )
    db.execute("INSERT INTO board_state (name, day) VALUES ('week', ?)", (NOW.date().isoformat(),))
    db.commit()
    db.execute("ANALYZE")
    db.close()


def _insert_answers(db: sqlite3.Connection, batch: list[tuple[Any, ...]]) -> None:
    """Insert deliveries and their answers."""
    db.executemany(
        "INSERT INTO deliveries (id, chat_id, question_id, user_id, option_order, trigger,"
        " sent_at) VALUES (?, ?, ?, ?, '[0,1,2,3]', 'quiz', ?)",
        ((d, u, q, u, t) for d, u, q, t, _ in batch),
    )
    db.executemany(
        "INSERT INTO answers (delivery_id, user_id, question_id, scope, chosen_index, correct,"
        " points, answered_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)",
        ((d, u, q, 0 if r else 1, r, r, t) for d, u, q, t, r in batch),
    )


def _median_ms(action: Callable[[], object], repeat: int) -> float:
    """Run an action `repeat` times and return the median wall time in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def measure(path: Path, users: int, repeat: int = 30) -> dict[str, float]:
    """Time each leaderboard query and one answer on a filled database."""
    engine = make_engine(f"sqlite:///{path}")
    scores = ScoreService(engine, clock=lambda: NOW)
    quiz = QuizService(engine, clock=lambda: NOW, rng=random.Random(1))
    rng = random.Random(3)
    asker = lambda: rng.randrange(1, users + 1)  # noqa: E731 - a tiny local picker
    figures = {
        "score_rank_ms": _median_ms(lambda: scores.score_card(asker()), repeat),
        "leaderboard_ms": _median_ms(lambda: scores.board(asker()), repeat),
        "leaderboard_week_ms": _median_ms(lambda: scores.board(asker(), week=True), repeat),
    }
    samples = []
    for _ in range(repeat):
        user = asker()
        shown = quiz.next_question(Place(user), Player(user, f"Player {user}"))
        assert not isinstance(shown, str) and hasattr(shown, "delivery_id")
        start = time.perf_counter()
        quiz.answer(shown.delivery_id, Player(user, f"Player {user}"), shown.correct_position)
        samples.append((time.perf_counter() - start) * 1000)
    figures["record_answer_ms"] = statistics.median(samples)
    engine.dispose()
    return figures


def run(quick: bool = False) -> dict[str, Any]:
    """Fill both sizes, time the queries, and compare: the large/small ratio is the result."""
    small, large = (1_000, 100_000) if quick else (10_000, 1_000_000)
    results: dict[str, Any] = {"small_users": small, "large_users": large}
    with tempfile.TemporaryDirectory() as folder:
        for label, users in (("small", small), ("large", large)):
            path = Path(folder) / f"{label}.db"
            start = time.perf_counter()
            fill(path, users)
            results[f"{label}_fill_s"] = round(time.perf_counter() - start, 1)
            results[label] = measure(path, users)
            path.unlink()
    results["ratios"] = {
        key: round(results["large"][key] / results["small"][key], 2) for key in results["small"]
    }
    return results


if __name__ == "__main__":
    import json
    import sys

    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
