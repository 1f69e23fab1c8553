"""Admin jobs survive restarts: a broadcast or an upload cut short by kill -9 or SIGTERM is
resumed when the bot starts again, or reported to the admin when it cannot be.

Before, an upload in progress at a restart was never retried or reported, a broadcast killed
at 61 of 200 stayed at 61 with "📣 Sending to 200 chats…" forever, and SIGTERM waited for a
running import.
"""

from __future__ import annotations

import asyncio
import signal
import threading
from pathlib import Path

import pytest
from sqlmodel import Session

from bot.jobs.admin import JobRunner
from bot.service.jobs import JobService
from bot.service.worker import in_daemon_thread
from db.engine import make_engine
from db.migrate import upgrade_to_head
from tests.fakebot import BotMessage, FakeBotApi
from tests.helpers import add_chat, add_user
from tests.reliability.conftest import BotProcess, reader

ADMIN = 9001
RECIPIENTS = 200
KILLED_AT = 61
BROADCAST = "Big news & more <soon>"
SET_FILE = b"""\
slug: resumed
title: Resumed
questions:
  - text: Which planet is the largest?
    options: [Jupiter, Mars]
    answer: Jupiter
"""


def is_broadcast(message: BotMessage) -> bool:
    """Return True for a copy of the broadcast."""
    return message.text == BROADCAST


def add_players(database_url: str, api: FakeBotApi, count: int) -> list[int]:
    """Register `count` players with private chats directly in the database."""
    writer = make_engine(database_url)
    upgrade_to_head(writer)
    ids = [7000 + n for n in range(count)]
    with Session(writer) as session:
        for user_id in ids:
            api.user(user_id, f"P{user_id}")
            add_user(session, user_id, first_name=f"P{user_id}")
            add_chat(session, user_id, "private")
        session.commit()
    writer.dispose()
    return ids


def job_states(database_url: str) -> list[tuple[str, str]]:
    """Every admin job as (kind, state)."""
    engine = reader(database_url)
    with engine.connect() as connection:
        rows = connection.exec_driver_sql("SELECT kind, state FROM admin_jobs ORDER BY id").all()
        connection.rollback()
    engine.dispose()
    return [(str(kind), str(state)) for kind, state in rows]


async def test_kill_9_mid_broadcast_resumes_and_reaches_every_chat_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"ADMIN_IDS": str(ADMIN), "SEND_RATE_PER_SECOND": "200"}
    async with FakeBotApi() as api, BotProcess(tmp_path, api, env=env) as bot:
        players = add_players(bot.database_url, api, RECIPIENTS)
        admin = api.user(ADMIN, "Ada")
        # After the preview, the status message and KILLED_AT copies, every send hangs and is
        # never delivered: the kill lands with the broadcast at 61 and sends in flight.
        hang = True
        sends = 0
        original = api._take_failure

        def take_failure(method: str, chat_id: object = None) -> object:
            nonlocal sends
            if method == "sendMessage":
                sends += 1
                if hang and sends > 2 + KILLED_AT:
                    api.fail_next("sendMessage", delay=60, drop=True)
            return original(method, chat_id)

        monkeypatch.setattr(api, "_take_failure", take_failure)
        await bot.start()
        await api.send_text(admin, f"/broadcast {BROADCAST}")
        preview = await api.wait_for_message(chat=admin, timeout=20)
        await api.press(admin, preview, f"📣 Send to {RECIPIENTS}")
        status = await api.wait_for_message(chat=admin, timeout=20)
        assert (status.text or "").startswith("📣 Sending to")
        await api.wait_for(lambda: sends >= 2 + KILLED_AT + 8, timeout=30, what="8 hung sends")
        await bot.kill()
        copies = [m for m in api.messages() if is_broadcast(m)]
        assert len(copies) == KILLED_AT
        hang = False
        api.clear_failures()

        await bot.start()
        finished = await api.wait_for_edit(
            status,
            predicate=lambda m: "finished" in (m.text or ""),
            timeout=60,
        )
        assert await bot.stop() == 0, bot.logs()[-1]

    per_chat = {chat: len([m for m in api.messages(chat) if is_broadcast(m)]) for chat in players}
    assert set(per_chat.values()) == {1}, "every player gets the broadcast exactly once"
    assert f"{RECIPIENTS} delivered" in (finished.text or "")
    # The status message said what happened in between, and nothing was left saying "Sending".
    said = [str(edit.after.get("text") or "") for edit in finished.edits]
    rest = RECIPIENTS - KILLED_AT
    assert said[0] == (
        f"📣 Resumed after a restart: {KILLED_AT} of {RECIPIENTS} done, "
        f"sending to the other {rest}…"
    )
    assert job_states(bot.database_url) == [("broadcast", "done")]


async def test_sigterm_mid_upload_stops_at_once_and_the_upload_resumes(tmp_path: Path) -> None:
    async with FakeBotApi() as api, BotProcess(tmp_path, api, env={"ADMIN_IDS": str(ADMIN)}) as bot:
        admin = api.user(ADMIN, "Ada")
        await bot.start()
        api.fail_next("getFile", delay=30)  # the upload is in progress when SIGTERM comes
        await api.upload_document(admin, "resumed.yaml", SET_FILE)
        await api.wait_for_call("getFile", timeout=20)
        assert bot.process is not None
        bot.process.send_signal(signal.SIGTERM)
        # A bounded wait: the bot must be gone well before the upload could have finished.
        assert await asyncio.wait_for(bot.process.wait(), timeout=10) == 0, bot.logs()[-1]
        assert job_states(bot.database_url) == [("import", "running")]
        api.clear_failures()

        await bot.start()
        reply = await api.wait_for_message(
            chat=admin, predicate=lambda m: "interrupted by a restart" in (m.text or ""), timeout=30
        )
        assert "✅ Resumed (resumed), new set" in (reply.text or "")
        assert await bot.stop() == 0, bot.logs()[-1]
    assert job_states(bot.database_url) == [("import", "done")]


async def test_an_upload_that_cannot_be_fetched_again_is_reported(tmp_path: Path) -> None:
    async with FakeBotApi() as api, BotProcess(tmp_path, api, env={"ADMIN_IDS": str(ADMIN)}) as bot:
        admin = api.user(ADMIN, "Ada")
        add_players(bot.database_url, api, 0)
        writer = make_engine(bot.database_url)
        JobService(writer).start_import(
            ADMIN, ADMIN, file_id="expired-file-id", filename="lost.csv", caption=None
        )
        writer.dispose()
        await bot.start()
        reply = await api.wait_for_message(chat=admin, timeout=30)
        assert await bot.stop() == 0, bot.logs()[-1]
    assert "lost.csv" in (reply.text or "") and "Please send the file again" in (reply.text or "")
    assert job_states(bot.database_url) == [("import", "interrupted")]


async def test_stopping_never_waits_for_blocking_work() -> None:
    runner = JobRunner()
    gate, entered = threading.Event(), threading.Event()

    def import_that_hangs() -> None:
        entered.set()
        gate.wait()

    async def job() -> None:
        await in_daemon_thread(import_that_hangs)

    runner.start(job(), name="import-1", graceful=False)
    await asyncio.to_thread(entered.wait, 10)
    [task] = runner.tasks
    await runner.stop(grace=0.1)
    assert task.cancelled()
    assert runner.stopping.is_set()
    worker = next(t for t in threading.enumerate() if t.name == "quizbot-admin-job")
    assert worker.daemon  # an exit does not wait for it
    gate.set()
