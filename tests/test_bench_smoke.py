"""Smoke test of the benchmark suite (tests/bench) at toy sizes: it runs, and reports sanely.

The figures themselves are not checked (this machine is shared and noisy); `python -m
tests.bench` is the benchmark. This only keeps the suite from rotting as the code changes.
"""

from __future__ import annotations

from pathlib import Path

from tests.bench import answer_path, leaderboard
from tests.bench.report import build_rows, markdown_table


def test_answer_path_runs_both_bots_with_the_same_ptb_settings() -> None:
    """A few users answer through the fake against quizbot and the baseline, both subprocesses."""
    # One second of open loop per bot, not the quick run's ten: it is waited out in real time.
    result = answer_path.run(
        True, users=3, seconds=1.0, players=0, service_cycles=20, open_seconds=1.0
    )
    assert result["same_ptb_settings"], result["ptb_settings"]
    for name in ("quizbot", "baseline"):
        figures = result[name]
        assert figures["answers"] > 0, figures
        assert figures["timeouts"] == 0 and not figures["errors"], figures
        assert figures["latency_ms"]["p95"] is not None
    assert result["quizbot"]["peak_rss_mib"] > 0
    assert result["service_breakdown"]["commits_per_cycle"] > 0
    assert all(result[name]["open_loop"]["presses"] > 0 for name in ("quizbot", "baseline"))
    rows = build_rows({"answer_path": {"result": result, "error": None}})
    assert "Answer path: answers/s" in markdown_table(rows)


def test_leaderboard_fill_matches_what_the_bot_would_have_kept(tmp_path: Path) -> None:
    """The bulk fill gives consistent scores and buckets, and every query can be timed."""
    import sqlite3

    path = tmp_path / "board.db"
    leaderboard.fill(path, 300)
    db = sqlite3.connect(path)
    players, points = db.execute("SELECT count(*), sum(points) FROM scores").fetchone()
    assert players == 300
    assert points == db.execute("SELECT count(*) FROM answers WHERE points > 0").fetchone()[0]
    bucketed = db.execute("SELECT sum(users) FROM score_buckets").fetchone()[0]
    assert bucketed == 300
    month = db.execute(
        "SELECT sum(users), (SELECT count(*) FROM period_scores WHERE period = 'month')"
        " FROM period_buckets WHERE period = 'month'"
    ).fetchone()
    assert month[0] == month[1] > 0
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db.close()
    timed = leaderboard.samples(path, 300, repeat=2)
    queries = {"score_rank_ms", "leaderboard_ms", "leaderboard_week_ms", "record_answer_ms"}
    queries |= {"leaderboard_day_ms", "leaderboard_month_ms"}
    assert set(timed) == queries
    assert all(len(values) == 2 for values in timed.values())


def test_missing_sections_become_not_available_rows() -> None:
    """A section that failed or does not exist still has its rows, marked not available."""
    rows = build_rows({"daily": {"result": None, "error": None, "skipped": "module not found"}})
    daily = [row for row in rows if row.figure.startswith("Daily")]
    assert daily and all(row.value.startswith("not available") for row in daily)
    assert all(row.met is None for row in rows)


def test_poll_burst_scores_every_vote_once() -> None:
    """A small burst on one group poll is absorbed and checked exactly once."""
    from tests.bench import poll_burst

    result = poll_burst.run(voters=40)
    assert result["exactly_once"] and result["board_right"], result
    rows = build_rows({"poll_burst": {"result": result, "error": None}})
    assert "Poll burst" in markdown_table(rows)


def test_paid_rate_broadcast_reaches_everyone_once() -> None:
    """A small broadcast at R = 1,000/s: each subscriber gets one message, rows render."""
    import asyncio

    from tests import bench_daily

    result = asyncio.run(bench_daily.broadcast(40, 1000.0, in_process=True))
    assert (result["sent"], result["lost"], result["duplicated"]) == (40, 0, 0), result
    assert result["concurrency"] == 64  # enough sends in flight for the paid rate
    rows = build_rows({"broadcast": {"result": result, "error": None}})
    assert "Paid-rate broadcast: messages/s (40 subscribers)" in markdown_table(rows)
