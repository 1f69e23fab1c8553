"""500 players answering at once through two `--workers` webhook processes on PostgreSQL."""

from __future__ import annotations

import asyncio
import re
import signal
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.deploy.conftest import free_port, wait_for_port
from tests.deploy.test_webhook import QUIZBOT
from tests.deploy.test_workers import workers_env
from tests.fakebot import BotMessage, FakeBotApi, FakeUser
from tests.reliability.conftest import Asked, asked_from, expected_points, is_question, press

PLAYERS = 500
# What Telegram would open to a webhook with PTB's default max_connections.
CONNECTIONS = 40
# Anything in a worker's log that means a user (or an update) met a database error.
TROUBLE = re.compile(
    r"Traceback|ERROR|deadlock|could not serialize|lock timeout|OperationalError", re.I
)


async def quiz_everyone(api: FakeBotApi, engine: Engine, users: list[FakeUser]) -> list[Asked]:
    """Have every user send /quiz at the same moment; return the question each one got."""
    await asyncio.gather(*(api.send_text(user, "/quiz") for user in users))
    wanted = {user.id for user in users}

    def asked() -> dict[int, BotMessage] | None:
        found = {m.chat_id: m for m in api.messages() if m.chat_id in wanted and is_question(m)}
        return found if len(found) == len(wanted) else None

    found = await api.wait_for(asked, timeout=60, what="a question for every player")
    return [asked_from(engine, user, found[user.id]) for user in users]


Board = tuple[dict[int, tuple[int, int, int]], dict[int, int], dict[int, int]]


def ledger(engine: Engine) -> Board:
    """Return the all-time board as stored: per user (points, answered, correct), the points
    buckets, and the seven-day points."""
    with engine.connect() as connection:
        scores = connection.execute(
            sa.text("SELECT user_id, points, answered, correct FROM scores WHERE scope = 0")
        ).all()
        buckets = connection.execute(
            sa.text("SELECT points, users FROM score_buckets WHERE scope = 0 AND users != 0")
        ).all()
        week = connection.execute(
            sa.text("SELECT user_id, points FROM week_scores WHERE scope = 0 AND points != 0")
        ).all()
        connection.rollback()
    return (
        {user: (points, answered, correct) for user, points, answered, correct in scores},
        dict(buckets),
        dict(week),
    )


async def test_500_players_answer_at_once_through_two_workers(
    tmp_path: Path, database_url: str, engine: Engine
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("--workers needs PostgreSQL (TEST_DATABASE_URL)")
    port = free_port()
    async with FakeBotApi() as api:
        # Every press answered at once, as a crowd at a paid rate would be.
        env = workers_env(tmp_path, api, database_url, port, SEND_RATE_PER_SECOND="10000")
        log_path = tmp_path / "workers.log"
        with log_path.open("wb") as output:
            process = await asyncio.create_subprocess_exec(
                *QUIZBOT, "run", "--webhook", "--workers", "2", env=env, cwd=tmp_path,
                stdout=output, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
        try:
            await api.wait_for(
                lambda: len(api.calls_to("setWebhook")) >= 2, timeout=60, what="both workers"
            )
            await wait_for_port(port)
            # Many connections at once, so the kernel spreads them over both workers.
            api.webhook_connections = CONNECTIONS
            users = [api.user(9000 + n, f"C{n}") for n in range(PLAYERS)]
            asked = await quiz_everyone(api, engine, users)
            # Every third player presses a wrong option; every player presses twice at once,
            # as a double tap or Telegram's retry would.
            choices = [q.right if n % 3 else (q.right + 1) % q.options for n, q in enumerate(asked)]
            presses = await asyncio.gather(
                *(press(api, q, choice) for q, choice in zip(asked, choices, strict=True)),
                *(press(api, q, choice) for q, choice in zip(asked, choices, strict=True)),
            )
            wanted = {p.query_id for p in presses}
            await api.wait_for(
                lambda: wanted <= {a.query_id for a in api.callback_answers},
                timeout=60,
                what="a verdict for every press",
            )
        finally:
            process.send_signal(signal.SIGTERM)
            await asyncio.wait_for(process.wait(), timeout=60)
        log = log_path.read_text("utf-8", "replace")
        assert process.returncode == 0, log[-3000:]
        assert log.count("quizbot is ready") == 2
        assert TROUBLE.findall(log) == [], log[-3000:]
        assert api.errors == []
        verdicts = [a for a in api.callback_answers if a.query_id in wanted]
        first = {p.query_id for p in presses[:PLAYERS]}
        assert Counter(bool(a.text) for a in verdicts if a.query_id in first) == {True: PLAYERS}
        for q in asked:
            (question,) = [m for m in api.messages(q.user) if m.message_id == q.message.message_id]
            assert "Points:" in (question.text or ""), question.text

    # Each player's answer counted once: one row per delivery, the one they pressed.
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT delivery_id, user_id, correct, points FROM answers")
        ).all()
        # Both workers took their share of the crowd (each stores what it is posted).
        owners = connection.execute(
            sa.text("SELECT owner, count(*) FROM inbox_updates GROUP BY owner")
        ).all()
        connection.rollback()
    assert len(owners) == 2 and min(n for _, n in owners) > PLAYERS // 4, owners
    assert len(rows) == PLAYERS
    assert {(d, u) for d, u, _, _ in rows} == {(q.delivery_id, q.user.id) for q in asked}
    points = expected_points(presses)
    scores, buckets, week = ledger(engine)
    assert {u: p for u, (p, _, _) in scores.items()} == points
    assert all(answered == 1 for _, answered, _ in scores.values())
    right = sum(points.values())
    assert buckets == {1: right, 0: PLAYERS - right}
    assert week == {u: p for u, p in points.items() if p}
