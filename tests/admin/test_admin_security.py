"""Every admin action is checked on the server: non-admins are refused and nothing happens."""

from __future__ import annotations

import pytest

from bot.views import texts
from bot.views.callbacks import encode_delete
from bot.views.texts import ADMIN_COMMANDS, USER_COMMANDS
from tests.admin.conftest import ADMIN_ID, ARTICLE, admin_of, question_rows, say, set_rows
from tests.bot.conftest import BotHarness

# Every admin command with arguments that would do something for an admin.
ADMIN_ACTIONS = {
    "export": "/export planets",
    "delete": "/delete planets",
    "generate": "/generate " + ARTICLE,
    "stats": "/stats",
    "broadcast": "/broadcast Free points for everyone!",
    "report": "/report planets",
    "export_results": "/export_results planets",
    "flags": "/flags",
    "channel": "/channel @somechannel 08:00",
}


def test_the_security_list_covers_every_admin_command() -> None:
    assert sorted(ADMIN_ACTIONS) == sorted(name for name, _ in ADMIN_COMMANDS)


@pytest.mark.parametrize("command", sorted(ADMIN_ACTIONS))
async def test_non_admin_commands_are_refused_and_change_nothing(
    admin_harness: BotHarness, command: str
) -> None:
    h = admin_harness
    alice = h.api.user(1001, "Alice")
    await say(h, alice, "/start")
    mallory = h.api.user(1666, "Mallory")
    sets_before, questions_before = set_rows(h.engine), question_rows(h.engine)
    reply = await say(h, mallory, ADMIN_ACTIONS[command])
    assert reply.text == texts.NOT_ADMIN
    await h.api.wait_until_confirmed()
    assert [m.text for m in h.api.messages(mallory)] == [texts.NOT_ADMIN]
    assert len(h.api.messages(alice)) == 1  # only the /start greeting: no broadcast
    assert h.api.documents() == [] and h.api.photos() == []
    assert h.api.calls_to("editMessageText") == []
    assert set_rows(h.engine) == sets_before
    assert question_rows(h.engine) == questions_before


async def test_non_admin_document_upload_is_refused(admin_harness: BotHarness) -> None:
    h = admin_harness
    mallory = h.api.user(1666, "Mallory")
    before = set_rows(h.engine)
    for name, data in (("quiz.yaml", b"slug: x\n"), ("article.txt", ARTICLE.encode())):
        await h.api.upload_document(mallory, name, data)
        reply = await h.api.wait_for_message(chat=mallory)
        assert reply.text == texts.NOT_ADMIN
    assert h.api.calls_to("getFile") == []
    assert set_rows(h.engine) == before


async def test_forged_delete_confirmation_from_a_non_admin_does_nothing(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    mallory = h.api.user(1666, "Mallory")
    greeting = await say(h, mallory, "/start")
    ask = await say(h, admin, "/delete planets")
    set_id = int(ask.buttons[0]["callback_data"].split(":")[1])
    # Forged data on Mallory's own message, and a press on the admin's real keyboard.
    for message in (greeting, ask):
        update = await h.api.press(
            mallory, message, callback_data=encode_delete(set_id, confirm=True)
        )
        answer = await h.api.wait_for_callback_answer(update)
        assert answer.text == texts.NOT_ADMIN
    assert ("planets", "Planets", False) in set_rows(h.engine)
    assert h.api.calls_to("editMessageText") == []
    assert [b["text"] for b in ask.buttons] == ["🗑 Delete", "Cancel"]


async def test_admin_commands_in_a_group_are_refused(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    alice = h.api.user(1001, "Alice")
    group = h.api.group(-100999, "Quiz club", admins=[admin], members=[alice])
    await h.api.send_text(admin, "/stats", chat=group)
    private_only = await h.api.wait_for_message(chat=group)
    assert private_only.text == texts.PRIVATE_ONLY
    await h.api.send_text(alice, "/stats", chat=group)
    refused = await h.api.wait_for_message(chat=group)
    assert refused.text == texts.NOT_ADMIN


async def test_admin_commands_appear_only_in_the_admins_command_menu(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin_names = {name for name, _ in ADMIN_COMMANDS}
    user_names = {name for name, _ in USER_COMMANDS}
    default = {c["command"] for c in h.api.commands()}
    assert default == user_names
    mine = {c["command"] for c in h.api.commands(scope=admin_of(h))}
    assert mine == user_names | admin_names
    scoped = [
        key
        for key, commands in h.api.command_scopes.items()
        if admin_names & {c["command"] for c in commands}
    ]
    # One menu per shipped language, all in the admin's private chat only.
    admin_chat = f'{{"chat_id": {ADMIN_ID}, "type": "chat"}}'
    assert sorted(scoped) == [(admin_chat, ""), (admin_chat, "ru"), (admin_chat, "zh")]
    mallory = h.api.user(1666, "Mallory")
    assert h.api.commands(scope=mallory) == []  # she sees the default menu


async def test_help_lists_admin_commands_for_admins_only(admin_harness: BotHarness) -> None:
    h = admin_harness
    mallory = h.api.user(1666, "Mallory")
    admin_help = (await say(h, admin_of(h), "/help")).text
    user_help = (await say(h, mallory, "/help")).text
    for name, _ in ADMIN_COMMANDS:
        assert f"/{name}" in admin_help
        assert f"/{name}" not in user_help


async def test_an_admin_new_to_the_bot_gets_the_admin_menu_on_start(harness: BotHarness) -> None:
    # The harness starts the bot before admin 9001 ever wrote to it: no chat menu possible yet.
    admin = harness.api.user(9001, "Ada")
    assert harness.api.commands(scope=admin) == []
    await harness.api.send_text(admin, "/start")
    await harness.api.wait_for_message(chat=admin)
    mine = {c["command"] for c in harness.api.commands(scope=admin)}
    assert {"export", "delete", "stats", "broadcast", "quiz"} <= mine
