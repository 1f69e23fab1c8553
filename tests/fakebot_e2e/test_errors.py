"""Error answers as PTB maps them: injected failures, Forbidden, migration, the raw wire format."""

from __future__ import annotations

import datetime as dtm

import aiohttp
import pytest
from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    RetryAfter,
)

from tests.fakebot import FakeBotApi, FakeChat, FakeUser
from tests.fakebot_e2e.tiny_bot import keyboard


@pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
async def test_fail_next_429_raises_retry_after(bot: Bot, api: FakeBotApi, alice: FakeUser) -> None:
    """Injected 429 and the token bucket both surface as RetryAfter."""
    api.fail_next("sendMessage", status=429, retry_after=3)
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(alice.id, "hi")
    assert excinfo.value.retry_after in (3, dtm.timedelta(seconds=3))
    await bot.send_message(alice.id, "hi")  # only the next call failed

    api.set_rate_limit(per_second=2)
    await bot.send_message(alice.id, "1")
    await bot.send_message(alice.id, "2")
    with pytest.raises(RetryAfter) as excinfo:
        await bot.send_message(alice.id, "3")
    assert excinfo.value.retry_after in (1, dtm.timedelta(seconds=1))
    assert api.stats.rate_limited == 1 and api.stats.too_many_requests == 2
    assert [m.text for m in api.messages(alice)] == ["hi", "1", "2"]


async def test_forbidden_and_migration(
    bot: Bot, api: FakeBotApi, alice: FakeUser, group: FakeChat
) -> None:
    """Blocked user / kicked bot answer 403; a migrated group answers ChatMigrated."""
    api.block(alice)
    with pytest.raises(Forbidden, match=r"(?i)bot was blocked by the user"):
        await bot.send_message(alice.id, "hi")
    api.unblock(alice)
    api.fail_next("sendChatAction", status=403, count=2)
    for _ in range(2):
        with pytest.raises(Forbidden):
            await bot.send_chat_action(alice.id, "typing")
    await bot.send_chat_action(alice.id, "typing")

    new_group = api.migrate(group, -1009999)
    with pytest.raises(ChatMigrated) as migrated:
        await bot.send_message(group.id, "hi")
    assert migrated.value.new_chat_id == -1009999
    await bot.send_message(new_group.id, "hi again")
    api.kick_from(new_group)
    with pytest.raises(Forbidden, match=r"(?i)bot was kicked from the supergroup chat"):
        await bot.send_message(new_group.id, "still there?")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(424242, "nobody")


async def test_server_errors_and_dropped_connections(
    bot: Bot, api: FakeBotApi, alice: FakeUser
) -> None:
    """500 and a dropped connection are NetworkErrors; a delay still answers."""
    api.fail_next("sendMessage", 500)
    with pytest.raises(NetworkError) as excinfo:
        await bot.send_message(alice.id, "x")
    assert not isinstance(excinfo.value, BadRequest)
    api.fail_next("sendmessage", drop=True)
    with pytest.raises(NetworkError):
        await bot.send_message(alice.id, "x")
    api.fail_next("sendMessage", delay=0.05)
    assert (await bot.send_message(alice.id, "late")).text == "late"
    assert api.stats.dropped_connections == 1 and api.stats.injected_failures == 1


async def test_raw_wire_format(api: FakeBotApi, alice: FakeUser) -> None:
    """Case-insensitive methods, form/JSON/GET bodies, and the 404 for unknown methods."""
    root = f"{api.base_url}{api.token}"
    async with aiohttp.ClientSession() as http:
        async with http.get(f"{root}/GETME") as response:
            assert (await response.json())["result"]["username"] == "quiz_test_bot"
        form = {"chat_id": str(alice.id), "text": "form", "reply_markup": keyboard("a").to_json()}
        async with http.post(f"{root}/sendmessage", data=form) as response:
            body = await response.json()
            assert body["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a"
        async with http.post(f"{root}/sendMessage", json={"chat_id": alice.id}) as response:
            assert response.status == 400
            assert await response.json() == {
                "ok": False,
                "error_code": 400,
                "description": "Bad Request: message text is empty",
            }
        async with http.post(f"{root}/fooBar") as response:
            assert response.status == 404
            assert await response.json() == {
                "ok": False,
                "error_code": 404,
                "description": "Not Found: method not found",
            }
    async with Bot(api.token, base_url=api.base_url) as client:
        with pytest.raises(EndPointNotFound):
            await client.do_api_request("fooBar")
