"""The framework's ceiling: a minimal PTB bot with quizbot's PTB settings and no database.

It plays the same flow as quizbot's private-chat quiz with constant texts: /quiz sends a
question with four option buttons; an option press answers the callback query and edits the
message (result + "Next question" button); "Next question" answers the callback query and
sends a new question. Those are the same Bot API calls quizbot makes, and nothing else.

Run: ``python -m tests.bench.baseline_bot`` with quizbot's environment (TELEGRAM_BOT_TOKEN,
TELEGRAM_API_URL, SEND_RATE_PER_SECOND, ...). BENCH_CONCURRENT_UPDATES sets how many updates
run at once; the benchmark passes the value read from quizbot's own Application.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    Defaults,
)

from bot.settings import Settings
from bot.transport.delivery import FloodWait

# Texts of the same shape and length as quizbot's (bot/texts.py), but constant.
QUESTION_TEXT = (
    "<b>Bench</b>\n\nWhich city hosted the summit that this question is about?\n\n"
    "A. Dushanbe\nB. Tashkent\nC. Almaty\nD. Bishkek"
)
RESULT_TEXT = (
    "Which city hosted the summit that this question is about?\n\n"
    "✅ Correct: <b>A. Dushanbe</b>  +1 point\n\nStreak: 1 · Points: 1"
)
OPTION_KEYBOARD = InlineKeyboardMarkup(
    [
        [InlineKeyboardButton(label, callback_data=f"a:1:{position}")]
        for position, label in enumerate(("A. Dushanbe", "B. Tashkent", "C. Almaty", "D. Bishkek"))
    ]
)
NEXT_KEYBOARD = InlineKeyboardMarkup([[InlineKeyboardButton("➡️ Next question", callback_data="n")]])
CONCURRENCY_ENV = "BENCH_CONCURRENT_UPDATES"


async def quiz(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the constant question (one sendMessage, as quizbot's /quiz)."""
    if update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, QUESTION_TEXT, reply_markup=OPTION_KEYBOARD
        )


async def answer_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the callback query and edit the message: the two calls of quizbot's answer."""
    query = update.callback_query
    if query is None:
        return
    await query.answer("✅ Correct!")
    if isinstance(query.message, Message):
        await query.message.edit_text(RESULT_TEXT, reply_markup=NEXT_KEYBOARD)


async def next_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Answer the callback query and send a new question: the two calls of quizbot's Next."""
    query = update.callback_query
    if query is None:
        return
    await query.answer()
    if update.effective_chat is not None:
        await context.bot.send_message(
            update.effective_chat.id, QUESTION_TEXT, reply_markup=OPTION_KEYBOARD
        )


def build_baseline(settings: Settings, concurrent_updates: int = 1) -> Application:  # type: ignore[type-arg]
    """Build the minimal bot with the PTB settings of bot/app.py (defaults, rate limiter)."""
    if settings.telegram_bot_token is None:
        raise ValueError("TELEGRAM_BOT_TOKEN is not set")
    app = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_url)
        .base_file_url(settings.telegram_file_url)
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .rate_limiter(
            FloodWait(
                AIORateLimiter(
                    overall_max_rate=settings.send_rate_per_second,
                    overall_time_period=1,
                    group_max_rate=settings.group_send_rate_per_minute,
                    group_time_period=60,
                    max_retries=0,
                ),
                max_retries=2,
            )
        )
        .concurrent_updates(concurrent_updates)
        .build()
    )
    app.add_handler(CommandHandler("quiz", quiz))
    app.add_handler(CallbackQueryHandler(answer_button, pattern="^a:"))
    app.add_handler(CallbackQueryHandler(next_button, pattern="^n$"))
    return app


def ptb_profile(app: Application) -> dict[str, Any]:  # type: ignore[type-arg]
    """Describe the PTB settings that shape throughput, to check both bots use the same."""
    wrapper = app.bot.rate_limiter
    limiter = getattr(wrapper, "pacer", wrapper)  # FloodWait paces with an AIORateLimiter
    base = getattr(limiter, "_base_limiter", None)
    defaults = app.bot.defaults
    return {
        "parse_mode": defaults.parse_mode if defaults is not None else None,
        "rate_limiter": type(wrapper).__name__ if wrapper is not None else None,
        "overall_max_rate": getattr(base, "max_rate", None),
        "overall_time_period": getattr(base, "time_period", None),
        "group_max_rate": getattr(limiter, "_group_max_rate", None),
        "group_time_period": getattr(limiter, "_group_time_period", None),
        "max_retries": getattr(wrapper, "max_retries", None),
        "max_concurrent_updates": app.update_processor.max_concurrent_updates,
    }


def main() -> None:
    """Run the baseline bot with long polling until SIGINT/SIGTERM."""
    logging.basicConfig(level=logging.WARNING)
    settings = Settings()
    concurrency = int(os.environ.get(CONCURRENCY_ENV, "1"))
    build_baseline(settings, concurrency).run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
