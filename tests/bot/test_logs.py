"""Logs a person can read: no per-request or per-tick noise at INFO, JSON lines on request."""

from __future__ import annotations

import asyncio
import json
import signal
import subprocess
import sys
from pathlib import Path

from tests.bot.test_run_command import run_against
from tests.fakebot import FakeBotApi

EMIT = """
import logging
from bot.logs import configure_logging
configure_logging({level!r}, {fmt!r})
logging.getLogger("quizbot").info("ready")
logging.getLogger("apscheduler.executors.default").info("Running job")
logging.getLogger("httpx").info("HTTP Request: POST")
logging.getLogger("tornado.access").info("200 POST /webhook")
"""


def emitted(level: str, fmt: str) -> list[str]:
    """Return the stderr lines a fresh process writes after configuring logging."""
    done = subprocess.run(
        [sys.executable, "-c", EMIT.format(level=level, fmt=fmt)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return done.stderr.splitlines()


def test_info_keeps_our_lines_and_drops_request_and_tick_noise() -> None:
    lines = emitted("INFO", "text")
    assert len(lines) == 1 and lines[0].endswith("INFO quizbot: ready")


def test_debug_shows_the_library_lines_too() -> None:
    assert len(emitted("DEBUG", "text")) == 4


def test_json_format_writes_one_object_per_line() -> None:
    [line] = emitted("INFO", "json")
    record = json.loads(line)
    assert (record["level"], record["logger"], record["message"]) == ("INFO", "quizbot", "ready")
    assert "time" in record


async def test_run_logs_json_start_up_and_admin_actions_without_scheduler_ticks(
    tmp_path: Path,
) -> None:
    async with FakeBotApi() as api:
        process = await run_against(
            api,
            tmp_path,
            LOG_FORMAT="json",
            ADMIN_IDS="9001",
            DAILY_CHECK_SECONDS="0.2",  # the scheduler ticks several times during the run
        )
        try:
            await api.wait_for_call("getUpdates", timeout=60)
            admin = api.user(9001, "Ada")
            await api.send_text(admin, "/stats")
            await api.wait_for_message(chat=admin, timeout=20)
        finally:
            process.send_signal(signal.SIGTERM)
            output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
    assert process.returncode == 0, output.decode()
    records = [json.loads(line) for line in output.decode().splitlines() if line.strip()]
    messages = [r["message"] for r in records]
    assert any(m.startswith("quizbot is ready") for m in messages), messages
    assert "admin 9001: /stats" in messages
    # Their INFO lines are gone; a WARNING (a tick missed on a loaded machine) may still show.
    chatter = [r for r in records if r["logger"].startswith(("apscheduler", "httpx"))]
    assert [r for r in chatter if r["level"] in ("DEBUG", "INFO")] == []
