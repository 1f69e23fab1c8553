"""The teacher's report: item analysis of a 50-question set with 100,000 answers, and its charts.

Players have an ability and questions a difficulty (a Rasch model), so the figures look like a
real class: most questions sound, a few too easy or too hard, two with a wrong key (the able
players pick a distractor) and one distractor nobody picks. The goals are item analysis under
2 s on SQLite and a chart under 1 s. ``python -m tests.bench.item_report FILE.png`` writes the
sample chart of the README (docs/teacher-report.png) from the same data.
"""

from __future__ import annotations

import json
import math
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from bot.service.report import ReportService, SetReport
from bot.views.charts import activity_chart, report_chart
from bot.views.i18n import ENGLISH
from db.engine import make_engine
from db.migrate import upgrade_to_head

QUESTIONS = 50
PLAYERS = 10_000
ANSWERS_PER_PLAYER = 10
NOW = datetime(2026, 11, 30, 18, 0, tzinfo=UTC)
WRONG_KEY = (7, 16)  # questions whose stored key is wrong: able players pick option 1
UNUSED_DISTRACTOR = 3  # option 3 of every question is picked by nobody on this question


def _stamp(moment: datetime) -> str:
    """Format a UTC instant the way the UTCDateTime column stores it on SQLite."""
    return moment.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def fill(path: Path, players: int = PLAYERS, questions: int = QUESTIONS, seed: int = 11) -> None:
    """Create a migrated database holding the bench set and `players` x 10 first answers."""
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    engine.dispose()
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;")
    now = _stamp(NOW)
    db.execute(
        "INSERT INTO question_sets (id, slug, title, created_at, updated_at)"
        " VALUES (1, 'summit', 'SCO summit 2021', ?, ?)",
        (now, now),
    )
    options = json.dumps(["Right", "Wrong A", "Wrong B", "Wrong C"])
    tags = json.dumps(["wh", "date", "rule:when-date"])
    db.executemany(
        "INSERT INTO questions (id, set_id, key, position, text, options, correct_index, tags,"
        " updated_at) VALUES (?, 1, ?, ?, ?, ?, 0, ?, ?)",
        [(q, f"q{q}", q, f"Question {q}?", options, tags, now) for q in range(1, questions + 1)],
    )
    db.executemany(
        "INSERT INTO users (id, first_name, daily_streak, best_daily_streak, created_at,"
        " last_seen_at) VALUES (?, ?, 0, 0, ?, ?)",
        ((u, f"Player {u}", now, now) for u in range(1, players + 1)),
    )
    db.executemany(
        "INSERT INTO chats (id, type, created_at) VALUES (?, 'private', ?)",
        ((u, now) for u in range(1, players + 1)),
    )
    # Difficulties from very easy to hard; the first question is everyone's warm-up.
    difficulty = {q: rng.uniform(-2.0, 1.2) for q in range(1, questions + 1)}
    difficulty[1] = -5.0
    deliveries: list[tuple[Any, ...]] = []
    answers: list[tuple[Any, ...]] = []
    delivery_id = 0
    for user in range(1, players + 1):
        ability = rng.gauss(0.0, 1.0)
        for question in rng.sample(range(1, questions + 1), ANSWERS_PER_PLAYER):
            delivery_id += 1
            knows = rng.random() < 1 / (1 + math.exp(difficulty[question] - ability))
            if question in WRONG_KEY:
                chosen = 1 if knows else rng.choice((0, 2))
            else:
                chosen = 0 if knows else rng.choice((1, 2, 3 if question % 5 else 2))
            sent = NOW - timedelta(minutes=rng.randrange(60 * 24 * 30))
            answered = sent + timedelta(seconds=rng.uniform(3, 40))
            deliveries.append(
                (delivery_id, user, question, user, "[0,1,2,3]", "quiz", _stamp(sent))
            )
            right = int(chosen == 0)
            answers.append((delivery_id, user, question, chosen, right, right, _stamp(answered)))
    db.executemany(
        "INSERT INTO deliveries (id, chat_id, question_id, user_id, option_order, trigger,"
        " sent_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        deliveries,
    )
    db.executemany(
        "INSERT INTO answers (delivery_id, user_id, question_id, scope, chosen_index, correct,"
        " points, answered_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?)",
        answers,
    )
    db.commit()
    db.close()


def _timed(action: Any, repeat: int) -> tuple[list[float], Any]:
    """Run `action` `repeat` times; return the seconds of each run and the last result."""
    seconds: list[float] = []
    result = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        seconds.append(time.perf_counter() - started)
    return seconds, result


def run(quick: bool = False, repeat: int = 5) -> dict[str, Any]:
    """Fill a database, then time the item analysis, the results export and both charts."""
    players = PLAYERS // 10 if quick else PLAYERS
    with tempfile.TemporaryDirectory(prefix="quizbot-report-") as folder:
        path = Path(folder) / "report.db"
        started = time.perf_counter()
        fill(path, players)
        fill_seconds = time.perf_counter() - started
        engine = make_engine(f"sqlite:///{path}")
        service = ReportService(engine)
        analysis_s, report = _timed(lambda: service.item_analysis("summit"), repeat)
        assert isinstance(report, SetReport)
        results_s, _ = _timed(lambda: service.player_results("summit"), repeat)
        activity_s, days = _timed(lambda: service.activity(NOW), repeat)
        chart_s, png = _timed(lambda: report_chart(report, ENGLISH), repeat)
        activity_chart_s, _ = _timed(lambda: activity_chart(days, ENGLISH), repeat)
        engine.dispose()
    return {
        "questions": QUESTIONS,
        "players": players,
        "answers": players * ANSWERS_PER_PLAYER,
        "fill_seconds": round(fill_seconds, 1),
        "item_analysis_s": round(statistics.median(analysis_s), 3),
        "player_results_s": round(statistics.median(results_s), 3),
        "activity_s": round(statistics.median(activity_s), 3),
        "report_chart_s": round(statistics.median(chart_s), 3),
        "activity_chart_s": round(statistics.median(activity_chart_s), 3),
        "report_chart_bytes": len(png),
        "flagged": len(report.flagged),
    }


def write_sample_chart(target: Path, players: int = 1_500, questions: int = 20) -> SetReport:
    """Write the README's sample chart from a smaller copy of the bench data."""
    with tempfile.TemporaryDirectory(prefix="quizbot-report-") as folder:
        path = Path(folder) / "sample.db"
        fill(path, players, questions)
        engine = make_engine(f"sqlite:///{path}")
        report = ReportService(engine).item_analysis("summit")
        engine.dispose()
    assert isinstance(report, SetReport)
    target.write_bytes(report_chart(report, ENGLISH))
    return report


if __name__ == "__main__":
    write_sample_chart(Path(sys.argv[1]))
