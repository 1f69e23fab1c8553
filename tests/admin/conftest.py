"""Admin harness: the real bot against the fake Telegram, with admin 9001 known from the start."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.service.quiz import QuizService
from bot.service.types import Place
from bot.settings import Settings
from bot.views import texts
from db.models import QuestionRow, QuestionSetRow
from tests.bot.conftest import (  # make_settings is a fixture, re-exported for these tests
    SECOND_SET,
    TRICKY_SET,
    BotHarness,
    Clock,
    harness,
    load_sets,
    make_settings,
    start_bot,
)
from tests.fakebot import BotMessage, FakeBotApi, FakeUser
from tests.helpers import EXTERNAL_FIXTURES

__all__ = ["harness", "make_settings"]

ADMIN_ID = 9001
FIXTURES = EXTERNAL_FIXTURES

ARTICLE = """\
Harbour Bridge Reopens After Two-Year Repair

The Harbour Bridge in Port Elliot reopened on 14 March 2025 after a repair that lasted two \
years and cost 48 million dollars.
Mayor Helen Carter cut the ribbon at a ceremony attended by about 3,000 residents.
The bridge was closed in March 2023 after engineers found cracks in two of its steel supports.
The repair was carried out by Northway Construction, a company based in the city of Dunmore.
Workers replaced 120 steel cables and repainted the whole structure in its original green colour.
The bridge, which opened in 1932, carries about 40,000 vehicles every day.
During the closure, drivers had to use a ferry service that ran every 15 minutes.
Carter said the reopening would cut travel times for commuters by up to 30 minutes.
The city council has also approved a new bicycle lane on the bridge, which will open in June.
Local businesses near the bridge said they lost customers while it was closed.
"""

OTHER_ARTICLE = """\
Library Opens New Science Wing

The Central Library in Alder Bay opened a new science wing on 2 May 2024 after three years of \
building work that cost 12 million dollars.
The wing was designed by architect Maria Lopez, who also designed the city museum in 2015.
It holds about 25,000 books, a planetarium with 80 seats and four laboratories for school groups.
Head librarian Samuel Okoro said more than 5,000 visitors came in the first week.
The project was paid for by the regional government and a local charity, the Reed Foundation.
Schools in the district will be able to book free visits starting in September.
The old reading room, which was built in 1908, has also been restored and reopened.
Okoro said the library hopes to double the number of young visitors within two years.
"""


@pytest.fixture
async def admin_harness(
    engine: Engine, make_settings: Callable[..., Settings]
) -> AsyncIterator[BotHarness]:
    """Run the bot with two sets loaded; the admin's chat exists before start-up (menus)."""
    load_sets(engine, TRICKY_SET, SECOND_SET)
    # The admin's private chat with the bot exists: Telegram and the database both know it.
    QuizService(engine).register(None, Place(ADMIN_ID, "private"))
    clock = Clock()
    async with FakeBotApi() as api:
        api.user(ADMIN_ID, "Ada Admin")
        settings = make_settings(api)
        async with start_bot(api, settings, engine, clock) as app:
            yield BotHarness(api, app, engine, clock, settings)


def admin_of(h: BotHarness) -> FakeUser:
    """Return the admin user (registered by the fixture)."""
    user = h.api.find_user(ADMIN_ID)
    assert user is not None
    return user


async def say(h: BotHarness, user: FakeUser, text: str) -> BotMessage:
    """Send a text and return the bot's first reply in that chat."""
    await h.api.send_text(user, text)
    return await h.api.wait_for_message(chat=user)


async def send_file(
    h: BotHarness, user: FakeUser, filename: str, data: bytes, **kwargs: object
) -> BotMessage:
    """Upload a document and return the bot's reply (an edited progress message if any)."""
    await h.api.upload_document(user, filename, data, **kwargs)  # type: ignore[arg-type]
    return await final_reply(h, user)


async def final_reply(h: BotHarness, user: FakeUser) -> BotMessage:
    """Return the bot's reply; for a progress message, wait for the edit that finishes it."""
    reply = await h.api.wait_for_message(chat=user)
    if reply.text in (texts.GENERATING,) or (reply.text or "").startswith("📣 Sending"):
        # The first article of a test session starts the generator's worker process (spaCy's
        # model and the name pools): seconds on a loaded 2-core machine.
        return await h.api.wait_for_edit(reply, timeout=40)
    return reply


def set_rows(engine: Engine) -> list[tuple[str, str, bool]]:
    """Every stored set as (slug, title, retired)."""
    with Session(engine) as session:
        rows = session.exec(select(QuestionSetRow).order_by(QuestionSetRow.slug)).all()
        return [(r.slug, r.title, r.retired_at is not None) for r in rows]


def question_rows(engine: Engine) -> list[tuple[int, str, bool]]:
    """Every stored question as (set id, text, retired)."""
    with Session(engine) as session:
        rows = session.exec(select(QuestionRow).order_by(QuestionRow.id)).all()
        return [(r.set_id, r.text, r.retired_at is not None) for r in rows]


def live_slugs(engine: Engine) -> list[str]:
    """The slugs of the sets that are not retired."""
    return [slug for slug, _, retired in set_rows(engine) if not retired]
