"""The error handler: log every error, tell the user briefly, never stop other updates."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, TelegramError

from bot.context import QuizContext
from bot.service.languages import from_language_code
from bot.views import texts
from bot.views.i18n import translator

# The name these records had before the handler left bot/app.py: log filters keep working.
log = logging.getLogger("bot.app")


async def on_error(update: object, context: QuizContext) -> None:
    """Log every error with its traceback; tell the user briefly; never stop other updates."""
    error = context.error
    context.services.metrics.handler_errors.labels(kind=type(error).__name__).inc()
    if isinstance(error, Forbidden):
        log.info("Telegram refused a send: %s", error)
        return
    if isinstance(error, BadRequest) and "query is too old" in error.message.lower():
        # An update handled just before a crash comes again after the restart (see
        # bot/transport/updates.py); its button press can no longer be answered: expected.
        log.info("a redelivered button press could not be answered again: %s", error)
        return
    if isinstance(error, NetworkError) and not isinstance(error, BadRequest):
        log.warning("network error talking to Telegram: %s", error)
        return
    log.error("error while handling an update", exc_info=error)
    if isinstance(update, Update):
        # Telegram's language only: the database may be what just failed.
        user = update.effective_user
        sorry = translator(from_language_code(user.language_code if user else None)).gettext(
            texts.SOMETHING_WRONG
        )
        try:
            if update.callback_query is not None:
                await update.callback_query.answer(sorry)
            elif update.effective_message is not None:
                await update.effective_message.reply_text(sorry)
        except TelegramError:
            log.warning("could not tell the user about the error")
