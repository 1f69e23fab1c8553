"""Database work off the event loop: a thread pool against SQLAlchemy's asyncio extension.

One unit of work shaped like the answer path (one transaction: insert an answer, upsert the
score, read the total, read the next question), 32 tasks at once, 3,000 units, in ABAB turns:

* thread pool: the bot's way, synchronous SQLAlchemy on a pool of 16 threads through
  `asyncio.to_thread` (one hop per unit of work), on the bot's own engine (SQLite: WAL,
  BEGIN IMMEDIATE, writers taking turns);
* asyncio: `create_async_engine` with aiosqlite (a thread per connection, one hop per
  statement; an asyncio.Lock keeps one SQLite writer at a time) or psycopg's async mode.

Needs `pip install aiosqlite greenlet` (not quizbot dependencies). Run:
``python -m tests.bench.pool_vs_async [--postgres-url postgresql://…]`` (the PostgreSQL
database's public schema is recreated).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import tempfile
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import create_async_engine

from db.engine import make_engine

UNITS, TASKS, THREADS = 3000, 32, 16
SCHEMA = (
    "CREATE TABLE answers (id INTEGER PRIMARY KEY, user_id INT, delivery_id INT UNIQUE,"
    " correct INT)",
    "CREATE TABLE scores (user_id INTEGER PRIMARY KEY, points INT NOT NULL)",
    "CREATE TABLE questions (id INTEGER PRIMARY KEY, text TEXT)",
)
STATEMENTS = (
    sa.text("INSERT INTO answers (id, user_id, delivery_id, correct) VALUES (:d, :u, :d, 1)"),
    sa.text(
        "INSERT INTO scores (user_id, points) VALUES (:u, 1)"
        " ON CONFLICT (user_id) DO UPDATE SET points = scores.points + 1"
    ),
    sa.text("SELECT points FROM scores WHERE user_id = :u"),
    sa.text("SELECT id, text FROM questions WHERE id = :q"),
)


def params(n: int) -> dict[str, int]:
    """Return the parameters of unit `n`."""
    return {"u": n % 500, "d": n, "q": n % 100}


def create_schema(url: str) -> None:
    """Create the three tables (PostgreSQL: in a fresh public schema)."""
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        if engine.dialect.name == "postgresql":
            connection.exec_driver_sql("DROP SCHEMA public CASCADE")
            connection.exec_driver_sql("CREATE SCHEMA public")
        else:
            connection.exec_driver_sql("PRAGMA journal_mode=WAL")
            for table in ("answers", "scores", "questions"):
                connection.exec_driver_sql(f"DROP TABLE IF EXISTS {table}")
        for statement in SCHEMA:
            connection.exec_driver_sql(statement)
        connection.execute(
            sa.text("INSERT INTO questions (id, text) VALUES (:i, 'q')"),
            [{"i": i} for i in range(100)],
        )
    engine.dispose()


async def drive(unit: Callable[[int], Awaitable[None]]) -> dict[str, float]:
    """Run UNITS units on TASKS tasks; return units/s and CPU ms per unit (all threads)."""
    pending = list(range(UNITS))

    async def worker() -> None:
        while pending:
            await unit(pending.pop())

    wall0, cpu0 = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker() for _ in range(TASKS)))
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    return {"units_per_s": round(UNITS / wall), "cpu_ms_per_unit": round(1000 * cpu / UNITS, 3)}


async def thread_pool(url: str) -> dict[str, float]:
    """The bot's way: one `asyncio.to_thread` hop per unit of work."""
    engine = make_engine(url)
    asyncio.get_running_loop().set_default_executor(ThreadPoolExecutor(THREADS))

    def unit(n: int) -> None:
        with engine.begin() as connection:
            for statement in STATEMENTS:
                result = connection.execute(statement, params(n))
                if statement.text.startswith("SELECT"):
                    result.all()

    try:
        return await drive(lambda n: asyncio.to_thread(unit, n))
    finally:
        engine.dispose()


async def asyncio_engine(url: str) -> dict[str, float]:
    """SQLAlchemy's asyncio extension on an async driver: one hop per statement."""
    async_url = url.replace("sqlite://", "sqlite+aiosqlite://").replace(
        "postgresql+psycopg://", "postgresql+psycopg_async://"
    )
    engine = create_async_engine(async_url)
    # SQLite: one writer at a time, taken on the loop (the async side's single writer).
    writer = asyncio.Lock() if async_url.startswith("sqlite") else None

    async def unit(n: int) -> None:
        async with writer or contextlib.nullcontext(), engine.begin() as connection:
            for statement in STATEMENTS:
                result = await connection.execute(statement, params(n))
                if statement.text.startswith("SELECT"):
                    result.all()

    try:
        return await drive(unit)
    finally:
        await engine.dispose()


def compare(url: str) -> dict[str, Any]:
    """Run both ways twice (ABAB) on fresh tables; return the best of each."""
    best: dict[str, dict[str, float]] = {}
    for name, way in (("thread_pool", thread_pool), ("asyncio", asyncio_engine)) * 2:
        create_schema(url)
        figures = asyncio.run(way(url))
        if name not in best or figures["units_per_s"] > best[name]["units_per_s"]:
            best[name] = figures
    return best


def main() -> None:
    """Print both databases' figures as JSON."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--postgres-url")
    args = parser.parse_args()
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="quizbot-pool-") as folder:
        results["sqlite"] = compare(f"sqlite:///{Path(folder) / 'pool.db'}")
    if args.postgres_url:
        url = args.postgres_url.replace("postgresql://", "postgresql+psycopg://", 1)
        results["postgresql"] = compare(url)
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
