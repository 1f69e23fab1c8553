"""A running bot for daily-question tests: manual clock, paused job, no real back-off sleeps."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select
from telegram.ext import Application

from bot.jobs.daily import JOB_NAME, DailyDispatcher, dispatcher_of
from bot.settings import Settings
from db.models import DailyDelivery, DailySubscription
from tests.bot.conftest import (  # noqa: F401  (make_settings is a fixture used here)
    SECOND_SET,
    TRICKY_SET,
    BotHarness,
    Clock,
    load_sets,
    make_settings,
    start_bot,
)
from tests.fakebot import BotMessage, FakeBotApi, FakeChat, FakeUser

# A Monday in winter: Berlin is UTC+1, Moscow UTC+3, New York UTC-5.
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@dataclass
class Sleeps:
    """An injected sleep that records what it was asked to wait and returns at once."""

    waited: list[float] = field(default_factory=list)

    async def __call__(self, seconds: float) -> None:
        """Record the wait instead of sleeping."""
        self.waited.append(seconds)


@dataclass
class DailyHarness(BotHarness):
    """The bot harness plus the daily dispatcher and the recorded back-off sleeps."""

    sleeps: Sleeps = field(default_factory=Sleeps)

    @property
    def dispatcher(self) -> DailyDispatcher:
        """Return the running app's dispatcher."""
        return dispatcher_of(self.app)

    async def tick(self) -> Any:
        """Run one dispatcher pass, as the repeating job would."""
        return await self.dispatcher.run_once()

    def at(self, year: int, month: int, day: int, hour: int, minute: int = 0) -> None:
        """Set the clock to a UTC instant."""
        self.clock.now = datetime(year, month, day, hour, minute, tzinfo=UTC)

    async def say(self, who: FakeUser, text: str, chat: FakeChat | None = None) -> BotMessage:
        """Send a message as `who` and return the bot's reply."""
        await self.api.send_text(who, text, chat=chat)
        return await self.api.wait_for_message(chat=chat or who)

    def days(self) -> list[DailyDelivery]:
        """Return every ledger row, oldest first."""
        with Session(self.engine) as session:
            return list(session.exec(select(DailyDelivery).order_by(DailyDelivery.id)))  # type: ignore[arg-type]

    def subscription(self, chat_id: int) -> DailySubscription | None:
        """Return a chat's subscription row."""
        with Session(self.engine) as session:
            return session.exec(
                select(DailySubscription).where(DailySubscription.chat_id == chat_id)
            ).first()

    def sent_to(self, chat: FakeUser | FakeChat | int) -> list[BotMessage]:
        """Return what the bot sent to a chat."""
        return self.api.messages(chat)


def quiet(app: Application) -> None:  # type: ignore[type-arg]
    """Pause the repeating job: tests drive the dispatcher by hand."""
    for job in app.job_queue.get_jobs_by_name(JOB_NAME) if app.job_queue else ():
        job.enabled = False


@pytest.fixture
def daily_settings(make_settings: Callable[..., Settings]) -> Callable[..., Settings]:  # noqa: F811
    """Build settings for daily tests: a fast send rate, an hourly job (paused anyway)."""

    def build(api: FakeBotApi, **overrides: Any) -> Settings:
        values: dict[str, Any] = {"daily_check_seconds": 3600, "send_rate_per_second": 200}
        values.update(overrides)
        return make_settings(api, **values)

    return build


@pytest.fixture
async def daily(
    engine: Engine, daily_settings: Callable[..., Settings]
) -> AsyncIterator[DailyHarness]:
    """Run the bot with two sets loaded, the clock at START and the dispatcher's job paused."""
    load_sets(engine, TRICKY_SET, SECOND_SET)
    clock = Clock(START)
    async with FakeBotApi() as api:
        settings = daily_settings(api)
        async with start_bot(api, settings, engine, clock) as app:
            quiet(app)
            harness = DailyHarness(api, app, engine, clock, settings)
            dispatcher_of(app).sleep = harness.sleeps
            yield harness
