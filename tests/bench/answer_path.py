"""Answer path: simulated users answer questions through the fake Bot API, quizbot vs baseline.

Process layout (chosen so neither side's measuring gets in the way of the other):

* this process runs the fake Bot API servers (one per bot, in-process ``FakeBotApi``) and the
  simulated users. The users wait on per-chat futures fired by the fake's sendMessage and
  editMessageText handlers, never on the fake's scanning ``wait_for_*`` helpers, so the
  driver's cost per answer stays constant however many messages pile up;
* each bot runs in its own subprocess: quizbot as the real ``quizbot run`` (long polling,
  ``TELEGRAM_API_URL`` pointing at its fake), the baseline as ``python -m
  tests.bench.baseline_bot`` (a minimal PTB bot: same Defaults, AIORateLimiter and
  concurrent_updates, the same two Bot API calls per press, no database).

Each simulated user first gets a question (/quiz). Timed phase, in a loop: press a random
option -> wait for the edited message (the answer latency) -> press "Next question" -> wait for
the new question. The bots take turns in ABBA order (baseline, quizbot, quizbot, baseline...),
each round a warm-up (one full cycle of all users) then a fixed measured time; answers/s is the
number of answer cycles (answer edited + next question sent, each half counted as it lands)
completed in the measured windows divided by their length. Also recorded per bot: the CPU it
used per answer (the figure least disturbed by other load on the machine), the time it waited
for a CPU while runnable (/proc/<pid>/schedstat: how much other load slowed it), and the CPU
of this process (the fake and the users), to show which side was the bottleneck. After the
bots stop, tests/bench/service_profile.py times the quiz service's database work function by
function on the same database.

Run alone: ``python -m tests.bench.answer_path [--quick] [--users N] [--seconds S]
[--players P] [--profile DIR]`` (``--profile`` attaches py-spy to both bots; its throughput
figures are then not comparable with unprofiled runs).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import shutil
import signal
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import SecretStr

from tests.bench.memory import (
    cpu_seconds,
    io_counters,
    peak_rss_mib,
    rss_mib,
    run_queue_wait_seconds,
    self_cpu_seconds,
)
from tests.fakebot import BotMessage, FakeBotApi, FakeUser
from tests.fakebot.server import Handler, Upload

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "123456:BENCH-TOKEN"
WATCHED = ("sendMessage", "editMessageText")
# The open-loop part: presses a second, whatever the bot's pace (issue 13's class at once).
OPEN_LOOP_RATE = 50.0
# The bots talk to a fake on loopback; the rate limiter stays in the path but never waits.
DEFAULT_SEND_RATE = 100_000.0
STEP_TIMEOUT = 30.0
START_TIMEOUT = 180.0
FIRST_USER = 1  # quizbot's users are existing players of the benchmark database


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
        try:
            question = user.message
            choice = rng.randrange(len(question.buttons))
            pressed, edited, landed = await _step(
                api, user, "editMessageText", api.press, user.fake, question, choice
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
    return samples


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
            choice = rng.randrange(len(user.message.buttons))
            pressed, edited, landed = await _step(
                api, user, "editMessageText", api.press, user.fake, user.message, choice
            )
            samples.answers.append((pressed, landed))
            _, new, _ = await _step(api, user, "sendMessage", api.press, user.fake, edited, 0)
            user.message = new
        except TimeoutError:
            samples.timeouts += 1
            await _recover(api, user, samples)
        except (AssertionError, ValueError) as exc:
            samples.errors[type(exc).__name__] += 1
            await _recover(api, user, samples)
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


async def measure(
    *,
    database_url: str,
    users: int,
    seconds: float,
    rounds: int,
    warmup: float,
    send_rate: float,
    workdir: Path,
    profile_dir: Path | None = None,
    open_seconds: float = 30.0,
) -> dict[str, Any]:
    """Start both bots, give their users questions, run the ABBA rounds, the open loop, report."""
    from tests.bench.baseline_bot import CONCURRENCY_ENV

    profiles = ptb_profiles(database_url, send_rate)
    py_spy = _find_py_spy() if profile_dir is not None else None
    if profile_dir is not None and py_spy is None:
        raise RuntimeError("--profile needs py-spy on PATH (or PY_SPY=/path/to/py-spy)")
    apis = {"baseline": BenchApi(), "quizbot": BenchApi()}
    bots: dict[str, BotUnderTest] = {}
    for api in apis.values():
        await api.start()
    try:
        for name, argv in (
            ("baseline", [sys.executable, "-m", "tests.bench.baseline_bot"]),
            ("quizbot", quizbot_command()),
        ):
            env = bot_environment(apis[name], database_url, send_rate)
            env[CONCURRENCY_ENV] = str(profiles["quizbot"]["max_concurrent_updates"])
            bots[name] = await start_bot(name, argv, apis[name], env, workdir)
            if profile_dir is not None:
                bots[name].profile = profile_dir / f"{name}.pyspy.txt"
        setup: dict[str, float] = {}
        for name, bot in bots.items():
            began = time.perf_counter()
            await setup_users(bot, users)
            setup[name] = round(time.perf_counter() - began, 2)
        # Warm up each round for about one full cycle of every user (answer + next = twice
        # the /quiz setup), so the queue is in its steady state when the window opens.
        warmups = {name: round(min(20.0, max(warmup, 2 * took)), 2) for name, took in setup.items()}
        per_round = seconds / rounds
        order = [
            name
            for i in range(rounds)
            for name in (("baseline", "quizbot") if i % 2 == 0 else ("quizbot", "baseline"))
        ]
        for i, name in enumerate(order):
            spy = py_spy if profile_dir is not None and i < 2 else None
            await run_round(bots[name], per_round, warmups[name], seed=i, profiler=spy)
        figures = {name: summarize(bot, seconds) for name, bot in bots.items()}
        # Open loop: a steady stream of presses, as a class pressing through a lesson.
        for name, bot in bots.items():
            figures[name]["open_loop"] = await open_loop(
                bot, OPEN_LOOP_RATE, open_seconds, seed=len(order)
            )
    finally:
        for bot in bots.values():
            await stop_bot(bot)
        for api in apis.values():
            await api.stop()
    ours, base = figures["quizbot"], figures["baseline"]
    result: dict[str, Any] = {
        "layout": (
            "fake Bot API + simulated users in the benchmark process; each bot in its own "
            "subprocess (quizbot: `quizbot run`; baseline: python -m tests.bench.baseline_bot)"
        ),
        "users": users,
        "rounds": rounds,
        "round_order": order,
        "seconds_per_bot": seconds,
        "warmup_seconds_per_round": warmups,
        "send_rate_per_second": send_rate,
        "database_url": database_url.rsplit("/", 1)[-1],
        "setup_seconds": setup,
        "ptb_settings": profiles,
        "same_ptb_settings": profiles["quizbot"] == profiles["baseline"],
        "quizbot": ours,
        "baseline": base,
        "throughput_ratio": _ratio(ours["answers_per_s"], base["answers_per_s"]),
        "p95_ratio": _ratio(ours["latency_ms"]["p95"], base["latency_ms"]["p95"]),
    }
    if profile_dir is not None:
        result["profiles"] = {
            name: str(bot.profile) for name, bot in bots.items() if bot.profile is not None
        }
    return result


def _ratio(value: float | None, baseline: float | None) -> float | None:
    """Return value / baseline rounded, or None when either is missing or zero."""
    if not value or not baseline:
        return None
    return round(value / baseline, 3)


def _find_py_spy() -> str | None:
    """Locate py-spy: $PY_SPY, then PATH."""
    return os.environ.get("PY_SPY") or shutil.which("py-spy")


def prepare_database(workdir: Path, players: int) -> str:
    """Return a database URL: a fresh one (the bot loads the bundled set) or a filled one."""
    path = workdir / "answer-path.db"
    if players > 0:
        from tests.bench.leaderboard import fill

        fill(path, players)
    return f"sqlite:///{path}"


def run(
    quick: bool = False,
    *,
    database: Path | None = None,
    users: int | None = None,
    seconds: float | None = None,
    send_rate: float = DEFAULT_SEND_RATE,
    profile_dir: Path | None = None,
    players: int = 0,
    service_cycles: int | None = None,
    open_seconds: float | None = None,
) -> dict[str, Any]:
    """Run the answer-path benchmark (20 users x 10 s per bot if quick, else 200 x 60 s).

    With `database`, quizbot serves that SQLite file (it is modified) and `players` only says
    how many players it holds; without it, `players` > 0 fills a new one and 0 starts empty.
    `service_cycles` sizes the in-process service breakdown (0 skips it); `open_seconds` is
    the open loop's length per bot (10 s if quick, else 30 s).
    """
    users = users or (20 if quick else 200)
    seconds = seconds or (10.0 if quick else 60.0)
    # Four turns per bot in ABBA order (B Q Q B B Q Q B): the machine's load drifts, and
    # alternating spreads it over both bots; each turn is long enough for 200 users' latency.
    rounds = 4
    warmup = 0.5
    with tempfile.TemporaryDirectory(prefix="quizbot-bench-") as folder:
        workdir = Path(folder)
        url = f"sqlite:///{database}" if database is not None else None
        url = url or prepare_database(workdir, players)
        rolled = roll_boards(url) if database is not None or players > 0 else 0.0
        result = asyncio.run(
            measure(
                database_url=url,
                users=users,
                seconds=seconds,
                rounds=rounds,
                warmup=warmup,
                send_rate=send_rate,
                workdir=workdir,
                profile_dir=profile_dir,
                open_seconds=open_seconds or (10.0 if quick else 30.0),
            )
        )
        result["players"] = players or None
        result["boards_rolled_seconds"] = rolled
        cycles = (100 if quick else 300) if service_cycles is None else service_cycles
        if cycles:
            result["service_breakdown"] = service_breakdown(
                url, first_user=FIRST_USER + users, cycles=cycles
            )
    return result


def roll_boards(database_url: str) -> float:
    """Roll the seven-day boards to today, as the bot's nightly job would have; return seconds.

    A filled database is dated in the past (the leaderboard benchmark's fixed clock); left
    alone, the bot's first answer would rebuild the week board of every player inside the
    measured window.
    """
    from bot.service.scores import ScoreService
    from db.engine import make_engine

    engine = make_engine(database_url)
    started = time.perf_counter()
    try:
        ScoreService(engine).roll_boards()
    finally:
        engine.dispose()
    return round(time.perf_counter() - started, 2)


def service_breakdown(database_url: str, *, first_user: int, cycles: int) -> dict[str, Any]:
    """Time the quiz service's database work per answer, function by function (in-process)."""
    from tests.bench.service_profile import breakdown

    return breakdown(database_url, first_user=first_user, users=50, cycles=cycles)


def main() -> None:
    """Run from the command line and print the figures as JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--users", type=int)
    parser.add_argument("--seconds", type=float, help="measured seconds per bot")
    parser.add_argument("--send-rate", type=float, default=DEFAULT_SEND_RATE)
    parser.add_argument("--players", type=int, default=0, help="fill a database with P players")
    parser.add_argument("--database", type=Path, help="use this SQLite file (it is modified)")
    parser.add_argument("--profile", type=Path, help="write py-spy profiles to this folder")
    args = parser.parse_args()
    if args.profile is not None:
        args.profile.mkdir(parents=True, exist_ok=True)
    result = run(
        args.quick,
        database=args.database,
        users=args.users,
        seconds=args.seconds,
        send_rate=args.send_rate,
        profile_dir=args.profile.resolve() if args.profile else None,
        players=args.players,
    )
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
