"""The tiny bot in conversation through the fake: commands, presses, votes, files, control."""

from __future__ import annotations

import pytest
from telegram.error import BadRequest

from tests.fakebot import ControlClient, FakeBotApi, FakeChat, FakeUser
from tests.fakebot_e2e.tiny_bot import App


async def test_command_reply_in_private_and_group(
    api: FakeBotApi, app: App, alice: FakeUser, group: FakeChat
) -> None:
    """A /start command gets an HTML reply with a keyboard, also as /start@bot in a group."""
    update = await api.send_text(alice, "/start")
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    reply = await api.wait_for_message(chat=alice)
    assert reply.text == "Hello, Alice!"
    assert reply.raw_text == "Hello, <b>Alice</b>!"
    assert reply.entities == [{"type": "bold", "offset": 7, "length": 5}]
    assert reply.button_texts == ["Play", "Help", "Site"]
    assert reply["chat"]["id"] == alice.id
    assert api.last_message(chat=alice) is reply
    assert {"getMe", "deleteWebhook", "sendMessage"} <= {call.method for call in api.calls}
    assert api.last_token == api.token

    update = await api.send_text(alice, "/start@quiz_test_bot", chat=group)
    assert update["message"]["entities"][0]["length"] == len("/start@quiz_test_bot")
    in_group = await api.wait_for_message(chat=group)
    assert in_group.text == "Hello, Alice!"
    assert in_group.reply_to is not None  # PTB quotes the command in groups

    await api.send_text(alice, "just chatting")
    echoed = await api.wait_for_message(chat=alice)
    assert echoed.text == "just chatting"
    assert [m.text for m in api.messages(chat=alice)] == ["Hello, Alice!", "just chatting"]


async def test_press_answers_callback_and_edits(api: FakeBotApi, app: App, alice: FakeUser) -> None:
    """Pressing a button answers the query and edits the message; forged data also arrives."""
    await api.send_text(alice, "/start")
    menu = await api.wait_for_message(chat=alice)

    press = await api.press(alice, menu, "Play")
    answer = await api.wait_for_callback_answer(press)
    assert answer.text == "got play" and not answer.show_alert
    edited = await api.wait_for_edit(menu)
    assert edited.text == "You pressed play"
    assert edited.reply_markup is None  # editMessageText without markup drops the keyboard
    assert [e.method for e in edited.edits] == ["editMessageText"]
    assert edited.edits[0].before["text"] == "Hello, Alice!"
    assert edited["edit_date"] >= edited["date"]

    with pytest.raises(AssertionError, match=r"(?i)available buttons"):
        await api.press(alice, menu, "Play")  # the keyboard is gone

    forged = await api.press(alice, menu, callback_data="forged")
    await api.wait_for_callback_answer(forged)
    assert (await api.wait_for_edit(menu)).text == "You pressed forged"
    assert len(api.callback_answers) == 2


async def test_second_callback_answer_is_refused(
    api: FakeBotApi, app: App, alice: FakeUser
) -> None:
    """A callback query can be answered once; the second answer is a BadRequest."""
    await api.send_text(alice, "/start")
    menu = await api.wait_for_message(chat=alice)
    press = await api.press(alice, menu, (0, 1))
    await api.wait_for_callback_answer(press)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await app.bot.answer_callback_query(press["callback_query"]["id"])
    with pytest.raises(BadRequest, match=r"(?i)query ID is invalid"):
        await app.bot.answer_callback_query("12345")


async def test_poll_answer_reaches_handler(api: FakeBotApi, app: App, alice: FakeUser) -> None:
    """A vote in a non-anonymous quiz reaches the PollAnswerHandler."""
    await api.send_text(alice, "/quiz")
    poll_message = await api.wait_for_message(chat=alice)
    assert poll_message.poll is not None
    assert poll_message.poll["explanation"] == "Basic arithmetic"
    assert poll_message.poll["correct_option_ids"] == [1]

    update = await api.answer_poll(alice, poll_message, [1])
    assert update["poll_answer"]["poll_id"] == poll_message.poll["id"]
    ack = await api.wait_for_message(chat=alice)
    assert ack.text == "Alice chose [1]"
    assert poll_message.poll["options"][1]["voter_count"] == 1
    with pytest.raises(AssertionError, match=r"(?i)does not allow changing the vote"):
        await api.answer_poll(alice, poll_message, [0])


async def test_document_upload_download_and_send(
    api: FakeBotApi, app: App, alice: FakeUser
) -> None:
    """The bot downloads an uploaded document byte for byte and sends one back."""
    data = b"title: Demo\nquestions: []\n" * 50
    update = await api.upload_document(alice, "set.yaml", data, caption="my set")
    document = update["message"]["document"]
    assert document["file_name"] == "set.yaml" and document["file_size"] == len(data)

    reply = await api.wait_for_message(chat=alice)
    assert reply.kind == "document" and reply.caption == f"{len(data)} bytes"
    assert reply.document is not None
    assert reply.document.filename == "reversed.yaml"
    assert reply.document.content == data[::-1]
    assert api.documents(alice) == [reply.document]
    assert [c.method for c in api.calls if c.method in ("getFile", "sendDocument")] == [
        "getFile",
        "sendDocument",
    ]

    await api.upload_document(alice, "huge.yaml", b"x", reported_size=30 * 1024 * 1024)
    refusal = await api.wait_for_message(chat=alice)
    assert refusal.text == "error: File is too big"


async def test_updates_are_not_delivered_twice_to_the_application(
    api: FakeBotApi, app: App, alice: FakeUser
) -> None:
    """Every update reaches the Application exactly once."""
    sent = [await api.send_text(alice, f"message {n}") for n in range(5)]
    await api.wait_for_messages(chat=alice, count=1, predicate=lambda m: m.text == "message 4")
    assert app.bot_data["seen"] == [u["update_id"] for u in sent]
    await api.wait_until_confirmed()
    assert api.stats.redelivered == 0
    assert api.stats.updates_delivered == 5


async def test_control_endpoints_drive_the_bot(api: FakeBotApi, app: App, alice: FakeUser) -> None:
    """The HTTP control API can play a user and read the bot's replies."""
    async with ControlClient(api.url) as control:
        await control.send_text(alice.id, "/start")
        reply = await control.wait_for_message(chat_id=alice.id)
        assert reply["text"] == "Hello, Alice!"
        pressed = await control.press(alice.id, alice.id, reply["message_id"], "Help")
        assert pressed["callback_query"]["data"] == "help"
        await api.wait_for_edit(api.message(alice, reply["message_id"]))
        messages = await control.messages(alice.id)
        assert messages[0]["text"] == "You pressed help"
        assert (await control.stats())["by_method"]["answerCallbackQuery"] == 1
        await control.send_text(2001, "hi from a new user")
        assert (await control.wait_for_message(chat_id=2001))["text"] == "hi from a new user"


async def test_wait_timeout_explains_what_was_sent(api: FakeBotApi, alice: FakeUser) -> None:
    """A wait that times out raises an AssertionError describing the traffic."""
    with pytest.raises(AssertionError, match=r"(?i)timed out after 0.05s .*\n.*bot messages"):
        await api.wait_for_message(chat=alice, timeout=0.05)
