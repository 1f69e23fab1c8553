"""Other methods (commands, chats and members, photos, channels), records, the standalone run."""

from __future__ import annotations

import asyncio
import io
import os
import sys
from pathlib import Path

import aiohttp
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    ChatFullInfo,
    ChatMemberAdministrator,
    ChatMemberMember,
    ChatMemberOwner,
    Poll,
)
from telegram.error import BadRequest, Forbidden

from tests.fakebot import BotMessage, ControlClient, FakeBotApi, FakeChat, FakeUser, check_update

ROOT = Path(__file__).resolve().parents[2]


async def test_commands_per_scope(bot: Bot, api: FakeBotApi, alice: FakeUser) -> None:
    """setMyCommands is stored per scope and language."""
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("quiz", "Play")])
    admin_scope = BotCommandScopeChat(alice.id)
    await bot.set_my_commands([BotCommand("stats", "Admin stats")], scope=admin_scope)
    await bot.set_my_commands([BotCommand("start", "Démarrer")], language_code="fr")
    assert [c["command"] for c in api.commands()] == ["start", "quiz"]
    assert api.commands(alice) == [{"command": "stats", "description": "Admin stats"}]
    assert api.commands(admin_scope) == api.commands({"type": "chat", "chat_id": alice.id})
    assert api.commands(language_code="fr")[0]["description"] == "Démarrer"
    assert [c.command for c in await bot.get_my_commands(scope=admin_scope)] == ["stats"]
    await bot.delete_my_commands(scope=admin_scope)
    assert api.commands(alice) == []
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([BotCommand("Start", "uppercase")])
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.set_my_commands([BotCommand("x", "y")], scope=BotCommandScopeChat(5))


async def test_chat_info_and_members(
    bot: Bot, api: FakeBotApi, alice: FakeUser, bob: FakeUser, group: FakeChat
) -> None:
    """getChat, getChatMember and getChatAdministrators reflect the declared group."""
    info = await bot.get_chat(group.id)
    assert isinstance(info, ChatFullInfo) and info.title == "Quiz Club"
    assert isinstance(await bot.get_chat_member(group.id, alice.id), ChatMemberOwner)
    assert isinstance(await bot.get_chat_member(group.id, bob.id), ChatMemberMember)
    admins = await bot.get_chat_administrators(group.id)
    assert [a.user.id for a in admins] == [alice.id]
    assert (await bot.get_chat(alice.id)).first_name == "Alice"
    assert await bot.get_chat_member_count(group.id) == 3
    assert await bot.set_my_description("A quiz bot")
    assert (await bot.get_my_description()).description == "A quiz bot"
    joined = await api.add_bot_to_group(group, by=alice)
    assert joined["my_chat_member"]["new_chat_member"]["status"] == "member"
    assert check_update(joined).my_chat_member is not None
    with pytest.raises(ValueError, match="does not implement"):
        api.fail_next("sendMesage")
    assert await bot.leave_chat(group.id)
    with pytest.raises(Forbidden, match=r"(?i)not a member"):
        await bot.send_message(group.id, "bye")


async def test_send_photo_reads_the_image_and_refuses_what_telegram_refuses(
    api: FakeBotApi, bot: Bot, alice: FakeUser
) -> None:
    """sendPhoto returns PhotoSize with the image's pixels; a non-image or a strip is refused."""
    from PIL import Image

    def png(width: int, height: int) -> bytes:
        out = io.BytesIO()
        Image.new("RGB", (width, height), "white").save(out, format="PNG")
        return out.getvalue()

    sent = await bot.send_photo(alice.id, png(1080, 900), caption="<b>Chart</b>", parse_mode="HTML")
    assert (sent.photo[-1].width, sent.photo[-1].height) == (1080, 900)
    [stored] = api.photos(alice)
    assert stored.caption == "Chart" and stored.photo_size == (1080, 900)
    with pytest.raises(BadRequest, match=r"(?i)image_process_failed"):
        await bot.send_photo(alice.id, b"not an image")
    with pytest.raises(BadRequest, match=r"(?i)photo_invalid_dimensions"):
        await bot.send_photo(alice.id, png(2100, 100))


async def test_channels_posts_members_and_anonymous_poll_results(
    bot: Bot, api: FakeBotApi, alice: FakeUser, bob: FakeUser
) -> None:
    """A channel: posts on behalf of the channel, admin rights, poll results as poll updates."""
    news = api.group(
        -1001234, "Daily News", admins=[alice], chat_type="channel", username="dailynews"
    )
    with pytest.raises(BadRequest, match=r"(?i)member list is inaccessible"):
        await bot.get_chat_member("@dailynews", alice.id)  # the bot is not an admin there
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.get_chat("@nosuchchannel")
    news.bot_is_admin = True
    me = await bot.get_chat_member(news.id, api.bot_user["id"])
    assert isinstance(me, ChatMemberAdministrator) and me.can_post_messages is True
    assert isinstance(await bot.get_chat_member(news.id, alice.id), ChatMemberOwner)
    assert (await bot.get_chat("@dailynews")).type == "channel"
    with pytest.raises(BadRequest, match=r"(?i)non-anonymous"):
        await bot.send_poll(news.id, "Q?", ["a", "b"], is_anonymous=False)
    sent = await bot.send_poll(
        news.id, "2 + 2?", ["3", "4"], type=Poll.QUIZ, correct_option_ids=[1]
    )
    assert sent.from_user is None and sent.sender_chat is not None
    assert sent.sender_chat.id == news.id
    update = await api.vote_anonymously(bob, api.last_message(news), [1])
    poll = check_update(update).poll
    assert poll is not None and poll.total_voter_count == 1 and poll.options[1].voter_count == 1
    post = check_update(await api.post_in_channel(news, "/quiz", signature="Alice"))
    assert post.channel_post is not None and post.channel_post.from_user is None
    assert post.effective_chat is not None and post.effective_chat.type == "channel"
    news.bot_can_post = False
    with pytest.raises(Forbidden):
        await bot.send_poll(news.id, "Q?", ["a", "b"])


def test_message_record_helpers() -> None:
    """BotMessage exposes the Bot API view and keyboard helpers."""
    message = BotMessage(
        chat_id=1,
        message_id=2,
        kind="text",
        date=0,
        chat={"id": 1, "type": "private", "first_name": "A"},
        sender={"id": 9, "is_bot": True, "first_name": "B"},
        seq=1,
        text="hi",
        reply_markup={"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]},
    )
    assert message["text"] == "hi" and message.keyboard == [["A"]]
    assert message.callback_data == ["a"] and message.content == "hi"


async def test_standalone_process() -> None:
    """``python -m tests.fakebot`` prints its base_url and serves the API and control routes."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "tests.fakebot",
        "--port",
        "0",
        "--rate-limit",
        "50",
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=asyncio.subprocess.PIPE,
    )
    try:
        assert process.stdout is not None
        base_url = (await asyncio.wait_for(process.stdout.readline(), 10)).decode().strip()
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith("/bot")
        async with (
            aiohttp.ClientSession() as http,
            http.get(f"{base_url}123456:TEST-TOKEN/getMe") as response,
        ):
            assert (await response.json())["ok"] is True
        async with ControlClient(base_url.removesuffix("/bot")) as control:
            update = await control.send_text(7, "hello")
            assert update["message"]["text"] == "hello"
            assert (await control.stats())["updates_enqueued"] == 1
            assert await control.messages(7) == []
    finally:
        process.terminate()
        await asyncio.wait_for(process.wait(), 10)
    assert process.returncode == 0
