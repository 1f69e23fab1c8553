"""Reliability harness: the real bot with short Bot API timeouts, random faults on the fake
Telegram, `quizbot run` as a process that can be killed, and the database checks every
fault test ends with.

Nothing here sleeps for real time: waits are bounded waits on fake-server events.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import random
import signal
import sys
from collections import Counter
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.app import Timeouts
from bot.service.sets import store_read_set
from bot.settings import Settings
from tests.bot.conftest import BotHarness, Clock, make_settings, start_bot
from tests.daily.conftest import START, DailyHarness, quiet
from tests.fakebot import BotMessage, FakeBotApi, FakeUser
from tests.helpers import make_set

__all__ = ["make_settings"]

# PTB's defaults are 5 s; these make "slower than the timeout" cheap to provoke. Loopback
# answers take milliseconds, so half a second is still a wide margin on a loaded machine.
READ_TIMEOUT = 0.5
# The harness long-polls with timeout=1, and PTB adds the read timeout to it for getUpdates.
POLL_TIMEOUT = 1.0
SLOW_CALL = READ_TIMEOUT + 0.5
SLOW_GET_UPDATES = POLL_TIMEOUT + READ_TIMEOUT + 0.5
DRILL_QUESTIONS = 12


# Half-second timeouts instead of PTB's five, passed to build_application.
QUICK = Timeouts(connect=1.0, read=READ_TIMEOUT, write=READ_TIMEOUT)


@pytest.fixture
async def rbot(
    engine: Engine,
    make_settings: Callable[..., Settings],
    caplog: pytest.LogCaptureFixture,
) -> AsyncIterator[BotHarness]:
    """Run the real bot (short timeouts, DEBUG logging) with a 12-question set loaded."""
    caplog.set_level(logging.DEBUG)
    store_read_set(engine, make_set(DRILL_QUESTIONS, slug="drill", title="Drill"))
    clock = Clock()
    async with FakeBotApi() as api:
        settings = make_settings(api, health_port=0)
        async with start_bot(api, settings, engine, clock, timeouts=QUICK) as app:
            yield BotHarness(api, app, engine, clock, settings)


# --- questions and presses ---------------------------------------------------------------------


def is_question(message: BotMessage) -> bool:
    """Return True for a question message that still shows its answer buttons."""
    return any(data.startswith("a:") for data in message.callback_data)


@dataclass(frozen=True)
class Asked:
    """A question the bot sent a user, as it was first shown."""

    user: FakeUser
    message: BotMessage
    delivery_id: int
    options: int
    right: int  # position (as shown) of the right option


def right_position(engine: Engine, delivery_id: int) -> int:
    """Return the position (as shown) of the right option of a delivery, from the database."""
    with engine.connect() as connection:
        order, correct = connection.execute(
            sa.text(
                "SELECT d.option_order, q.correct_index FROM deliveries d"
                " JOIN questions q ON q.id = d.question_id WHERE d.id = :id"
            ),
            {"id": delivery_id},
        ).one()
        connection.rollback()
    # SQLite hands back the JSON text, PostgreSQL the list.
    return list(json.loads(order) if isinstance(order, str) else order).index(correct)


def asked_from(engine: Engine, user: FakeUser, message: BotMessage) -> Asked:
    """Describe a freshly sent question message."""
    data = [d for d in message.callback_data if d.startswith("a:")]
    delivery_id = int(data[0].split(":")[1])
    return Asked(user, message, delivery_id, len(data), right_position(engine, delivery_id))


async def ask_questions(
    api: FakeBotApi,
    engine: Engine,
    users: Iterable[FakeUser],
    per_user: int,
    *,
    timeout: float = 30,  # noqa: ASYNC109
) -> list[Asked]:
    """Have every user send /quiz `per_user` times, all at once; return the questions sent."""
    users = list(users)
    for _ in range(per_user):
        for user in users:
            await api.send_text(user, "/quiz")

    def asked() -> dict[int, list[BotMessage]] | None:
        found: dict[int, list[BotMessage]] = {u.id: [] for u in users}
        for message in api.messages():  # one pass: this runs on every event
            if message.chat_id in found and is_question(message):
                found[message.chat_id].append(message)
        return found if all(len(found[u.id]) >= per_user for u in users) else None

    found = await api.wait_for(asked, timeout=timeout, what="every /quiz answered")
    return [asked_from(engine, u, m) for u in users for m in found[u.id][:per_user]]


@dataclass(frozen=True)
class Press:
    """One press the test made: who, on which delivery, which position, and whether right."""

    user_id: int
    delivery_id: int
    position: int
    correct: bool
    query_id: str


async def press(api: FakeBotApi, asked: Asked, position: int) -> Press:
    """Press option `position` of a question; return what was pressed."""
    update = await api.press(
        asked.user, asked.message, callback_data=f"a:{asked.delivery_id}:{position}"
    )
    return Press(
        asked.user.id,
        asked.delivery_id,
        position,
        position == asked.right,
        str(update["callback_query"]["id"]),
    )


def expected_points(presses: Iterable[Press]) -> dict[int, int]:
    """Points each user should have: one per right first press (every delivery is a new one)."""
    points: Counter[int] = Counter()
    seen: set[tuple[int, int]] = set()
    for press in presses:
        key = (press.user_id, press.delivery_id)
        if key in seen:
            continue
        seen.add(key)
        points[press.user_id] += int(press.correct)
    return dict(points)


def count_answers(engine: Engine) -> int:
    """Count answer rows (a fresh connection: what another process committed)."""
    with engine.connect() as connection:
        total = int(connection.exec_driver_sql("SELECT count(*) FROM answers").scalar_one())
        connection.rollback()
    return total


def waiting_presses(engine: Engine, api: FakeBotApi) -> set[str]:
    """Return the callback query ids not handled yet: in the inbox not done, or at Telegram."""
    with engine.connect() as connection:
        stored = [
            json.loads(payload)
            for (payload,) in connection.exec_driver_sql(
                "SELECT payload FROM inbox_updates WHERE done_at IS NULL"
            )
        ]
        connection.rollback()
    return {
        update["callback_query"]["id"]
        for update in stored + api.pending_updates
        if "callback_query" in update
    }


def answers_by_delivery(engine: Engine) -> dict[int, list[tuple[int, int, bool, int]]]:
    """Map delivery id to its answer rows as (user, chosen option index, correct, points)."""
    found: dict[int, list[tuple[int, int, bool, int]]] = {}
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT delivery_id, user_id, chosen_index, correct, points FROM answers"
        ).all()
        connection.rollback()
    for delivery_id, user_id, chosen, correct, points in rows:
        found.setdefault(delivery_id, []).append((user_id, chosen, bool(correct), points))
    return found


def global_points(engine: Engine) -> dict[int, int]:
    """Return every user's all-time points (scope 0)."""
    with engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT user_id, points FROM scores WHERE scope = 0"
        ).all()
        connection.rollback()
    return {int(user): int(points) for user, points in rows}


def reader(url: str) -> Engine:
    """Return an engine for looking only: plain deferred transactions, so a check run on every
    fake-server event never takes the write lock the bot's BEGIN IMMEDIATE queues on."""
    return sa.create_engine(url, connect_args={"timeout": 10})


# --- the database checks every fault test ends with ------------------------------------------


def check_ledger(engine: Engine) -> None:
    """Assert the file is sound and every running total agrees with the answers table.

    integrity_check and foreign_key_check pass; for every (scope, user) the score's points,
    answered and correct equal the sums over that user's answers in the scope; every
    score_buckets count equals the number of score rows with those points; the per-day points
    add up to the score.
    """
    with engine.connect() as connection:
        sql = connection.exec_driver_sql
        assert sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        assert sql("PRAGMA foreign_key_check").all() == []
        answers = sql("SELECT user_id, scope, points, correct FROM answers").all()
        scores = sql("SELECT scope, user_id, points, answered, correct FROM scores").all()
        buckets = sql("SELECT scope, points, users FROM score_buckets WHERE users != 0").all()
        days = sql(
            "SELECT scope, user_id, sum(points) FROM daily_points GROUP BY scope, user_id"
        ).all()
        connection.rollback()
    want: dict[tuple[int, int], list[int]] = {}
    for user_id, scope, points, correct in answers:
        # Private answers count for everyone (0); group answers also in their group; the
        # terminal's (-1) only there.
        scopes = (scope,) if scope in (0, -1) else (0, scope)
        for counted in scopes:
            totals = want.setdefault((counted, user_id), [0, 0, 0])
            totals[0] += points
            totals[1] += 1
            totals[2] += int(bool(correct))
    have = {(s, u): [p, a, c] for s, u, p, a, c in scores}
    assert have == want, "scores disagree with the answers table"
    per_points = Counter((s, p) for s, _u, p, _a, _c in scores)
    assert {(s, p): n for s, p, n in buckets} == dict(per_points), "score_buckets are off"
    earned = {(s, u): int(total) for s, u, total in days if total}
    assert earned == {k: v[0] for k, v in want.items() if v[0]}, "daily_points are off"


def token_leaks(token: str, texts: Iterable[str]) -> list[str]:
    """Return the texts that contain the token or its secret half."""
    secret = token.split(":", 1)[1]
    return [text for text in texts if token in text or secret in text]


def logged_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every captured record as it would be written: the message plus any traceback."""
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    return [formatter.format(record) for record in caplog.records]


# --- random faults on the fake server ----------------------------------------------------------


@dataclass
class Chaos:
    """Random faults on the fake Bot API: each call may answer 500, drop or be slow.

    The fake only knows "fail the next N calls"; Chaos rolls a seeded die on every call and,
    when it says so, queues one such failure for that very call just before the fake looks.
    """

    api: FakeBotApi
    seed: int
    error_rate: float = 0.05
    drop_rate: float = 0.0
    slow_rate: float = 0.0
    only: frozenset[str] | None = None  # None: every method, getUpdates included
    skip: frozenset[str] = frozenset()
    active: bool = False
    injected: Counter[str] = field(default_factory=Counter)

    def install(self, monkeypatch: pytest.MonkeyPatch) -> Chaos:
        """Hook the fake's failure lookup (the one place every call passes through)."""
        rng = random.Random(self.seed)
        original = self.api._take_failure

        def take_failure(method: str, chat_id: Any = None) -> Any:
            chosen = (self.only is None or method in self.only) and method not in self.skip
            if self.active and chosen:
                roll = rng.random()
                if roll < self.error_rate:
                    self.api.fail_next(method, 500)
                    self.injected[f"{method} 500"] += 1
                elif roll < self.error_rate + self.drop_rate:
                    self.api.fail_next(method, drop=True)
                    self.injected[f"{method} drop"] += 1
                elif roll < self.error_rate + self.drop_rate + self.slow_rate:
                    slow = SLOW_GET_UPDATES if method == "getUpdates" else SLOW_CALL
                    self.api.fail_next(method, delay=slow)
                    self.injected[f"{method} slow"] += 1
            return original(method, chat_id)

        monkeypatch.setattr(self.api, "_take_failure", take_failure)
        return self


# --- `quizbot run` as a process ----------------------------------------------------------------

QUIZBOT = [sys.executable, "-c", "from bot.cli import main; main()"]


@dataclass
class BotProcess:
    """`quizbot run` against the fake server, its output in a file (DEBUG fills pipes)."""

    tmp_path: Path
    api: FakeBotApi
    env: dict[str, str] = field(default_factory=dict)
    runs: int = 0
    process: asyncio.subprocess.Process | None = None
    database: str | None = None  # another database (the test's PostgreSQL one)

    @property
    def database_url(self) -> str:
        """Return the database every run of this bot uses (a SQLite file by default)."""
        return self.database or f"sqlite:///{self.tmp_path / 'bot.db'}"

    def _environment(self) -> dict[str, str]:
        """Return a clean environment pointing the bot at the fake server."""
        prefixes = ("TELEGRAM_", "DATABASE_", "WEBHOOK_", "LISTEN_", "HEALTH_", "DAILY_", "ADMIN_")
        env = {k: v for k, v in os.environ.items() if not k.startswith(prefixes)}
        env.update(
            TELEGRAM_BOT_TOKEN=self.api.token,
            TELEGRAM_API_URL=self.api.base_url,
            TELEGRAM_FILE_URL=self.api.base_file_url,
            DATABASE_URL=self.database_url,
            LOG_LEVEL="DEBUG",
            HEALTH_PORT="0",
        )
        env.update(self.env)
        return env

    async def __aenter__(self) -> BotProcess:
        """Use as `async with`: whatever happens in the test, no bot outlives it."""
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Kill a run the test left going (a failed assertion, a timeout)."""
        if self.process is not None and self.process.returncode is None:
            await self.kill()

    def log_path(self, run: int) -> Path:
        """Return the output file of one run (1-based)."""
        return self.tmp_path / f"quizbot-run-{run}.log"

    def logs(self) -> list[str]:
        """Return the output of every run so far."""
        return [self.log_path(n).read_text("utf-8", "replace") for n in range(1, self.runs + 1)]

    async def start(self, *, timeout: float = 60) -> None:  # noqa: ASYNC109
        """Start a run and wait until it polls for updates."""
        self.runs += 1
        since = len(self.api.all_calls)
        with self.log_path(self.runs).open("wb") as output:
            self.process = await asyncio.create_subprocess_exec(
                *QUIZBOT,
                "run",
                env=self._environment(),
                cwd=self.tmp_path,
                stdout=output,
                stderr=asyncio.subprocess.STDOUT,
            )
        try:
            await self.api.wait_for_call("getUpdates", since=since, timeout=timeout)
        except AssertionError:
            await self.kill()
            raise AssertionError("quizbot run did not start:\n" + self.logs()[-1]) from None

    async def kill(self) -> None:
        """kill -9 the running process and reap it."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGKILL)
        await asyncio.wait_for(self.process.wait(), timeout=30)

    async def stop(self) -> int:
        """Stop the running process with SIGTERM, as a service manager would; return its code."""
        assert self.process is not None
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        try:
            return await asyncio.wait_for(self.process.wait(), timeout=30)
        except TimeoutError:
            await self.kill()
            raise AssertionError("quizbot run ignored SIGTERM:\n" + self.logs()[-1]) from None


# --- a bot on a hand-moved clock, for tests that also drive the daily dispatcher -------------


@contextlib.asynccontextmanager
async def manual_bot(
    engine: Engine, make_settings: Callable[..., Settings]
) -> AsyncIterator[DailyHarness]:
    """Run the bot on whatever sets are stored, the clock at START and the daily job paused."""
    clock = Clock(START)
    async with FakeBotApi() as api:
        settings = make_settings(api, daily_check_seconds=3600, send_rate_per_second=200)
        async with start_bot(api, settings, engine, clock) as app:
            quiet(app)
            yield DailyHarness(api, app, engine, clock, settings)
