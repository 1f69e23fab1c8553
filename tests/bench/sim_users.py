"""Simulated users answering questions: closed-loop rounds and an open loop, and their figures."""

from __future__ import annotations

import asyncio
import math
import random
import statistics
import time
from collections.abc import Awaitable, Callable
from typing import Any

from tests.bench.bench_bots import BenchApi, BotUnderTest, Samples, SimUser
from tests.bench.memory import (
    cpu_seconds,
    io_counters,
    peak_rss_mib,
    rss_mib,
    run_queue_wait_seconds,
    self_cpu_seconds,
)
from tests.fakebot import BotMessage

STEP_TIMEOUT = 30.0
FIRST_USER = 1  # quizbot's users are existing players of the benchmark database


def percentile(values: list[float], pct: float) -> float:
    """Return the nearest-rank percentile of `values` (which must not be empty)."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def latency_summary(pairs: list[tuple[float, float]]) -> dict[str, float | None]:
    """Summarize (start, end) pairs as p50/p95/p99/mean/max latency in milliseconds."""
    values = [(end - start) * 1000 for start, end in pairs]
    if not values:
        return {"p50": None, "p95": None, "p99": None, "mean": None, "max": None}
    return {
        "p50": round(percentile(values, 50), 2),
        "p95": round(percentile(values, 95), 2),
        "p99": round(percentile(values, 99), 2),
        "mean": round(statistics.fmean(values), 2),
        "max": round(max(values), 2),
    }


async def setup_users(bot: BotUnderTest, count: int) -> None:
    """Give every simulated user a question (/quiz), a few users at a time."""
    gate = asyncio.Semaphore(16)

    async def one(user_id: int) -> SimUser:
        async with gate:
            fake = bot.api.user(user_id, f"Player {user_id}")
            waiter = bot.api.expect(user_id, "sendMessage")
            await bot.api.send_text(fake, "/quiz")
            message, _ = await asyncio.wait_for(waiter, STEP_TIMEOUT)
            return SimUser(fake, message)

    bot.users = list(await asyncio.gather(*(one(FIRST_USER + i) for i in range(count))))


async def _step(
    api: BenchApi,
    user: SimUser,
    method: str,
    act: Callable[..., Awaitable[Any]],
    *args: Any,
) -> tuple[float, BotMessage, float]:
    """Do one user action, `act(*args)`, and wait for the bot's `method` call in that chat."""
    waiter = api.expect(user.fake.id, method)
    pressed = time.perf_counter()
    await act(*args)
    message, landed = await asyncio.wait_for(waiter, STEP_TIMEOUT)
    return pressed, message, landed


async def play(bot: BotUnderTest, user: SimUser, until: float, rng: random.Random) -> Samples:
    """Loop: answer, wait for the edit, press Next, wait for the new question, until `until`."""
    api, samples = bot.api, Samples()
    while time.perf_counter() < until:
        await _answer_cycle(api, user, samples, rng)
    return samples


async def _answer_cycle(api: BenchApi, user: SimUser, samples: Samples, rng: random.Random) -> None:
    """Press a random option, wait for the edit, press Next, wait for the new question.

    A lost step counts as a timeout or an error, and the user asks for a fresh question.
    """
    try:
        choice = rng.randrange(len(user.message.buttons))
        pressed, edited, landed = await _step(
            api, user, "editMessageText", api.press, user.fake, user.message, choice
        )
        samples.answers.append((pressed, landed))
        pressed, new, landed = await _step(
            api, user, "sendMessage", api.press, user.fake, edited, 0
        )
        samples.nexts.append((pressed, landed))
        user.message = new
    except TimeoutError:
        samples.timeouts += 1
        await _recover(api, user, samples)
    except (AssertionError, ValueError) as exc:
        samples.errors[type(exc).__name__] += 1
        await _recover(api, user, samples)


async def _recover(api: BenchApi, user: SimUser, samples: Samples) -> None:
    """After a lost step, ask for a fresh question with /quiz."""
    try:
        _, message, _ = await _step(api, user, "sendMessage", api.send_text, user.fake, "/quiz")
        user.message = message
    except (TimeoutError, AssertionError) as exc:
        samples.errors[f"recover:{type(exc).__name__}"] += 1


async def run_round(
    bot: BotUnderTest, seconds: float, warmup: float, seed: int, profiler: str | None
) -> None:
    """Drive all users of one bot for warm-up + `seconds`; keep what happened in the window.

    Throughput counts the edits that landed in the window; latency is taken for every press
    made in the window, even if its edit lands just after it (users stop pressing at the end,
    so the last presses are still queued behind a full load).
    """
    rng = random.Random(seed)
    start = time.perf_counter()
    window_start, window_end = start + warmup, start + warmup + seconds
    tasks = [
        asyncio.ensure_future(play(bot, user, window_end, random.Random(rng.random())))
        for user in bot.users
    ]
    await asyncio.sleep(max(0.0, window_start - time.perf_counter()))
    pid = bot.process.pid
    bot_cpu0, own_cpu0 = cpu_seconds(pid), self_cpu_seconds()
    wait0, io0 = run_queue_wait_seconds(pid), io_counters(pid)
    spy = await _start_profiler(profiler, bot, seconds) if profiler else None
    await asyncio.sleep(max(0.0, window_end - time.perf_counter()))
    bot_cpu1, own_cpu1 = cpu_seconds(pid), self_cpu_seconds()
    wait1, io1 = run_queue_wait_seconds(pid), io_counters(pid)
    results = await asyncio.gather(*tasks)
    if spy is not None:
        await spy.wait()
    answers = [p for s in results for p in s.answers if window_start <= p[0] <= window_end]
    # Users move in waves (all answers, then all "next"s) because one update is handled at a
    # time; counting both halves of a cycle as they land keeps the rate from depending on where
    # the window cuts a wave.
    landed = sum(
        window_start <= p[1] <= window_end for s in results for p in (*s.answers, *s.nexts)
    )
    cycles = landed / 2
    nexts = [p for s in results for p in s.nexts if window_start <= p[0] <= window_end]
    bot.samples.answers += answers
    bot.samples.nexts += nexts
    for s in results:
        bot.samples.timeouts += s.timeouts
        bot.samples.errors.update(s.errors)
    bot_cpu = (bot_cpu1 or 0.0) - (bot_cpu0 or 0.0)
    bot.rounds.append(
        {
            "seconds": round(seconds, 2),
            "answers": cycles,
            "answers_per_s": round(cycles / seconds, 1),
            "latency_ms": latency_summary(answers),
            "bot_cpu_seconds": round(bot_cpu, 3),
            "bot_cpu_percent": round(100 * bot_cpu / seconds, 1),
            # Time the bot was runnable but had no CPU (other processes on the machine).
            "bot_run_queue_wait_s": round((wait1 or 0.0) - (wait0 or 0.0), 3),
            # File I/O of the bot (SQLite: WAL writes, page reads past its cache).
            "bot_read_syscalls": io1.get("syscr", 0) - io0.get("syscr", 0),
            "bot_write_syscalls": io1.get("syscw", 0) - io0.get("syscw", 0),
            "bot_bytes_written": io1.get("wchar", 0) - io0.get("wchar", 0),
            "driver_cpu_percent": round(100 * (own_cpu1 - own_cpu0) / seconds, 1),
            "timeouts": sum(s.timeouts for s in results),
        }
    )


async def _start_profiler(
    py_spy: str, bot: BotUnderTest, seconds: float
) -> asyncio.subprocess.Process:
    """Attach py-spy to a bot for the measured window (raw collapsed stacks, 100 Hz)."""
    assert bot.profile is not None
    return await asyncio.create_subprocess_exec(
        py_spy, "record", "--pid", str(bot.process.pid), "--duration", str(max(1, int(seconds))),
        "--rate", "100", "--format", "raw", "--output", str(bot.profile),
        stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL,
    )  # fmt: skip


async def open_loop(bot: BotUnderTest, rate: float, seconds: float, seed: int) -> dict[str, Any]:
    """Press at a fixed rate whatever the bot's pace: `rate` answers a second for `seconds`.

    Each press goes to an idle user (one whose last answer and Next have landed), who then
    presses Next; the latency is press -> edited answer. Arrivals never wait for the bot, so a
    bot that falls behind shows it in the latency, not in a lower rate; a press due when no
    user is idle is counted as skipped.
    """
    api, rng = bot.api, random.Random(seed)
    idle = list(bot.users)
    rng.shuffle(idle)
    samples, skipped, tasks = Samples(), 0, []

    async def cycle(user: SimUser) -> None:
        try:
            await _answer_cycle(api, user, samples, rng)
        finally:
            idle.append(user)

    started = time.perf_counter()
    for i in range(int(rate * seconds)):
        await asyncio.sleep(max(0.0, started + i / rate - time.perf_counter()))
        if not idle:
            skipped += 1
            continue
        tasks.append(asyncio.ensure_future(cycle(idle.pop(0))))
    await asyncio.gather(*tasks)
    return {
        "rate": rate,
        "seconds": seconds,
        "presses": len(samples.answers),
        "skipped": skipped,
        "latency_ms": latency_summary(samples.answers),
        "timeouts": samples.timeouts,
        "errors": dict(samples.errors),
    }


def summarize(bot: BotUnderTest, measured: float) -> dict[str, Any]:
    """Pool the rounds of one bot into its figures."""
    answers = sum(r["answers"] for r in bot.rounds)
    cpu = sum(r["bot_cpu_seconds"] for r in bot.rounds)
    waited = sum(r["bot_run_queue_wait_s"] for r in bot.rounds)
    pid = bot.process.pid
    return {
        "answers": answers,
        "measured_seconds": round(measured, 2),
        "answers_per_s": round(answers / measured, 1) if measured else 0.0,
        "latency_ms": latency_summary(bot.samples.answers),
        "next_question_latency_ms": latency_summary(bot.samples.nexts),
        # CPU the bot used per answer cycle (answer + next question): robust to machine noise.
        "cpu_ms_per_answer": round(1000 * cpu / answers, 2) if answers else None,
        "run_queue_wait_ms_per_answer": round(1000 * waited / answers, 2) if answers else None,
        "wall_ms_per_answer": round(1000 * measured / answers, 2) if answers else None,
        "bot_cpu_percent": round(statistics.fmean(r["bot_cpu_percent"] for r in bot.rounds), 1),
        "driver_cpu_percent": round(
            statistics.fmean(r["driver_cpu_percent"] for r in bot.rounds), 1
        ),
        "timeouts": bot.samples.timeouts,
        "errors": dict(bot.samples.errors),
        "peak_rss_mib": peak_rss_mib(pid),
        "rss_mib_at_end": rss_mib(pid),
        "rounds": bot.rounds,
    }
