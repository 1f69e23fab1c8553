"""What a new admin meets first: their Telegram id, the default set, a quiet start-up."""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from sqlalchemy.engine import Engine

from bot.context import services_of
from bot.settings import Settings
from tests.bot.conftest import SECOND_SET, TRICKY_SET, BotHarness, Clock, load_sets, start_bot
from tests.fakebot import FakeBotApi


async def test_start_in_private_shows_the_users_id_and_whoami_too(harness: BotHarness) -> None:
    alice = harness.api.user(1001, "Alice")
    await harness.api.send_text(alice, "/start")
    welcome = await harness.api.wait_for_message(chat=alice)
    assert "Your Telegram id: 1001" in (welcome.text or "")
    await harness.api.send_text(alice, "/whoami")
    who = await harness.api.wait_for_message(chat=alice)
    assert "your Telegram user id is 1001" in (who.text or "")
    assert "ADMIN_IDS" in (who.text or "")


async def test_start_in_a_group_does_not_show_ids_to_everyone(harness: BotHarness) -> None:
    ann = harness.api.user(2001, "Ann")
    club = harness.api.group(-100500, "Quiz Club", admins=[ann])
    await harness.api.send_text(ann, "/start", chat=club)
    welcome = await harness.api.wait_for_message(chat=club)
    assert "2001" not in (welcome.text or "")
    assert "Telegram id" not in (welcome.text or "")


async def test_whoami_tells_an_admin_they_are_one(harness: BotHarness) -> None:
    ada = harness.api.user(9001, "Ada")
    await harness.api.send_text(ada, "/whoami")
    who = await harness.api.wait_for_message(chat=ada)
    assert "You are an admin" in (who.text or "")


async def test_admin_who_never_wrote_is_skipped_at_start_not_an_error(
    harness: BotHarness,
) -> None:
    # Admin 9001 is in ADMIN_IDS but never wrote: no menu call that Telegram would refuse.
    scoped = [c for c in harness.api.calls_to("setMyCommands") if "chat_id" in str(c.params)]
    assert scoped == []
    assert harness.api.errors == []
    errors = services_of(harness.app).metrics.registry.get_sample_value(
        "quizbot_telegram_errors_total", {"kind": "BadRequest"}
    )
    assert errors in (None, 0)


async def test_empty_admin_ids_is_said_in_the_start_up_log(
    engine: Engine, make_settings: Callable[..., Settings], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="bot.app")
    async with FakeBotApi() as api:
        settings = make_settings(api, admin_ids=frozenset())
        async with start_bot(api, settings, engine, Clock()):
            pass
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any("ADMIN_IDS is empty" in w and "/whoami" in w for w in warnings)


async def test_admin_ids_set_means_no_warning(
    harness: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    assert not any("ADMIN_IDS is empty" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize(("default_set", "expected"), [("tricky", "Tricky"), (None, "Planets")])
async def test_new_chats_play_default_set_else_the_first_by_slug(
    engine: Engine,
    make_settings: Callable[..., Settings],
    default_set: str | None,
    expected: str,
) -> None:
    load_sets(engine, TRICKY_SET, SECOND_SET)
    async with FakeBotApi() as api:
        # Without DEFAULT_SET the bundled set is the default; here it is not loaded.
        extra = {"default_set": default_set} if default_set else {}
        settings = make_settings(api, **extra)
        async with start_bot(api, settings, engine, Clock()):
            bob = api.user(1002, "Bob")
            await api.send_text(bob, "/quiz")
            question = await api.wait_for_message(chat=bob)
    assert expected in (question.text or "")
