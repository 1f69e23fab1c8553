"""Admin tools: commands only the users in ADMIN_IDS may run, checked on every update."""

from __future__ import annotations

import contextlib
import functools
import html
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import InlineKeyboardMarkup, Update
from telegram.error import BadRequest

from bot.context import QuizContext, drafts, text_after_command, translator_for
from bot.views import texts
from bot.views.callbacks import BROADCAST, BROADCAST_ACTIONS, decode_draft
from bot.views.keyboards import draft_button
from bot.views.send_charts import send_activity_chart

log = logging.getLogger(__name__)

Callback = Callable[[Update, QuizContext], Coroutine[Any, Any, None]]


async def refuse(update: Update, context: QuizContext, text: str) -> None:
    """Say no (`text` is a message id): as a pop-up for a button press, else as a reply."""
    text = (await translator_for(update, context)).gettext(text)
    if update.callback_query is not None:
        await update.callback_query.answer(text, show_alert=True)
    elif update.effective_message is not None:
        await update.effective_message.reply_text(text)


def admin_only(handler: Callback) -> Callback:
    """Wrap a handler so it runs only for admins in a private chat; everyone else is refused.

    The check runs on every update, buttons included: a command menu or a keyboard only hides
    things, it does not protect them.
    """

    @functools.wraps(handler)
    async def guarded(update: Update, context: QuizContext) -> None:
        user, chat = update.effective_user, update.effective_chat
        if not context.services.is_admin(user.id if user is not None else None):
            await refuse(update, context, texts.NOT_ADMIN)
            return
        if chat is None or chat.type != chat.PRIVATE:
            # Statistics and set files are not for every member of a group to read.
            await refuse(update, context, texts.PRIVATE_ONLY)
            return
        log.info("admin %s: %s", user.id if user else None, admin_action(update))
        await handler(update, context)

    return guarded


def admin_action(update: Update) -> str:
    """Name what an admin asked for, for the log: the command, the file or the button."""
    message = update.effective_message
    if update.callback_query is not None:
        return f"button {(update.callback_query.data or '').split(':', 1)[0]}"
    if message is not None and message.document is not None:
        return f"file {message.document.file_name or '(no name)'}"
    if message is not None and message.text:
        return message.text.split(maxsplit=1)[0]  # the command only: a broadcast stays private
    return "update"


async def stats(update: Update, context: QuizContext) -> None:
    """Show users, daily subscriptions, recent answers and the most-missed questions."""
    message = update.effective_message
    if message is None:
        return
    t = await translator_for(update, context)
    await message.reply_text(texts.stats_message(t, await context.services.admin.stats()))
    await send_activity_chart(message, await context.services.report.activity(), t)


# The preview adds a short header to the text; together they must fit one Telegram message.
BROADCAST_MAX = 3900


async def broadcast(update: Update, context: QuizContext) -> None:
    """Show the broadcast as players will see it, with Send and Cancel buttons."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    body = text_after_command(message)
    t = await translator_for(update, context)
    if not body:
        await message.reply_text(t.gettext(texts.BROADCAST_USAGE))
        return
    if len(body) > BROADCAST_MAX:
        await message.reply_text(texts.broadcast_too_long(t, len(body), BROADCAST_MAX))
        return
    others = await context.services.jobs.broadcast_audience(skip=user.id)
    # Drafts live in memory: after a restart the buttons say the preview expired.
    draft = message.message_id
    drafts(context, BROADCAST)[draft] = body
    keyboard = InlineKeyboardMarkup(
        [
            [
                draft_button(
                    BROADCAST, draft, t.gettext("📣 Send to {n}").format(n=others), "send"
                ),
                draft_button(BROADCAST, draft, t.pgettext("button", "Cancel"), "no"),
            ],
            [draft_button(BROADCAST, draft, t.gettext("📣 Send, and to me too"), "me")],
        ]
    )
    await message.reply_text(texts.broadcast_preview(t, body, others), reply_markup=keyboard)


async def broadcast_button(update: Update, context: QuizContext) -> None:
    """Send the previewed broadcast (to the admin too only if asked), or cancel it."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    press = decode_draft(BROADCAST, BROADCAST_ACTIONS, query.data)
    body = drafts(context, BROADCAST).pop(press.draft, None) if press is not None else None
    t = await translator_for(update, context)
    if press is None or body is None:
        await query.answer(t.gettext(texts.BROADCAST_EXPIRED), show_alert=True)
        return
    await query.answer()
    if press.action == "no":
        with contextlib.suppress(BadRequest):
            await query.edit_message_text(t.gettext(texts.BROADCAST_CANCELLED))
        return
    with contextlib.suppress(BadRequest):  # the buttons go: one press sends once
        await query.edit_message_reply_markup(None)
    skip = None if press.action == "me" else query.from_user.id
    await _send_broadcast(context, query.from_user.id, query.message.chat.id, body, skip=skip)


async def _send_broadcast(
    context: QuizContext,
    admin_id: int,
    admin_chat: int,
    body: str,
    *,
    skip: int | None,
) -> None:
    """Record the broadcast as a job (to every active private chat but `skip`) and start it."""
    # The rule: a broadcast is plain text. Everything the admin typed is escaped, so a stray
    # "<" can neither break the HTML nor turn into markup nobody checked.
    await context.services.jobs.broadcast(admin_id, admin_chat, html.escape(body), skip=skip)
