"""With several workers on one PostgreSQL, exactly one process runs each admin job.

Every worker that starts resumes the unfinished jobs. Before, each of them ran every one, so a
broadcast went out once per worker; now a job runs only in the process that holds its
advisory lock, and a live worker takes over a job whose process died.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections import Counter
from collections.abc import AsyncIterator, Callable
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session
from telegram.ext import Application

from bot.app import build_application
from bot.jobs import admin as admin_jobs
from bot.service.jobs import JobService
from bot.settings import Settings
from db.engine import make_engine
from db.jobs import JOB_LOCK_SPACE
from tests.bot.conftest import Clock
from tests.deploy.conftest import free_port
from tests.deploy.test_webhook import QUIZBOT
from tests.deploy.test_workers import workers_env
from tests.fakebot import FakeBotApi
from tests.helpers import add_chat, add_user

ADMIN = 9001
RECIPIENTS = 200
TEXT = "Tonight: the final round"
FINISHED = "📣 Broadcast finished"

pytestmark = pytest.mark.usefixtures("postgres_only")


@pytest.fixture
def postgres_only(engine: Engine) -> None:
    """Skip on SQLite: one process there, and nothing to share a job with."""
    if engine.dialect.name != "postgresql":
        pytest.skip("several processes need PostgreSQL (TEST_DATABASE_URL)")


def record_broadcast(engine: Engine, api: FakeBotApi) -> list[int]:
    """Register the admin and RECIPIENTS players, record a broadcast to them (not started)."""
    players = [7000 + n for n in range(RECIPIENTS)]
    with Session(engine) as session:
        for user_id in (ADMIN, *players):
            api.user(user_id, f"P{user_id}")
            add_user(session, user_id, first_name=f"P{user_id}")
            add_chat(session, user_id, "private")
        session.commit()
    JobService(engine).start_broadcast(ADMIN, ADMIN, TEXT, skip=ADMIN)
    return players


def copies(api: FakeBotApi, players: list[int]) -> Counter[int]:
    """Count how many copies of the broadcast each player got (0 included)."""
    got = Counter(m.chat_id for m in api.messages() if m.text == TEXT)
    return Counter({player: got[player] for player in players})


def job_states(engine: Engine) -> list[str]:
    """Every admin job's state, oldest first."""
    with engine.connect() as connection:
        states = connection.execute(sa.text("SELECT state FROM admin_jobs ORDER BY id")).all()
        connection.rollback()
    return [str(state) for (state,) in states]


def job_locks(engine: Engine) -> int:
    """Count the admin-job locks some process holds on this database."""
    # pg_locks lists the whole server's: the other xdist worker's database may hold one.
    with engine.connect() as connection:
        held = connection.execute(
            sa.text(
                "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted"
                " AND classid = :space AND database ="
                " (SELECT oid FROM pg_database WHERE datname = current_database())"
            ),
            {"space": JOB_LOCK_SPACE},
        ).scalar_one()
        connection.rollback()
    return int(held)


async def no_job_locks(engine: Engine, *, timeout: float = 10.0) -> None:  # noqa: ASYNC109
    """Wait until the server has let go of every admin-job lock (a dead holder's session)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while job_locks(engine):
        assert loop.time() < deadline, "a dead process still holds its admin-job lock"
        await asyncio.sleep(0.05)  # a poll interval while the server ends the dead session


@contextlib.asynccontextmanager
async def worker(
    api: FakeBotApi, database_url: str, settings: Callable[..., Settings]
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """An application on its own engine (its own connections, as another process has)."""
    engine = make_engine(database_url)
    app = build_application(settings(api), engine=engine, clock=Clock())
    await app.initialize()
    try:
        yield app
    finally:
        await admin_jobs.job_runner(app).stop()
        await app.shutdown()
        engine.dispose()


async def run_out(app: Application) -> None:  # type: ignore[type-arg]
    """Wait for the admin jobs this application runs."""
    await asyncio.gather(*admin_jobs.job_runner(app).tasks)


async def test_two_workers_resuming_one_broadcast_send_each_chat_one_copy(
    engine: Engine, database_url: str, deploy_settings: Callable[..., Settings]
) -> None:
    async with FakeBotApi() as api:
        players = record_broadcast(engine, api)
        settings = lambda api: deploy_settings(api, send_rate_per_second=1000)  # noqa: E731
        async with (
            worker(api, database_url, settings) as one,
            worker(api, database_url, settings) as two,
        ):
            # Both start at the same moment, as `--workers 2` does.
            taken = await asyncio.gather(admin_jobs.resume(one), admin_jobs.resume(two))
            assert sorted(taken) == [0, 1]
            # While it runs, the other's sweep leaves it alone.
            assert await admin_jobs.resume(two if taken[0] else one) == 0
            await asyncio.gather(run_out(one), run_out(two))
        assert set(copies(api, players).values()) == {1}
        reports = [m for m in api.messages(ADMIN) if (m.text or "").startswith(FINISHED)]
        assert len(reports) == 1 and f"{RECIPIENTS} delivered" in (reports[0].text or "")
    assert job_states(engine) == ["done"]
    assert job_locks(engine) == 0


async def test_a_live_worker_takes_over_the_broadcast_of_one_that_died(
    tmp_path: Path,
    engine: Engine,
    database_url: str,
    deploy_settings: Callable[..., Settings],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async with FakeBotApi() as api:
        players = record_broadcast(engine, api)
        # After the status message and 61 copies every send hangs and is never delivered:
        # the kill lands mid-broadcast with sends in flight, none of them seen by a player.
        hang, sends = True, 0
        original = api._take_failure

        def take_failure(method: str, chat_id: object = None) -> object:
            nonlocal sends
            if method == "sendMessage":
                sends += 1
                if hang and sends > 1 + 61:
                    api.fail_next("sendMessage", delay=60, drop=True)
            return original(method, chat_id)

        monkeypatch.setattr(api, "_take_failure", take_failure)
        env = workers_env(tmp_path, api, database_url, free_port(), SEND_RATE_PER_SECOND="1000")
        log_path = tmp_path / "first.log"
        with log_path.open("wb") as output:
            first = await asyncio.create_subprocess_exec(
                *QUIZBOT, "run", "--webhook", env=env, cwd=tmp_path,
                stdout=output, stderr=asyncio.subprocess.STDOUT,
            )  # fmt: skip
        try:
            await api.wait_for(lambda: sends >= 1 + 61 + 8, timeout=60, what="8 hung sends")
            async with worker(api, database_url, deploy_settings) as live:
                # The first process runs it: the live worker's start leaves it alone.
                assert await admin_jobs.resume(live) == 0
                first.send_signal(signal.SIGKILL)
                await first.wait()
                hang = False
                api.clear_failures()
                # Its lock went with its connection; the next sweep takes the job over.
                await no_job_locks(engine)
                assert await admin_jobs.resume(live) == 1
                await run_out(live)
        finally:
            if first.returncode is None:
                first.kill()
                await first.wait()
        assert "resuming admin job" in log_path.read_text("utf-8", "replace")
        assert set(copies(api, players).values()) == {1}
        status = [m for m in api.messages(ADMIN) if "📣" in (m.text or "")]
        assert len(status) == 1 and (status[0].text or "").startswith(FINISHED)
    assert job_states(engine) == ["done"]
