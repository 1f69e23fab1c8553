"""Poll burst: 10,000 members of one group answer its quiz poll at once.

`quizbot run` (long polling, its own subprocess) asks a quiz poll in a group through the fake
Bot API; then every voter's poll_answer is queued at the fake as fast as this process can make
them. Measured: seconds until every vote is acknowledged (stored in the inbox, getUpdates
offset past it) and until every vote is scored; then the exactly-once checks (one answer row
per voter, group points = right votes) and the group's /leaderboard, asked right afterwards.

Run alone: ``python -m tests.bench.poll_burst [--quick] [--voters N] [--database-url URL]``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from tests.bench.bench_bots import TOKEN, bot_environment, quizbot_command
from tests.bench.memory import cpu_seconds, run_queue_wait_seconds
from tests.fakebot import BotMessage, FakeBotApi

GOAL_SECONDS = 30.0
GROUP_ID = -100_900_000
FIRST_VOTER = 2_000_000
SETTLE_TIMEOUT = 300.0


def count(engine: Engine, sql: str, **params: Any) -> int:
    """Run a counting query on a fresh connection (what the bot process committed)."""
    with engine.connect() as connection:
        value = int(connection.execute(sa.text(sql), params).scalar_one())
        connection.rollback()
    return value


def right_position(engine: Engine, poll: BotMessage) -> int:
    """Return the shown position of the poll's right option, from the stored delivery."""
    assert poll.poll is not None
    with engine.connect() as connection:
        order, correct = connection.execute(
            sa.text(
                "SELECT d.option_order, q.correct_index FROM deliveries d"
                " JOIN questions q ON q.id = d.question_id WHERE d.poll_id = :poll"
            ),
            {"poll": poll.poll["id"]},
        ).one()
        connection.rollback()
    shown = json.loads(order) if isinstance(order, str) else list(order)
    return int(shown.index(correct))


async def wait_until(check: Any, what: str, timeout: float = SETTLE_TIMEOUT) -> float:  # noqa: ASYNC109
    """Poll `check()` every 50 ms until true; return the time it became true."""
    deadline = time.perf_counter() + timeout
    while not check():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"poll burst: no {what} within {timeout:g} s")
        await asyncio.sleep(0.05)
    return time.perf_counter()


def profiled_command(output: Path, workdir: Path) -> list[str]:
    """Return `quizbot run` under cProfile, writing its profile to `output` on a clean stop."""
    script = workdir / "run_quizbot.py"
    script.write_text(
        "import sys\nfrom bot.cli import main\nsys.argv = ['quizbot', 'run']\nmain()\n"
    )
    return [sys.executable, "-m", "cProfile", "-o", str(output), str(script)]


async def burst(
    voters: int, database_url: str | None, workdir: Path, profile: Path | None = None
) -> dict[str, Any]:
    """Run one burst against a fresh bot; return the figures and the checks."""
    url = database_url or f"sqlite:///{workdir / 'burst.db'}"
    async with FakeBotApi(token=TOKEN, check_updates=False) as api:
        env = bot_environment(api, url, 100_000.0)
        log_path = workdir / "poll-burst-bot.log"
        with log_path.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                *(profiled_command(profile, workdir) if profile else quizbot_command()),
                env=env,
                cwd=workdir,
                stdout=log,
                stderr=log,
            )
        try:
            await api.wait_for_call("getUpdates", timeout=120)
            engine = sa.create_engine(url)
            host = api.user(FIRST_VOTER - 1, "Host")
            members = [api.user(FIRST_VOTER + n, f"M{n}") for n in range(voters)]
            group = api.group(GROUP_ID, "Burst Club", admins=[host])
            await api.send_text(host, "/quiz", chat=group)
            poll = await api.wait_for_message(chat=group, timeout=60)
            assert poll.poll is not None, "the group got no quiz poll"
            poll_id = poll.poll["id"]
            await wait_until(
                lambda: (
                    count(engine, "SELECT count(*) FROM deliveries WHERE poll_id = :p", p=poll_id)
                    == 1
                ),
                "poll recorded",
            )
            right = right_position(engine, poll)
            wrong = (right + 1) % len(poll.poll["options"])
            cpu_before = cpu_seconds(process.pid) or 0.0
            waited_before = run_queue_wait_seconds(process.pid) or 0.0
            started = time.perf_counter()
            for n, member in enumerate(members):
                await api.answer_poll(member, poll, [right if n % 4 else wrong])
            queued = time.perf_counter()
            acknowledged = await wait_until(lambda: not api.pending_updates, "acknowledgement")
            scored = await wait_until(
                lambda: count(engine, "SELECT count(*) FROM answers") == voters, "answer rows"
            )
            bot_cpu = (cpu_seconds(process.pid) or 0.0) - cpu_before
            bot_waited = (run_queue_wait_seconds(process.pid) or 0.0) - waited_before
            winners = sum(1 for n in range(voters) if n % 4)
            points = count(
                engine, "SELECT coalesce(sum(points), 0) FROM scores WHERE scope = :g", g=GROUP_ID
            )
            rows = count(engine, "SELECT count(DISTINCT user_id) FROM answers")
            board_asked = time.perf_counter()
            await api.send_text(host, "/leaderboard", chat=group)
            board = await api.wait_for_message(chat=group, timeout=60)
            board_ms = (time.perf_counter() - board_asked) * 1000
            lines = (board.text or "").splitlines()
            board_right = "Burst Club" in lines[0] and lines[2].endswith(" — 1")
            engine.dispose()
        finally:
            process.terminate()
            await process.wait()
    return {
        "voters": voters,
        "database": "postgresql" if url.startswith("postgresql") else "sqlite",
        "queue_seconds": round(queued - started, 2),
        "acknowledged_seconds": round(acknowledged - started, 2),
        "absorb_seconds": round(scored - started, 2),
        "votes_per_second": round(voters / (scored - started), 1),
        # The bot's own CPU per vote, and how long it sat runnable waiting for a CPU: on a
        # shared machine the first says what the burst costs, the second what load added.
        "bot_cpu_ms_per_vote": round(bot_cpu * 1000 / voters, 2),
        "bot_cpu_seconds": round(bot_cpu, 2),
        "bot_waited_for_cpu_seconds": round(bot_waited, 2),
        "answer_rows": voters,
        "distinct_voters": rows,
        "group_points": points,
        "expected_points": winners,
        "exactly_once": rows == voters and points == winners,
        "board_ms": round(board_ms, 1),
        "board_right": board_right,
        "goal_seconds": GOAL_SECONDS,
        "met": scored - started < GOAL_SECONDS and rows == voters and points == winners,
    }


def run(
    quick: bool = False,
    voters: int | None = None,
    database_url: str | None = None,
    profile: Path | None = None,
) -> dict[str, Any]:
    """Run the poll burst (1,000 voters with --quick, else 10,000)."""
    with tempfile.TemporaryDirectory(prefix="quizbot-burst-") as folder:
        count = voters or (1_000 if quick else 10_000)
        return asyncio.run(burst(count, database_url, Path(folder), profile))


def main() -> None:
    """Run from the command line and print the result as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--voters", type=int)
    parser.add_argument("--database-url")
    parser.add_argument("--profile", type=Path, help="write a cProfile of the bot here")
    args = parser.parse_args()
    print(json.dumps(run(args.quick, args.voters, args.database_url, args.profile), indent=2))


if __name__ == "__main__":
    main()
