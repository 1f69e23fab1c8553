"""`quizbot run --webhook --workers N`: several processes on one port and one PostgreSQL."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.service.sets import load_bundled_sets
from db.engine import make_engine
from db.migrate import upgrade_to_head
from tests.deploy.conftest import SECRET, free_port, wait_for_port
from tests.deploy.test_webhook import QUIZBOT, _env
from tests.fakebot import FakeBotApi
from tests.reliability.conftest import ask_questions, press

PLAYERS = 30


def workers_env(
    tmp_path: Path, api: FakeBotApi, database_url: str, port: int, **extra: str
) -> dict[str, str]:
    """Return the environment of `quizbot run --webhook --workers` against the fake server."""
    return _env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_API_URL=api.base_url,
        TELEGRAM_FILE_URL=api.base_file_url,
        DATABASE_URL=database_url,
        WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
        WEBHOOK_SECRET=SECRET,
        LISTEN_HOST="127.0.0.1",
        LISTEN_PORT=str(port),
        HEALTH_PORT="0",
        **extra,
    )


def answers(engine: Engine) -> list[tuple[int, int]]:
    """Return every answer row as (delivery, user)."""
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT delivery_id, user_id FROM answers")).all()
        connection.rollback()
    return [(delivery, user) for delivery, user in rows]


async def test_two_workers_share_the_webhook_and_score_each_answer_once(
    tmp_path: Path, database_url: str, engine: Engine
) -> None:
    if engine.dialect.name != "postgresql":
        # SQLite is one process: the command says so instead of starting workers.
        done = subprocess.run(  # noqa: ASYNC221 (a one-line refusal, nothing to wait for)
            [*QUIZBOT, "--db", database_url, "run", "--webhook", "--workers", "2"],
            env=_env(tmp_path, TELEGRAM_BOT_TOKEN="1:A", WEBHOOK_URL="https://x.example/h",
                     WEBHOOK_SECRET=SECRET),
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        assert done.returncode == 2
        assert done.stderr.strip().endswith(
            "Error: --workers needs DATABASE_URL on PostgreSQL; SQLite is one process."
        )
        return
    port = free_port()
    async with FakeBotApi() as api:
        env = workers_env(tmp_path, api, database_url, port)
        process = await asyncio.create_subprocess_exec(
            *QUIZBOT, "run", "--webhook", "--workers", "2", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        try:
            await api.wait_for(
                lambda: len(api.calls_to("setWebhook")) >= 2, timeout=60, what="both workers"
            )
            await wait_for_port(port)
            users = [api.user(6000 + n, f"W{n}") for n in range(PLAYERS)]
            asked = await ask_questions(api, engine, users, 1)
            presses = [await press(api, q, q.right) for q in asked]
            # Each press twice, as Telegram does when it missed the first 200.
            for question in asked:
                await press(api, question, question.right)
            await api.wait_for(
                lambda: len(answers(engine)) >= PLAYERS, timeout=60, what="every answer"
            )
        finally:
            process.send_signal(signal.SIGTERM)
            output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
        log = output.decode()
        assert process.returncode == 0, log[-3000:]
        assert log.count("quizbot is ready") == 2
    assert sorted(answers(engine)) == sorted((p.delivery_id, p.user_id) for p in presses)


def test_workers_starting_together_on_an_empty_database_set_it_up_once(
    database_url: str,
) -> None:
    if not database_url.startswith("postgresql"):
        pytest.skip("several processes need PostgreSQL (TEST_DATABASE_URL)")
    # Each worker migrates and loads the bundled sets at start; before, the second one to
    # insert a set died of a duplicate slug, and `--workers` stopped them all.
    start = threading.Barrier(4)

    def set_up() -> list[str]:
        engine = make_engine(database_url)
        try:
            start.wait(timeout=30)
            upgrade_to_head(engine)
            return load_bundled_sets(engine)
        finally:
            engine.dispose()

    with ThreadPoolExecutor(4) as pool:
        loaded = list(pool.map(lambda _: set_up(), range(4)))
    assert sorted(map(len, loaded))[:3] == [0, 0, 0] and loaded != [[]] * 4
    engine = make_engine(database_url)
    with engine.connect() as connection:
        slugs = connection.execute(sa.text("SELECT slug FROM question_sets")).scalars().all()
    engine.dispose()
    assert sorted(slugs) == sorted(max(loaded, key=len))
