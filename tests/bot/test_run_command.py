"""`quizbot run` as a real process: start-up, a game against the fake server, clean shutdown."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.fakebot import FakeBotApi

QUIZBOT = [sys.executable, "-c", "from bot.cli import main; main()"]


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Return a clean environment for the bot process."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "DATABASE_"))}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'bot.db'}", LOG_LEVEL="INFO", **extra)
    return env


async def run_against(api: FakeBotApi, tmp_path: Path, **extra: str) -> asyncio.subprocess.Process:
    """Start `quizbot run` as a real process against the fake server (output: stdout+stderr)."""
    env = _env(
        tmp_path,
        TELEGRAM_BOT_TOKEN=api.token,
        TELEGRAM_API_URL=api.base_url,
        TELEGRAM_FILE_URL=api.base_file_url,
        **extra,
    )
    return await asyncio.create_subprocess_exec(
        *QUIZBOT,
        "run",
        env=env,
        cwd=tmp_path,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )


def test_run_without_token_is_a_one_line_error(tmp_path: Path) -> None:
    done = subprocess.run(
        [*QUIZBOT, "run"],
        env=_env(tmp_path),
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert "TELEGRAM_BOT_TOKEN" in done.stderr and "Traceback" not in done.stderr


async def test_run_plays_the_bundled_set_and_stops_on_sigterm(tmp_path: Path) -> None:
    async with FakeBotApi() as api:
        process = await run_against(api, tmp_path)
        try:
            await api.wait_for_call("getUpdates", timeout=60)
            alice = api.user(1001, "Alice")
            await api.send_text(alice, "/quiz")
            question = await api.wait_for_message(chat=alice, timeout=20)
            assert question.text is not None and "SCO" in question.text
            assert question.reply_markup is not None
            await api.press(alice, question, 0)
            edited = await api.wait_for_edit(question, timeout=20)
            assert "Points:" in (edited.text or "")
            assert {c["command"] for c in api.commands()} >= {"quiz", "score", "daily"}
        finally:
            process.send_signal(signal.SIGTERM)
            output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
        log = output.decode()
        assert process.returncode == 0, log
        assert "quizbot is ready" in log
        assert api.token not in log and api.token.split(":")[1] not in log


async def test_a_rejected_token_is_one_line_and_leaves_no_connection_open(tmp_path: Path) -> None:
    async with FakeBotApi(accept_any_token=False) as api:
        env = _env(
            tmp_path,
            TELEGRAM_BOT_TOKEN="123456:WRONG",
            TELEGRAM_API_URL=api.base_url,
            TELEGRAM_FILE_URL=api.base_file_url,
        )
        process = await asyncio.create_subprocess_exec(
            *QUIZBOT, "run", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        output, _ = await asyncio.wait_for(process.communicate(), timeout=60)
    log = output.decode()
    assert process.returncode == 2, log
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in log
    # The Bot API sessions opened for the failed start are closed, not left to the collector.
    assert "Unclosed client session" not in log, log
