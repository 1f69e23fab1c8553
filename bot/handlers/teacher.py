"""The teacher's view in Telegram: /report, /export_results, /flags, and players' flag buttons."""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.error import TelegramError
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, ContextTypes

from bot.callbacks import NEXT
from bot.context import services
from bot.handlers import teacher_texts as text
from bot.handlers.admin import admin_only
from bot.handlers.admin_sets import text_after_command
from bot.service.flags import REASONS, FlagService, FlagStatus
from bot.service.report import ActivityDay, NoReport, ReportService, SetReport
from bot.service.results import CSV_ENCODING, players_csv, questions_csv
from bot.teacher_callbacks import (
    FLAG,
    FLAG_REASON,
    FLAG_REVIEW,
    decode_flag,
    decode_reason,
    decode_review,
    encode_flag,
    encode_reason,
    encode_review,
)

log = logging.getLogger(__name__)
NEXT_BUTTON = InlineKeyboardButton("➡️ Next question", callback_data=NEXT)


def result_keyboard(delivery_id: int | None) -> InlineKeyboardMarkup:
    """The buttons under a result: the next question, and reporting this one."""
    rows = [[NEXT_BUTTON]]
    if delivery_id is not None:
        flag = InlineKeyboardButton(text.REPORT_BUTTON, callback_data=encode_flag(delivery_id))
        rows.append([flag])
    return InlineKeyboardMarkup(rows)


def reasons_keyboard(delivery_id: int) -> InlineKeyboardMarkup:
    """One button per reason, two a row, and the next question below."""
    buttons = [
        InlineKeyboardButton(label, callback_data=encode_reason(delivery_id, reason))
        for reason, label in REASONS.items()
    ]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:], [NEXT_BUTTON]])


def _report_png(found: SetReport) -> bytes:
    """Draw the report chart (matplotlib is imported on first use: ~25 MB the bot may not need)."""
    from bot.charts import report_chart

    return report_chart(found)


def _activity_png(days: list[ActivityDay]) -> bytes:
    """Draw the activity chart, importing matplotlib on first use."""
    from bot.charts import activity_chart

    return activity_chart(days)


def report_service(context: ContextTypes.DEFAULT_TYPE) -> ReportService:
    """Return the report service on the shared engine."""
    return ReportService(services(context).engine)


def flag_service(context: ContextTypes.DEFAULT_TYPE) -> FlagService:
    """Return the flag service on the shared engine and clock."""
    svc = services(context)
    return FlagService(svc.engine, clock=svc.quiz.clock)


# --- admins ---------------------------------------------------------------------------------


async def report(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a set's item-analysis chart, captioned with the three questions to fix first."""
    message = update.effective_message
    if message is None:
        return
    slug = text_after_command(message)
    if not slug:
        await message.reply_text(text.REPORT_USAGE)
        return
    # Seconds of SQL and drawing on a big set: off the event loop, so players are not kept waiting.
    found = await asyncio.to_thread(report_service(context).item_analysis, slug)
    if isinstance(found, NoReport):
        await message.reply_text(html.escape(found.reason))
        return
    png = await asyncio.to_thread(_report_png, found)
    await message.reply_photo(
        png, caption=text.report_caption(found), filename=f"{found.slug}-report.png"
    )
    await message.reply_text(text.report_details(found))


async def export_results(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send a set's results as two CSV files: one row per player, one row per question."""
    message = update.effective_message
    if message is None:
        return
    slug = text_after_command(message)
    if not slug:
        await message.reply_text(text.EXPORT_USAGE)
        return
    service = report_service(context)
    results = await asyncio.to_thread(service.player_results, slug)
    analysis = await asyncio.to_thread(service.item_analysis, slug)
    if isinstance(results, NoReport) or isinstance(analysis, NoReport):
        refusal = results if isinstance(results, NoReport) else analysis
        assert isinstance(refusal, NoReport)
        await message.reply_text(html.escape(refusal.reason))
        return
    await message.reply_document(
        players_csv(results).encode(CSV_ENCODING),
        filename=f"{slug}-results.csv",
        caption=text.export_caption(slug, len(results)),
    )
    await message.reply_document(
        questions_csv(analysis).encode(CSV_ENCODING),
        filename=f"{slug}-questions.csv",
        caption=text.questions_caption(slug),
    )


async def flags(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List the questions players flagged, most flagged first, with Resume and Retire buttons."""
    message = update.effective_message
    if message is None:
        return
    flagged = flag_service(context).open_flags()
    keyboard = [
        [
            InlineKeyboardButton(
                f"▶ Resume {n}", callback_data=encode_review(q.question_id, "resume")
            ),
            InlineKeyboardButton(
                f"🗑 Retire {n}", callback_data=encode_review(q.question_id, "retire")
            ),
        ]
        for n, q in enumerate(flagged, start=1)
    ]
    await message.reply_text(
        text.flags_message(flagged),
        reply_markup=InlineKeyboardMarkup(keyboard) if keyboard else None,
    )


async def review_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Resume or retire a flagged question."""
    query = update.callback_query
    if query is None:
        return
    press = decode_review(query.data)
    service = flag_service(context)
    done = None
    if press is not None:
        act = service.resume if press.action == "resume" else service.retire
        done = act(press.question_id)
    if press is None or done is None:
        await query.answer(text.REVIEW_UNKNOWN, show_alert=True)
        return
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.reply_text(text.reviewed(press.action, done))


async def send_activity_chart(message: Message, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the chart of daily active players and answers over the last 30 days (/stats)."""
    svc = services(context)
    days = await asyncio.to_thread(report_service(context).activity, svc.quiz.clock())
    if not any(day.answers for day in days):
        await message.reply_text(text.NO_ACTIVITY)
        return
    png = await asyncio.to_thread(_activity_png, days)
    await message.reply_photo(png, filename="activity.png")


# --- players --------------------------------------------------------------------------------


async def flag_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show the reasons a player can give for reporting the question they answered."""
    query = update.callback_query
    if query is None:
        return
    delivery_id = decode_flag(query.data)
    if delivery_id is None or not isinstance(query.message, Message):
        await query.answer(text.FLAG_NOTICES[FlagStatus.UNKNOWN])
        return
    await query.answer()
    await query.message.edit_reply_markup(reasons_keyboard(delivery_id))


async def reason_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record a player's flag; tell the admins when it paused the question."""
    query = update.callback_query
    if query is None:
        return
    press = decode_reason(query.data)
    if press is None:
        await query.answer(text.FLAG_NOTICES[FlagStatus.UNKNOWN])
        return
    outcome = flag_service(context).flag(query.from_user.id, press.delivery_id, press.reason)
    if outcome.status is not FlagStatus.RECORDED:
        await query.answer(text.FLAG_NOTICES[outcome.status], show_alert=True)
        return
    await query.answer(text.FLAG_THANKS)
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(InlineKeyboardMarkup([[NEXT_BUTTON]]))
    if outcome.paused:
        for admin_id in sorted(services(context).settings.admin_ids):
            try:
                await context.bot.send_message(admin_id, text.paused_notice(outcome))
            except TelegramError as exc:
                # An admin who never opened a chat with the bot sees it in /flags instead.
                log.warning("could not tell admin %s about a paused question: %s", admin_id, exc)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the teacher's commands (admins only) and the players' flag buttons."""
    app.add_handler(CommandHandler("report", admin_only(report), block=False))
    app.add_handler(CommandHandler("export_results", admin_only(export_results), block=False))
    app.add_handler(CommandHandler("flags", admin_only(flags)))
    app.add_handler(CallbackQueryHandler(admin_only(review_button), pattern=f"^{FLAG_REVIEW}:"))
    app.add_handler(CallbackQueryHandler(flag_button, pattern=f"^{FLAG}:"))
    app.add_handler(CallbackQueryHandler(reason_button, pattern=f"^{FLAG_REASON}:"))
