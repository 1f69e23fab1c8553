"""Webhook mode: Telegram (the fake server) POSTs updates to the bot, with a secret token."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy.engine import Engine

from bot.app import build_application
from bot.cli import cli
from bot.settings import Settings
from tests.bot.conftest import TRICKY_SET, Clock, load_sets
from tests.deploy.conftest import (
    SECRET,
    free_port,
    http_get,
    metric_value,
    running_webhook,
    wait_for_port,
)
from tests.deploy.test_health_metrics import right_option
from tests.fakebot import FakeBotApi, FakeUser, builders

QUIZBOT = [sys.executable, "-c", "from bot.cli import main; main()"]


def forged_update(user: FakeUser, text: str) -> dict[str, object]:
    """Return a message update that did not come from Telegram (for raw POSTs)."""
    return {"message": builders.text_message(990_001, user.chat, user.to_dict(), text)}


async def test_updates_arrive_by_webhook_and_forged_posts_are_refused(
    engine: Engine, deploy_settings: Callable[..., Settings]
) -> None:
    load_sets(engine, TRICKY_SET)
    async with FakeBotApi() as api:
        app = build_application(deploy_settings(api), engine=engine, clock=Clock())
        async with running_webhook(app, port=free_port()) as url:
            assert api.webhook_url == url and api.webhook_secret == SECRET
            alice = api.user(1001, "Alice")
            await api.send_text(alice, "/quiz")
            question = await api.wait_for_message(chat=alice)
            await api.press(alice, question, right_option(engine, question))
            edited = await api.wait_for_edit(question)
            assert "Points: 1" in (edited.text or "")
            assert [d.status for d in api.webhook_deliveries] == [200, 200]

            # Someone who knows the URL but not the secret is turned away, unheard.
            assert await api.post_raw_update(forged_update(alice, "/score"), secret="wrong") == 403
            assert await api.post_raw_update(forged_update(alice, "/score"), secret=None) == 403
            await api.send_text(alice, "/help")
            reply = await api.wait_for_message(chat=alice)
            assert "/quiz" in (reply.text or "")
            assert len(api.messages(alice)) == 2  # the question and the /help reply only


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """Return a clean environment for the bot process."""
    prefixes = ("TELEGRAM_", "DATABASE_", "WEBHOOK_", "LISTEN_", "HEALTH_")
    env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
    env.update(LOG_LEVEL="INFO", **extra)
    return env


async def test_quizbot_run_webhook_serves_updates_health_and_stops_on_sigterm(
    tmp_path: Path, database_url: str
) -> None:
    port, health_port = free_port(), free_port()
    webhook_url = f"http://127.0.0.1:{port}/telegram/hook"
    async with FakeBotApi() as api:
        env = _env(
            tmp_path,
            TELEGRAM_BOT_TOKEN=api.token,
            TELEGRAM_API_URL=api.base_url,
            TELEGRAM_FILE_URL=api.base_file_url,
            DATABASE_URL=database_url,
            WEBHOOK_URL=webhook_url,
            WEBHOOK_SECRET=SECRET,
            LISTEN_HOST="127.0.0.1",
            LISTEN_PORT=str(port),
            HEALTH_PORT=str(health_port),
        )
        process = await asyncio.create_subprocess_exec(
            *QUIZBOT, "run", "--webhook", env=env, cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        try:
            await api.wait_for_call("setWebhook", timeout=60)
            assert api.webhook_url == webhook_url and api.webhook_secret == SECRET
            assert not api.calls_to("getUpdates")
            await wait_for_port(port)
            alice = api.user(1001, "Alice")
            await api.send_text(alice, "/start")
            greeting = await api.wait_for_message(chat=alice, timeout=20)
            assert "Alice" in (greeting.text or "")
            assert await api.post_raw_update(forged_update(alice, "/quiz"), secret="nope") == 403

            health = await http_get(f"http://127.0.0.1:{health_port}/healthz")
            assert health.status == 200 and health.json()["database"]["ok"] is True
            metrics = await http_get(f"http://127.0.0.1:{health_port}/metrics")
            assert metric_value(metrics.text, "quizbot_updates_total", kind="message") == 1
        finally:
            # A bot that already exited has no process to signal: let the real failure show.
            if process.returncode is None:
                process.send_signal(signal.SIGTERM)
            output, _ = await asyncio.wait_for(process.communicate(), timeout=30)
        log = output.decode()
        assert process.returncode == 0, log
        assert "quizbot is ready" in log
        assert api.token not in log and api.token.split(":")[1] not in log
        assert SECRET not in log


@pytest.mark.parametrize(
    ("present", "named"),
    [
        ({}, "WEBHOOK_URL and WEBHOOK_SECRET"),
        ({"WEBHOOK_URL": "https://bot.example.com/tg"}, "WEBHOOK_SECRET"),
        ({"WEBHOOK_SECRET": SECRET}, "WEBHOOK_URL"),
    ],
)
def test_webhook_without_its_settings_is_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, present: dict[str, str], named: str
) -> None:
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DATABASE_", "WEBHOOK_")):
            monkeypatch.delenv(name)
    env = {"TELEGRAM_BOT_TOKEN": "123456:never-used", **present}
    result = CliRunner().invoke(cli, ["run", "--webhook"], env=env)
    assert result.exit_code == 2
    assert result.stderr.strip() == f"Error: --webhook needs {named}; see .env.example."
    assert not (tmp_path / "data").exists()  # refused before touching the database


def test_a_webhook_secret_telegram_would_refuse_is_caught_at_start(tmp_path: Path) -> None:
    env = _env(tmp_path, TELEGRAM_BOT_TOKEN="123456:never-used", WEBHOOK_SECRET="has spaces")
    done = subprocess.run(
        [*QUIZBOT, "run", "--webhook"], env=env, cwd=tmp_path, capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.strip().count("\n") == 0
    assert done.stderr.startswith("Error: WEBHOOK_SECRET:") and "A-Z" in done.stderr
