"""Fixtures of the fake's tests: a running fake, its users and group, a bare Bot, the tiny bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import Bot

from tests.fakebot import FakeBotApi, FakeChat, FakeUser, running
from tests.fakebot_e2e.tiny_bot import App, build_app


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    """A running fake Bot API."""
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
def alice(api: FakeBotApi) -> FakeUser:
    """A registered user."""
    return api.user(1001, "Alice", username="alice")


@pytest.fixture
def bob(api: FakeBotApi) -> FakeUser:
    """Another registered user."""
    return api.user(1002, "Bob")


@pytest.fixture
def group(api: FakeBotApi, alice: FakeUser, bob: FakeUser) -> FakeChat:
    """A supergroup administered by Alice, with Bob as a member."""
    return api.group(-100123, "Quiz Club", admins=[alice], members=[bob])


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    """A bare, initialized PTB Bot talking to the fake."""
    async with Bot(api.token, base_url=api.base_url, base_file_url=api.base_file_url) as client:
        yield client


@pytest.fixture
async def app(api: FakeBotApi) -> AsyncIterator[App]:
    """The test bot, long polling the fake; fails the test if a handler raised."""
    errors: list[object] = []
    application = build_app(api, errors)
    async with running(application):
        yield application
    assert errors == []
