"""Benchmark (not a test): one daily broadcast to many subscribers through the fake Bot API.

The fake runs in its own process (this module with ``--serve-fake``: the fakebot server
without its per-message PTB round-trip check) and answers 429 above R messages a second; the
bot's SEND_RATE_PER_SECOND is R too. Subscriptions are seeded with bulk inserts, all due at
the same minute. The dispatcher first runs minutes ahead (picking every question), then at the
due minute, which is what is timed. Reported: achieved rate / R, the bot's CPU per message,
429s received, lost and duplicated deliveries (messages counted per chat on the fake: every
subscriber must get exactly one).

Run: ``python -m tests.bench_daily [--quick] [--rate R] [--concurrency N] [--in-process]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import tempfile
import time
from collections import Counter
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
from sqlalchemy import insert
from sqlalchemy.engine import Engine

from bot.app import build_application
from bot.jobs.daily import dispatcher_of
from bot.service.sets import store_read_set
from bot.settings import Settings
from db.engine import make_engine, session_scope
from db.migrate import upgrade_to_head
from db.models import Chat, DailySubscription, User
from tests.bench.memory import cpu_seconds
from tests.bot.conftest import Clock
from tests.fakebot import FakeBotApi
from tests.helpers import make_set

DUE = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
FIRST_USER = 10_000_001
TOKEN = "123456:BENCH-TOKEN"
ROOT = Path(__file__).resolve().parent.parent


def seed(engine: Engine, subscribers: int) -> list[int]:
    """Store a 30-question set and `subscribers` private chats all due at DUE, in bulk."""
    store_read_set(engine, make_set(30, slug="bench", title="Bench"))
    ids = list(range(FIRST_USER, FIRST_USER + subscribers))
    with session_scope(engine) as session:
        session.execute(
            insert(User),
            [
                {"id": i, "first_name": f"User{i}", "created_at": DUE, "last_seen_at": DUE}
                for i in ids
            ],
        )
        session.execute(
            insert(Chat), [{"id": i, "type": "private", "created_at": DUE} for i in ids]
        )
        session.execute(
            insert(DailySubscription),
            [
                {
                    "chat_id": i,
                    "local_time": "08:00",
                    "timezone": "UTC",
                    "next_due_at": DUE,
                    "active": True,
                    "created_at": DUE,
                    "updated_at": DUE,
                }
                for i in ids
            ],
        )
    return ids


async def serve_fake(rate: float) -> None:
    """Serve a rate-limited fake until SIGTERM; print its base and control URLs first.

    `python -m tests.fakebot` round-trips every message it stores through PTB's de_json to
    check it; that check alone caps the fake below 1,000 messages a second on a small machine,
    so the benchmark serves it without the check.
    """
    api = FakeBotApi(token=TOKEN, rate_limit=rate, check_updates=False)
    await api.start()
    print(api.base_url, flush=True)
    print(api.control_url, flush=True)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    await stop.wait()
    await api.stop()


@asynccontextmanager
async def fake_server(
    rate: float, in_process: bool
) -> AsyncIterator[tuple[str, str, Any, int | None]]:
    """Yield (base_url, control_url, in-process api or None, the fake's pid or None)."""
    if in_process:
        async with FakeBotApi(token=TOKEN, rate_limit=rate, check_updates=False) as api:
            yield api.base_url, api.control_url, api, None
        return
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.bench_daily",
        "--serve-fake",
        "--rate",
        str(rate),
        stdout=asyncio.subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        assert process.stdout is not None
        base_url = (await process.stdout.readline()).decode().strip()
        control = (await process.stdout.readline()).decode().strip()
        yield base_url, control, None, process.pid
    finally:
        process.terminate()
        await process.wait()


async def register_users(control: str, ids: list[int], api: Any) -> None:
    """Make every subscriber known to the fake (a chat it does not know answers 400)."""
    if api is not None:
        for i in ids:
            api.user(i, f"User{i}")
        return
    async with aiohttp.ClientSession() as session:
        semaphore = asyncio.Semaphore(64)

        async def one(i: int) -> None:
            async with semaphore, session.post(f"{control}/user", json={"id": i}) as response:
                assert response.status == 200, await response.text()

        await asyncio.gather(*(one(i) for i in ids))


async def messages_per_chat(control: str, api: Any) -> tuple[Counter[int], dict[str, Any]]:
    """Count the bot's messages per chat, and return the fake's traffic counters."""
    if api is not None:
        return Counter(m.chat_id for m in api.messages()), api.stats.to_dict()
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{control}/messages") as response:
            messages = (await response.json())["result"]
        async with session.get(f"{control}/stats") as response:
            stats = (await response.json())["result"]
    return Counter(int(m["chat"]["id"]) for m in messages), stats


async def broadcast(
    subscribers: int, rate: float, in_process: bool, concurrency: int | None = None
) -> dict[str, Any]:
    """Seed, start the fake, run one dispatcher pass and measure it."""
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.db'}"
        engine = make_engine(url)
        upgrade_to_head(engine)
        ids = seed(engine, subscribers)
        async with fake_server(rate, in_process) as (base_url, control, api, fake_pid):
            await register_users(control, ids, api)
            settings = Settings(
                _env_file=None,  # type: ignore[call-arg]
                telegram_bot_token=TOKEN,
                telegram_api_url=base_url,
                database_url=url,
                send_rate_per_second=rate,
                daily_check_seconds=3600,
            )
            clock = Clock(DUE - timedelta(minutes=5))
            app = build_application(settings, engine=engine, clock=clock)
            await app.initialize()
            try:
                dispatcher = dispatcher_of(app)
                dispatcher.concurrency = concurrency or dispatcher.concurrency
                # Minutes before the due time the dispatcher picks every question ahead ...
                started = time.perf_counter()
                prepared = 0
                while picked := (await dispatcher.run_once()).prepared:
                    prepared += picked
                prepare_seconds = time.perf_counter() - started
                # ... so that at the due minute the broadcast is only HTTP.
                clock.now = DUE + timedelta(seconds=30)
                fake_cpu = cpu_seconds(fake_pid) if fake_pid else None
                started, cpu = time.perf_counter(), time.process_time()
                report = await dispatcher.run_once()
                seconds = time.perf_counter() - started
                cpu = time.process_time() - cpu
                if fake_cpu is not None and fake_pid:
                    fake_cpu = (cpu_seconds(fake_pid) or fake_cpu) - fake_cpu
            finally:
                await app.shutdown()
            counts, stats = await messages_per_chat(control, api)
        engine.dispose()
    delivered = sum(1 for i in ids if counts[i] >= 1)
    achieved = report.sent / seconds if seconds else 0.0
    return {
        "subscribers": subscribers,
        "rate_limit_per_second": rate,
        "fake_server": "in-process" if in_process else "separate process",
        "concurrency": dispatcher.concurrency,
        "prepared_ahead": prepared,
        "prepare_seconds": round(prepare_seconds, 2),
        "send_seconds": round(seconds, 2),
        "sent": report.sent,
        "achieved_per_second": round(achieved, 1),
        # CPU the bot process spent per message: what the rate would be on a core of its own.
        "bot_cpu_ms_per_message": round(1000 * cpu / max(report.sent, 1), 3),
        # The fake's CPU per message: the two share the machine's cores.
        "fake_cpu_ms_per_message": None
        if fake_cpu is None
        else round(1000 * fake_cpu / max(report.sent, 1), 3),
        "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
        "achieved_over_limit": round(achieved / rate, 3),
        "http_429": int(stats["statuses"].get("429", stats["statuses"].get(429, 0))),
        "lost": subscribers - delivered,
        "duplicated": sum(c - 1 for i, c in counts.items() if i in set(ids) and c > 1),
        "failed": report.failed,
        "errors": report.errors,
    }


def run(
    quick: bool = False,
    *,
    rate: float = 1000.0,
    in_process: bool = False,
    concurrency: int | None = None,
) -> dict[str, Any]:
    """Broadcast to 10,000 subscribers (1,000 if quick) at R = `rate` and report the figures."""
    return asyncio.run(broadcast(1_000 if quick else 10_000, rate, in_process, concurrency))


def main() -> None:
    """Run from the command line and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rate", type=float, default=1000.0)
    parser.add_argument("--in-process", action="store_true")
    parser.add_argument("--concurrency", type=int, default=None)
    parser.add_argument("--serve-fake", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_fake:
        asyncio.run(serve_fake(args.rate))
        return
    figures = run(
        args.quick, rate=args.rate, in_process=args.in_process, concurrency=args.concurrency
    )
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
