"""End-to-end tests of the fake Bot API (tests/fakebot) against the real python-telegram-bot."""

from __future__ import annotations

import asyncio
import datetime as dtm
import html
import io
import os
import re
import sys
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeChat,
    ChatFullInfo,
    ChatMemberAdministrator,
    ChatMemberMember,
    ChatMemberOwner,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Poll,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    EndPointNotFound,
    Forbidden,
    NetworkError,
    RetryAfter,
)
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    PollAnswerHandler,
    filters,
)

from tests.fakebot import (
    ApiError,
    BotMessage,
    ControlClient,
    FakeBotApi,
    FakeChat,
    FakeUser,
    builders,
    check_update,
    parse_text,
    running,
)
from tests.fakebot.validation import validate_poll

App = Application[Any, Any, Any, Any, Any, Any]
ROOT = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------- a tiny test bot


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet with an inline keyboard."""
    assert update.effective_user is not None and update.effective_message is not None
    keyboard = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Play", callback_data="play"),
                InlineKeyboardButton("Help", callback_data="help"),
            ],
            [InlineKeyboardButton("Site", url="https://example.org")],
        ]
    )
    name = html.escape(update.effective_user.first_name)
    await update.effective_message.reply_html(f"Hello, <b>{name}</b>!", reply_markup=keyboard)


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the callback query, then edit the message."""
    query = update.callback_query
    assert query is not None
    await query.answer(text=f"got {query.data}")
    await query.edit_message_text(f"You pressed {query.data}")


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a non-anonymous quiz poll."""
    assert update.effective_chat is not None
    await context.bot.send_poll(
        update.effective_chat.id,
        "2 + 2 = ?",
        ["3", "4", "5"],
        type=Poll.QUIZ,
        correct_option_ids=[1],
        is_anonymous=False,
        explanation="Basic <b>arithmetic</b>",
        explanation_parse_mode=ParseMode.HTML,
    )


async def on_poll_answer(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Acknowledge a poll vote in the voter's private chat."""
    answer = update.poll_answer
    assert answer is not None and answer.user is not None
    await context.bot.send_message(
        answer.user.id, f"{answer.user.first_name} chose {list(answer.option_ids)}"
    )


async def on_document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Download the document and send it back reversed."""
    message = update.message
    assert message is not None and message.document is not None
    try:
        file = await message.document.get_file()
    except BadRequest as exc:
        await message.reply_text(f"error: {exc.message}")
        return
    buffer = io.BytesIO()
    await file.download_to_memory(buffer)
    data = buffer.getvalue()
    await message.reply_document(
        io.BytesIO(data[::-1]), filename="reversed.yaml", caption=f"{len(data)} bytes"
    )


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Echo plain text and count deliveries."""
    assert update.message is not None and update.message.text is not None
    context.bot_data.setdefault("seen", []).append(update.update_id)
    await update.message.reply_text(update.message.text)


def build_app(api: FakeBotApi, errors: list[object]) -> App:
    """The test bot wired to the fake, recording handler exceptions into ``errors``."""
    app = (
        ApplicationBuilder()
        .token(api.token)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("quiz", quiz))
    app.add_handler(CallbackQueryHandler(on_button))
    app.add_handler(PollAnswerHandler(on_poll_answer))
    app.add_handler(MessageHandler(filters.Document.ALL, on_document))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))

    async def record(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        errors.append(context.error)

    app.add_error_handler(record)
    return app


# --------------------------------------------------------------------------- fixtures


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


def keyboard(*data: str) -> InlineKeyboardMarkup:
    """One row of callback buttons."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])


# --------------------------------------------------------------------------- conversations


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


# --------------------------------------------------------------------------- Telegram limits


async def test_callback_data_limit_is_64_bytes(bot: Bot, alice: FakeUser) -> None:
    """callback_data is limited to 64 bytes (not characters)."""
    await bot.send_message(alice.id, "ok", reply_markup=keyboard("x" * 64, "é" * 32))
    for data in ("x" * 65, "é" * 33):
        with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
            await bot.send_message(alice.id, "too long", reply_markup=keyboard(data))
    text_only = InlineKeyboardMarkup([[InlineKeyboardButton("no action")]])
    with pytest.raises(BadRequest, match=r"(?i)Text buttons are unallowed"):
        await bot.send_message(alice.id, "x", reply_markup=text_only)


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("a & b", "Character '&' at byte offset 2"),
        ("<foo>bar</foo>", 'Unsupported start tag "foo" at byte offset 0'),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
        ('<a href="x>y', "Unclosed start tag at byte offset 0"),
        ("<span>s</span>", 'Tag "span" must have class "tg-spoiler"'),
    ],
)
async def test_bad_html_is_refused(bot: Bot, alice: FakeUser, text: str, detail: str) -> None:
    """Malformed HTML is a BadRequest "can't parse entities" with Telegram's wording."""
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities") as excinfo:
        await bot.send_message(alice.id, text, parse_mode=ParseMode.HTML)
    assert detail.lower() in excinfo.value.message.lower()


async def test_valid_html_and_markdown(bot: Bot, api: FakeBotApi, alice: FakeUser) -> None:
    """Escaped text passes; entities get UTF-16 offsets; MarkdownV2 reserved chars are checked."""
    message = await bot.send_message(
        alice.id, html.escape('a & b <c> "d"'), parse_mode=ParseMode.HTML
    )
    assert message.text == 'a & b <c> "d"'
    source = (
        '😀 <b>bold <i>both</i></b> &#x41;&amp;<a href="https://example.org">link</a> '
        '<tg-spoiler>s</tg-spoiler> <pre><code class="language-python">x = 1</code></pre> '
        "<blockquote expandable>q</blockquote>"
    )
    message = await bot.send_message(alice.id, source, parse_mode=ParseMode.HTML)
    assert message.text == "😀 bold both A&link s x = 1 q"
    kinds = [(e.type, e.offset, e.length) for e in message.entities]
    assert kinds == [
        ("bold", 3, 9),
        ("italic", 8, 4),
        ("text_link", 15, 4),
        ("spoiler", 20, 1),
        ("pre", 22, 5),
        ("expandable_blockquote", 28, 1),
    ]
    assert message.entities[4].language == "python"

    with pytest.raises(BadRequest, match=r"(?i)Character '\.' is reserved"):
        await bot.send_message(alice.id, "Score: 1.5", parse_mode=ParseMode.MARKDOWN_V2)
    with pytest.raises(BadRequest, match=r"(?i)Can't find end of Bold entity at byte offset 0"):
        await bot.send_message(alice.id, "*bold", parse_mode=ParseMode.MARKDOWN_V2)
    ok = await bot.send_message(alice.id, r"*Score:* 1\.5", parse_mode=ParseMode.MARKDOWN_V2)
    assert ok.text == "Score: 1.5" and ok.entities[0].type == "bold"
    with pytest.raises(BadRequest, match=r"(?i)Can't find end of the entity"):
        await bot.send_message(alice.id, "snake_case", parse_mode=ParseMode.MARKDOWN)
    assert parse_text("a & b", "HTML", strict_html=False).text == "a & b"


async def test_text_length_limits(bot: Bot, alice: FakeUser) -> None:
    """1-4096 characters after entity parsing and trimming."""
    await bot.send_message(alice.id, "x" * 4096)
    await bot.send_message(alice.id, "<b>" + "x" * 4096 + "</b>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(alice.id, "x" * 4097)
    for empty in ("", "   \n ", "<b> </b>"):
        with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
            await bot.send_message(alice.id, empty, parse_mode=ParseMode.HTML)


async def test_edit_rules(bot: Bot, api: FakeBotApi, alice: FakeUser) -> None:
    """Identical edits, unknown messages and non-text messages are refused like Telegram."""
    sent = await bot.send_message(
        alice.id, "<b>Q1</b>", parse_mode="HTML", reply_markup=keyboard("a")
    )
    with pytest.raises(BadRequest, match=r"(?i)message is not modified: specified new message"):
        await bot.edit_message_text(
            "<b>Q1</b>", alice.id, sent.message_id, parse_mode="HTML", reply_markup=keyboard("a")
        )
    await bot.edit_message_text("<b>Q1</b>", alice.id, sent.message_id, parse_mode="HTML")
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_reply_markup(alice.id, sent.message_id)
    await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=keyboard("b"))
    stored = api.message(alice, sent.message_id)
    assert [e.method for e in stored.edits] == ["editMessageText", "editMessageReplyMarkup"]
    assert stored.callback_data == ["b"]
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("new", alice.id, 999)
    await bot.delete_message(alice.id, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("new", alice.id, sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to delete not found"):
        await bot.delete_message(alice.id, sent.message_id)
    assert api.messages(alice) == []
    assert api.messages(alice, include_deleted=True) == [stored]


async def test_quiz_poll_limits(bot: Bot, api: FakeBotApi, alice: FakeUser) -> None:
    """Question, option count/length, correct_option_ids and explanation limits (Bot API 10)."""
    options = ["a", "b", "c"]
    cases: list[tuple[dict[str, Any], str]] = [
        ({"question": "q" * 301}, "poll question length must not exceed 300"),
        ({"options": []}, "poll must have at least 1 option"),
        ({"options": [str(n) for n in range(13)]}, "poll can't have more than 12 options"),
        ({"options": ["ok", "o" * 101]}, "poll options length must not exceed 100"),
        ({"correct_option_ids": [3]}, "wrong correct option ID specified"),
        ({"correct_option_ids": [1, 0]}, "wrong correct option ID specified"),
        ({"correct_option_ids": None}, "wrong correct option ID specified"),
        ({"explanation": "e" * 201}, "poll explanation length must not exceed 200"),
        ({"explanation": "1\n2\n3\n4"}, "can't have more than 2 line feeds"),
        ({"explanation": "<b>bad"}, "can't parse entities"),
        ({"open_period": 2628001}, "wrong open period specified"),
    ]
    for override, message in cases:
        kwargs: dict[str, Any] = {
            "chat_id": alice.id,
            "question": "Q?",
            "options": options,
            "type": Poll.QUIZ,
            "correct_option_ids": [0],
            "explanation_parse_mode": ParseMode.HTML,
        }
        kwargs.update(override)
        with pytest.raises(BadRequest, match=re.compile(re.escape(message), re.IGNORECASE)):
            await bot.send_poll(**kwargs)
    sent = await bot.send_poll(
        alice.id,
        "q" * 300,
        ["o" * 100] * 12,
        type=Poll.QUIZ,
        correct_option_ids=[9, 11],
        allows_multiple_answers=True,
        explanation="e" * 200,
    )
    assert sent.poll is not None and sent.poll.is_anonymous  # the Bot API default
    assert sent.poll.correct_option_ids == (9, 11) and not sent.poll.allows_revoting
    stopped = await bot.stop_poll(alice.id, sent.message_id)
    assert stopped.is_closed
    with pytest.raises(BadRequest, match=r"(?i)poll has already been closed"):
        await bot.stop_poll(alice.id, sent.message_id)
    with pytest.raises(AssertionError, match="poll is closed"):
        await api.answer_poll(alice, api.message(alice, sent.message_id), [0])
    with pytest.raises(ApiError, match="at least 2 option"):
        validate_poll({"question": "q", "options": ["a"]}, strict_html=True, option_count=(2, 10))


async def test_timed_quiz_poll_reports_its_close_date_and_results(
    bot: Bot, api: FakeBotApi, alice: FakeUser
) -> None:
    """open_period gives the Poll a close_date; stopPoll returns the final results."""
    group = api.group(-100555, "Timers", admins=[alice])
    sent = await bot.send_poll(
        group.id,
        "Q?",
        ["a", "b"],
        type=Poll.QUIZ,
        correct_option_ids=[1],
        is_anonymous=False,
        open_period=30,
    )
    assert sent.poll is not None and api.message(group, sent.message_id).poll["open_period"] == 30  # type: ignore[index]
    assert sent.poll.close_date is not None
    assert (sent.poll.close_date - sent.date).total_seconds() == 30
    await api.answer_poll(alice, api.message(group, sent.message_id), [1])
    stopped = await bot.stop_poll(group.id, sent.message_id)
    assert stopped.is_closed and stopped.total_voter_count == 1
    assert [option.voter_count for option in stopped.options] == [0, 1]
    # When the time runs out Telegram closes the poll itself: votes and stopPoll are refused.
    again = await bot.send_poll(
        group.id,
        "Q2?",
        ["a", "b"],
        type=Poll.QUIZ,
        correct_option_ids=[0],
        is_anonymous=False,
        open_period=5,
    )
    closed = api.expire_poll(api.message(group, again.message_id))
    assert closed["is_closed"]
    with pytest.raises(AssertionError, match="poll is closed"):
        await api.answer_poll(alice, api.message(group, again.message_id), [0])
    with pytest.raises(BadRequest, match=r"(?i)poll has already been closed"):
        await bot.stop_poll(group.id, again.message_id)


# --------------------------------------------------------------------------- error mapping


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


# --------------------------------------------------------------------------- getUpdates


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


# --------------------------------------------------------------------------- other methods


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
