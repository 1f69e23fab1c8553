"""The bots under test: the fake Bot API with per-chat waiters, and starting and stopping a bot."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from tests.fakebot import BotMessage, FakeBotApi, FakeUser
from tests.fakebot.server import Handler, Upload

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:BENCH-TOKEN"
WATCHED = ("sendMessage", "editMessageText")
START_TIMEOUT = 180.0


class BenchApi(FakeBotApi):
    """The fake Bot API with per-chat waiters fired when the bot sends or edits a message."""

    def __init__(self, **kwargs: Any) -> None:
        """Start with no waiters; PTB round-trips of every update are off (the bot does them)."""
        self._waiting: dict[int, tuple[str, asyncio.Future[tuple[BotMessage, float]]]] = {}
        super().__init__(token=TOKEN, check_updates=False, **kwargs)

    def _build_handlers(self) -> dict[str, Handler]:
        """Wrap the watched methods so a finished call fires its chat's waiter."""
        handlers = super()._build_handlers()
        for method in WATCHED:
            handlers[method] = self._watch(method, handlers[method])
        return handlers

    def _watch(self, method: str, inner: Handler) -> Handler:
        """Return `inner` plus: resolve the chat's waiter with (message, time it landed)."""

        async def handler(params: dict[str, Any], files: dict[str, Upload]) -> Any:
            result = await inner(params, files)
            chat_id = int(result["chat"]["id"])
            waiting = self._waiting.get(chat_id)
            if waiting is not None and waiting[0] == method and not waiting[1].done():
                del self._waiting[chat_id]
                landed = time.perf_counter()
                waiting[1].set_result((self.message(chat_id, int(result["message_id"])), landed))
            return result

        return handler

    def expect(self, chat_id: int, method: str) -> asyncio.Future[tuple[BotMessage, float]]:
        """Return a future for the next `method` call (sendMessage/editMessageText) in a chat."""
        future: asyncio.Future[tuple[BotMessage, float]] = (
            asyncio.get_running_loop().create_future()
        )
        self._waiting[chat_id] = (method, future)
        return future


@dataclass
class SimUser:
    """One simulated user and the question message they are looking at."""

    fake: FakeUser
    message: BotMessage


@dataclass
class Samples:
    """What the users saw in one measured window."""

    answers: list[tuple[float, float]] = field(default_factory=list)  # (pressed, edited)
    nexts: list[tuple[float, float]] = field(default_factory=list)  # (pressed, new question)
    timeouts: int = 0
    errors: Counter[str] = field(default_factory=Counter)


@dataclass
class BotUnderTest:
    """A bot subprocess, the fake it polls and its simulated users."""

    name: str
    api: BenchApi
    process: asyncio.subprocess.Process
    log_path: Path
    users: list[SimUser] = field(default_factory=list)
    rounds: list[dict[str, Any]] = field(default_factory=list)
    samples: Samples = field(default_factory=Samples)
    profile: Path | None = None


def bot_environment(api: BenchApi, database_url: str, send_rate: float) -> dict[str, str]:
    """Return the environment for a bot subprocess: this one minus quizbot settings, plus ours."""
    from bot.settings import Settings

    names = {name.upper() for name in Settings.model_fields}
    env = {key: value for key, value in os.environ.items() if key.upper() not in names}
    env.update(
        {
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.base_url,
            "TELEGRAM_FILE_URL": api.base_file_url,
            "DATABASE_URL": database_url,
            "SEND_RATE_PER_SECOND": repr(send_rate),
            "HEALTH_PORT": "0",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        }
    )
    return env


def quizbot_command() -> list[str]:
    """Return the argv of `quizbot run` (the installed script beside this Python if present)."""
    script = Path(sys.executable).parent / "quizbot"
    if script.exists():
        return [str(script), "run"]
    return [sys.executable, "-c", "from bot.cli import main; main()", "run"]


def ptb_profiles(database_url: str, send_rate: float) -> dict[str, dict[str, Any]]:
    """Build (not run) both Applications in-process and describe their PTB settings."""
    from bot.app import build_application
    from bot.context import services_of
    from bot.settings import Settings
    from tests.bench.baseline_bot import build_baseline, ptb_profile

    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=SecretStr(TOKEN),
        database_url="sqlite:///:memory:",
        send_rate_per_second=send_rate,
        health_port=0,
    )
    ours = build_application(settings)
    profile = ptb_profile(ours)
    services_of(ours).engine.dispose()
    baseline = build_baseline(settings, int(profile["max_concurrent_updates"]))
    return {"quizbot": profile, "baseline": ptb_profile(baseline)}


async def start_bot(
    name: str, argv: list[str], api: BenchApi, env: dict[str, str], workdir: Path
) -> BotUnderTest:
    """Start a bot subprocess and wait until it long-polls its fake."""
    log_path = workdir / f"{name}.log"
    with log_path.open("wb") as log:
        process = await asyncio.create_subprocess_exec(
            *argv, env=env, cwd=workdir, stdout=log, stderr=asyncio.subprocess.STDOUT
        )
    bot = BotUnderTest(name, api, process, log_path)
    polling = asyncio.ensure_future(api.wait_for_call("getUpdates", timeout=START_TIMEOUT))
    exited = asyncio.ensure_future(process.wait())
    done, _ = await asyncio.wait({polling, exited}, return_when=asyncio.FIRST_COMPLETED)
    if exited in done or polling.exception() is not None:
        polling.cancel()
        await stop_bot(bot)
        tail = log_path.read_text(errors="replace")[-3000:]
        raise RuntimeError(f"{name} did not start (exit {process.returncode}):\n{tail}")
    exited.cancel()
    return bot


async def stop_bot(bot: BotUnderTest) -> None:
    """Stop a bot subprocess with SIGTERM (SIGKILL after 30 s)."""
    if bot.process.returncode is not None:
        return
    bot.process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(bot.process.wait(), 30)
    except TimeoutError:
        bot.process.kill()
        await bot.process.wait()
