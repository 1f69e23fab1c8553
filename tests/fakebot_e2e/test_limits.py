"""Telegram's limits the fake enforces: callback data, HTML and Markdown, lengths, edits, polls."""

from __future__ import annotations

import html
import re
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Poll
from telegram.constants import ParseMode
from telegram.error import BadRequest

from tests.fakebot import ApiError, FakeBotApi, FakeUser, parse_text
from tests.fakebot.poll_validation import validate_poll
from tests.fakebot_e2e.tiny_bot import keyboard


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
