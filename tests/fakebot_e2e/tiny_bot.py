"""A tiny python-telegram-bot bot wired to the fake, which the fake's own tests drive."""

from __future__ import annotations

import html
import io
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Poll, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
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

from tests.fakebot import FakeBotApi

App = Application[Any, Any, Any, Any, Any, Any]


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


def keyboard(*data: str) -> InlineKeyboardMarkup:
    """One row of callback buttons."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(d, callback_data=d) for d in data]])
