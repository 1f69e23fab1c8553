"""Several processes: `quizbot run --webhook --workers 2` against 1 worker, on one PostgreSQL.

The fake Bot API posts every update to the webhook (keep-alive connections, which the kernel
spreads over the workers with SO_REUSEPORT); simulated users play the answer loop of
tests/bench/answer_path.py (press -> edited result -> Next -> new question) for a fixed time.
Each run starts from an empty schema. Afterwards: answer rows in the database against the
results the users saw (none lost), and deliveries with two answers (none duplicated).

Run alone: ``python -m tests.bench.workers --database-url postgresql://… [--users N]
[--seconds S]`` (the database's public schema is dropped and recreated for every run).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import socket
import tempfile
import time
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from tests.bench.bench_bots import (
    BenchApi,
    BotUnderTest,
    bot_environment,
    quizbot_command,
    stop_bot,
)
from tests.bench.sim_users import run_round, setup_users, summarize

SECRET = "bench-secret"
GOAL_RATIO = 1.7


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def fresh_schema(url: str) -> None:
    """Drop and recreate the public schema: every run starts from an empty database."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as connection:
        connection.execute(sa.text("DROP SCHEMA public CASCADE"))
        connection.execute(sa.text("CREATE SCHEMA public"))
    engine.dispose()


def answer_checks(url: str) -> dict[str, int]:
    """Count answer rows and deliveries answered twice."""
    engine = sa.create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.connect() as connection:
        rows = int(connection.execute(sa.text("SELECT count(*) FROM answers")).scalar_one())
        twice = int(
            connection.execute(
                sa.text(
                    "SELECT count(*) FROM (SELECT delivery_id FROM answers"
                    " GROUP BY delivery_id, user_id HAVING count(*) > 1) AS d"
                )
            ).scalar_one()
        )
    engine.dispose()
    return {"answer_rows": rows, "answered_twice": twice}


async def one_run(
    workers: int, url: str, users: int, seconds: float, workdir: Path
) -> dict[str, Any]:
    """Serve `users` players with `workers` processes for `seconds`; return the figures."""
    fresh_schema(url)
    port = free_port()
    async with BenchApi() as api:
        env = bot_environment(api, url, 100_000.0)
        env.update(
            WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
            WEBHOOK_SECRET=SECRET,
            LISTEN_HOST="127.0.0.1",
            LISTEN_PORT=str(port),
        )
        argv = [*quizbot_command(), "--webhook"]
        if workers > 1:
            argv += ["--workers", str(workers)]
        log_path = workdir / f"workers-{workers}.log"
        with log_path.open("wb") as log:
            process = await asyncio.create_subprocess_exec(
                *argv, env=env, cwd=workdir, stdout=log, stderr=log
            )
        bot = BotUnderTest(f"{workers} worker(s)", api, process, log_path)
        try:
            await api.wait_for(
                lambda: len(api.calls_to("setWebhook")) >= workers, timeout=180, what="workers"
            )
            await asyncio.sleep(1.0)  # the last worker's socket joins the port
            await setup_users(bot, users)
            await run_round(bot, seconds, min(5.0, seconds / 3), 7, None)
            seen = len(bot.samples.answers)
        finally:
            await stop_bot(bot)
        figures = summarize(bot, seconds)
    checks = answer_checks(url)
    figures.update(checks)
    figures["results_seen"] = seen
    figures.pop("rounds", None)
    if workers > 1:
        # The process measured is the parent, which only watches its workers: no CPU figures.
        for name in ("cpu_ms_per_answer", "run_queue_wait_ms_per_answer", "bot_cpu_percent"):
            figures[name] = None
    return figures


async def compare(url: str, users: int, seconds: float) -> dict[str, Any]:
    """Run 1 worker, then 2, on the same database server; return both and the ratio."""
    with tempfile.TemporaryDirectory(prefix="quizbot-workers-") as folder:
        one = await one_run(1, url, users, seconds, Path(folder))
        two = await one_run(2, url, users, seconds, Path(folder))
    ratio = two["answers_per_s"] / one["answers_per_s"] if one["answers_per_s"] else None
    return {
        "users": users,
        "seconds": seconds,
        "one": one,
        "two": two,
        "ratio": None if ratio is None else round(ratio, 2),
        "goal_ratio": GOAL_RATIO,
        "lost": sum(max(0, r["results_seen"] - r["answer_rows"]) for r in (one, two)),
        "duplicated": one["answered_twice"] + two["answered_twice"],
    }


def run(
    quick: bool = False, database_url: str = "", users: int | None = None, seconds: float = 0
) -> dict[str, Any]:
    """Compare 1 and 2 workers (20 users for 10 s with --quick, else 200 for 30 s)."""
    return asyncio.run(
        compare(database_url, users or (20 if quick else 200), seconds or (10 if quick else 30))
    )


def main() -> None:
    """Run from the command line and print the result as JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--users", type=int)
    parser.add_argument("--seconds", type=float, default=0)
    args = parser.parse_args()
    started = time.perf_counter()
    result = run(args.quick, args.database_url, args.users, args.seconds)
    result["total_seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
