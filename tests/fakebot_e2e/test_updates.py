"""Getting updates: getUpdates offsets, long polls and conflicts, checked updates, webhooks."""

from __future__ import annotations

import asyncio
import datetime as dtm
from typing import Any

import pytest
from aiohttp import web
from telegram import Bot, Update
from telegram.error import Conflict

from tests.fakebot import FakeBotApi, FakeUser, builders, check_update
from tests.fakebot_e2e.tiny_bot import build_app


async def test_get_updates_offset_and_long_poll(bot: Bot, api: FakeBotApi, alice: FakeUser) -> None:
    """Offsets confirm updates; long polls wake on new updates and time out with []."""
    first = await api.send_text(alice, "one")
    second = await api.send_text(alice, "two")
    batch = await bot.get_updates(timeout=0)
    assert [u.update_id for u in batch] == [first["update_id"], second["update_id"]]
    assert batch[0].message is not None and batch[0].message.text == "one"
    again = await bot.get_updates(timeout=0, limit=1)  # unconfirmed: delivered again
    assert [u.update_id for u in again] == [first["update_id"]]
    assert api.stats.redelivered == 1
    assert await bot.get_updates(offset=second["update_id"] + 1, timeout=0) == ()
    assert api.pending_updates == []

    calls_before = len(api.all_calls)
    poller = asyncio.create_task(bot.get_updates(offset=second["update_id"] + 1, timeout=5))
    await api.wait_for_call("getUpdates", since=calls_before)
    third = await api.send_text(alice, "three")
    woke = await asyncio.wait_for(poller, 1)
    assert [u.update_id for u in woke] == [third["update_id"]]

    loop = asyncio.get_running_loop()
    started = loop.time()
    empty = await bot.get_updates(offset=third["update_id"] + 1, timeout=dtm.timedelta(seconds=0.2))
    assert empty == () and loop.time() - started >= 0.2

    await api.send_text(alice, "four")
    await bot.get_updates(offset=-1, timeout=0)
    assert len(api.pending_updates) == 1
    await api.send_update({"my_chat_member": _my_chat_member_payload(api, alice)})
    only_messages = await bot.get_updates(timeout=0, allowed_updates=["message"])
    assert [u.message is not None for u in only_messages] == [True]


def _my_chat_member_payload(api: FakeBotApi, user: FakeUser) -> dict[str, Any]:
    """A my_chat_member payload (the user blocks the bot)."""
    return builders.my_chat_member(user.chat, user.to_dict(), api.bot_user, "member", "kicked")


async def test_concurrent_get_updates_conflict(bot: Bot, api: FakeBotApi) -> None:
    """A second getUpdates (another bot instance) terminates the first with 409 Conflict."""
    calls_before = len(api.all_calls)
    first = asyncio.create_task(bot.get_updates(timeout=5))
    await api.wait_for_call("getUpdates", since=calls_before)
    async with Bot(api.token, base_url=api.base_url) as second_instance:
        await second_instance.get_updates(timeout=0)
    with pytest.raises(Conflict, match=r"(?i)terminated by other getUpdates request"):
        await first


async def test_built_updates_are_checked_with_ptb(api: FakeBotApi, alice: FakeUser) -> None:
    """Malformed updates are refused before they reach the bot."""
    with pytest.raises(AssertionError, match=r"(?i)cannot parse"):
        await api.send_update({"message": {"text": "no id, no chat"}})
    with pytest.raises(AssertionError, match=r"(?i)unknown to python-telegram-bot"):
        await api.send_update(
            {
                "message": {
                    **alice.chat,
                    "message_id": 1,
                    "date": 0,
                    "chat": alice.chat,
                    "txet": "typo",
                }
            }
        )
    update = await api.send_text(alice, "/help@quiz_test_bot and @alice")
    parsed = check_update(update)
    assert parsed.message is not None
    assert [e.type for e in parsed.message.entities] == ["bot_command", "mention"]
    assert api.pending_updates[-1]["update_id"] == update["update_id"]


async def test_webhook_mode(api: FakeBotApi, alice: FakeUser) -> None:
    """With a webhook set, updates are POSTed with the secret header; getUpdates conflicts."""
    errors: list[object] = []
    application = build_app(api, errors)
    secret = "s3cret-token"

    async def receive(request: web.Request) -> web.Response:
        if request.headers.get("X-Telegram-Bot-Api-Secret-Token") != secret:
            return web.Response(status=403)
        data = await request.json()
        await application.update_queue.put(Update.de_json(data, application.bot))
        return web.Response()

    receiver = web.Application()
    receiver.router.add_post("/hook", receive)
    runner = web.AppRunner(receiver)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        async with application:
            await application.start()
            await application.bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token=secret)
            assert api.webhook_secret == secret
            await api.send_text(alice, "/start")
            reply = await api.wait_for_message(chat=alice)
            assert reply.text == "Hello, Alice!"
            assert api.webhook_deliveries[-1].status == 200
            wrong = await api.post_raw_update(
                {"message": {"message_id": 99, "date": 0, "chat": alice.chat, "text": "x"}},
                secret="wrong",
            )
            assert wrong == 403
            with pytest.raises(Conflict, match=r"(?i)webhook is active"):
                await application.bot.get_updates()
            info = await application.bot.get_webhook_info()
            assert info.url.endswith("/hook") and info.last_error_message
            await application.bot.delete_webhook()
            await application.stop()
    finally:
        await runner.cleanup()
    assert errors == []
