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
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tests.bench.bench_bots import (
    BenchApi,
    BotUnderTest,
    bot_environment,
    ptb_profiles,
    quizbot_command,
    start_bot,
    stop_bot,
)
from tests.bench.sim_users import FIRST_USER, open_loop, run_round, setup_users, summarize

# The open-loop part: presses a second, whatever the bot's pace (issue 13's class at once).
OPEN_LOOP_RATE = 50.0
# The bots talk to a fake on loopback; the rate limiter stays in the path but never waits.
DEFAULT_SEND_RATE = 100_000.0


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
