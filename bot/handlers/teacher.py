"""The teacher's view in Telegram: /report, /export_results, /flags, and players' flag buttons."""

from __future__ import annotations

import asyncio
import html
import logging

from telegram import Message, Update
from telegram.error import TelegramError

from bot.context import QuizContext, command_argument, translator_for
from bot.service.flags import FlagStatus
from bot.service.report import NoReport
from bot.service.results import CSV_ENCODING, players_csv, questions_csv
from bot.service.types import Place, Player
from bot.views import texts
from bot.views.i18n import translator
from bot.views.keyboards import next_keyboard, reasons_keyboard, review_keyboard
from bot.views.send_charts import report_png
from bot.views.teacher_callbacks import decode_flag, decode_reason, decode_review

log = logging.getLogger(__name__)


# --- admins ---------------------------------------------------------------------------------


async def report(update: Update, context: QuizContext) -> None:
    """Send a set's item-analysis chart, captioned with the three questions to fix first."""
    found_argument = await command_argument(update, context, texts.REPORT_USAGE)
    if found_argument is None:
        return
    message, slug, t = found_argument
    # Seconds of SQL and drawing on a big set: off the event loop, so players are not kept waiting.
    found = await context.services.report.item_analysis(slug)
    if isinstance(found, NoReport):
        await message.reply_text(html.escape(t.text(found.reason)))
        return
    png = await asyncio.to_thread(report_png, found, t)
    await message.reply_photo(
        png, caption=texts.report_caption(t, found), filename=f"{found.slug}-report.png"
    )
    await message.reply_text(texts.report_details(t, found))


async def export_results(update: Update, context: QuizContext) -> None:
    """Send a set's results as two CSV files: one row per player, one row per question."""
    found_argument = await command_argument(update, context, texts.RESULTS_EXPORT_USAGE)
    if found_argument is None:
        return
    message, slug, t = found_argument
    service = context.services.report
    results = await service.player_results(slug)
    analysis = await service.item_analysis(slug)
    if isinstance(results, NoReport) or isinstance(analysis, NoReport):
        refusal = results if isinstance(results, NoReport) else analysis
        assert isinstance(refusal, NoReport)
        await message.reply_text(html.escape(t.text(refusal.reason)))
        return
    await message.reply_document(
        players_csv(results).encode(CSV_ENCODING),
        filename=f"{slug}-results.csv",
        caption=texts.export_caption(t, slug, len(results)),
    )
    await message.reply_document(
        questions_csv(analysis).encode(CSV_ENCODING),
        filename=f"{slug}-questions.csv",
        caption=texts.questions_caption(t, slug),
    )


async def flags(update: Update, context: QuizContext) -> None:
    """List the questions players flagged, most flagged first, with Resume and Retire buttons."""
    message = update.effective_message
    if message is None:
        return
    flagged = await context.services.flags.open_flags()
    t = await translator_for(update, context)
    await message.reply_text(
        texts.flags_message(t, flagged), reply_markup=review_keyboard(t, flagged)
    )


async def review_button(update: Update, context: QuizContext) -> None:
    """Resume or retire a flagged question."""
    query = update.callback_query
    if query is None:
        return
    press = decode_review(query.data)
    service = context.services.flags
    done = None
    if press is not None:
        act = service.resume if press.action == "resume" else service.retire
        done = await act(press.question_id)
    t = await translator_for(update, context)
    if press is None or done is None:
        await query.answer(t.gettext(texts.REVIEW_UNKNOWN), show_alert=True)
        return
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.reply_text(texts.reviewed(t, press.action, done))


# --- players --------------------------------------------------------------------------------


async def flag_button(update: Update, context: QuizContext) -> None:
    """Show the reasons a player can give for reporting the question they answered."""
    query = update.callback_query
    if query is None:
        return
    delivery_id = decode_flag(query.data)
    t = await translator_for(update, context)
    if delivery_id is None or not isinstance(query.message, Message):
        await query.answer(t.gettext(texts.FLAG_NOTICES[FlagStatus.UNKNOWN]))
        return
    await query.answer()
    await query.message.edit_reply_markup(reasons_keyboard(t, delivery_id))


async def reason_button(update: Update, context: QuizContext) -> None:
    """Record a player's flag; tell the admins when it paused the question."""
    query = update.callback_query
    if query is None:
        return
    press = decode_reason(query.data)
    t = await translator_for(update, context)
    if press is None:
        await query.answer(t.gettext(texts.FLAG_NOTICES[FlagStatus.UNKNOWN]))
        return
    outcome = await context.services.flags.flag(query.from_user.id, press.delivery_id, press.reason)
    if outcome.status is not FlagStatus.RECORDED:
        await query.answer(t.gettext(texts.FLAG_NOTICES[outcome.status]), show_alert=True)
        return
    await query.answer(t.gettext(texts.FLAG_THANKS))
    if isinstance(query.message, Message):
        await query.message.edit_reply_markup(next_keyboard(t))
    if outcome.paused:
        for admin_id in sorted(context.services.settings.admin_ids):
            # Each admin's own /language choice (their private chat), else English.
            admin = Player(admin_id, "Admin")
            language = await context.services.languages.language_for(admin, Place(admin_id))
            notice = texts.paused_notice(translator(language), outcome)
            try:
                await context.bot.send_message(admin_id, notice)
            except TelegramError as exc:
                # An admin who never opened a chat with the bot sees it in /flags instead.
                log.warning("could not tell admin %s about a paused question: %s", admin_id, exc)
