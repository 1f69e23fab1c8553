"""End-to-end harness: the real PTB Application, long polling against the fake Bot API."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.app import DEFAULT_TIMEOUTS, Timeouts, build_application
from bot.service.sets import store_read_set
from bot.settings import Settings
from questions.formats import read_bytes
from tests.fakebot import FakeBotApi, running
from tests.helpers import SHARED_GENERATOR

TRICKY_SET = """\
slug: tricky
title: Tricky <Markup> & "Quotes"
questions:
  - id: lt
    text: Which is true? 1 < 2 & "quotes" are <b>fine</b>
    options: ["a < b", "R&D", "<i>x</i>", "'single'"]
    answer: "a < b"
    explanation: Because 1 < 2 & it's "so".
  - id: capital
    text: What is the capital of France?
    options: [Paris, Lyon, Nice, Lille]
    answer: Paris
    explanation: Paris has been the capital for centuries.
  - id: sum
    text: How much is 2 + 2?
    options: ["3", "4", "5", "22"]
    answer: "4"
"""

SECOND_SET = """\
slug: planets
title: Planets
questions:
  - text: Which planet is the largest?
    options: [Jupiter, Mars, Venus]
    answer: Jupiter
  - text: Which planet is closest to the Sun?
    options: [Mercury, Earth, Saturn]
    answer: Mercury
"""


@dataclass
class Clock:
    """A clock the test moves by hand: no test waits for real time."""

    now: datetime = field(default_factory=lambda: datetime(2026, 3, 2, 9, 0, tzinfo=UTC))

    def __call__(self) -> datetime:
        """Return the current fake time."""
        return self.now

    def advance(self, **delta: float) -> None:
        """Move time forward."""
        self.now += timedelta(**delta)


@dataclass
class BotHarness:
    """A running bot, its database and the fake Telegram it talks to."""

    api: FakeBotApi
    app: Application  # type: ignore[type-arg]
    engine: Engine
    clock: Clock
    settings: Settings


def load_sets(engine: Engine, *texts: str) -> None:
    """Store test sets directly, as `quizbot load` would."""
    for number, text in enumerate(texts):
        store_read_set(engine, read_bytes(text.encode(), f"set{number}.yaml").qset)


@pytest.fixture
def make_settings(database_url: str) -> Callable[..., Settings]:
    """Build settings for a bot pointed at the fake server."""

    def build(api: FakeBotApi, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "telegram_bot_token": api.token,
            "telegram_api_url": api.base_url,
            "telegram_file_url": api.base_file_url,
            "database_url": database_url,
            "admin_ids": frozenset({9001}),
            "health_port": 0,  # tests run many bots at once; health has its own tests
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return build


@contextlib.asynccontextmanager
async def start_bot(
    api: FakeBotApi,
    settings: Settings,
    engine: Engine,
    clock: Clock,
    *,
    timeouts: Timeouts = DEFAULT_TIMEOUTS,
) -> AsyncIterator[Application]:  # type: ignore[type-arg]
    """Build the real application and run it with long polling until the block ends."""
    app = build_application(
        settings, engine=engine, clock=clock, timeouts=timeouts, generator=SHARED_GENERATOR
    )
    async with running(app, allowed_updates=None):
        yield app


@pytest.fixture
async def harness(
    engine: Engine, make_settings: Callable[..., Settings]
) -> AsyncIterator[BotHarness]:
    """Run the bot with the tricky and planets sets loaded against a fresh fake server."""
    load_sets(engine, TRICKY_SET, SECOND_SET)
    clock = Clock()
    async with FakeBotApi() as api:
        settings = make_settings(api)
        async with start_bot(api, settings, engine, clock) as app:
            yield BotHarness(api, app, engine, clock, settings)
