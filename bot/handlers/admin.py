"""Admin tools: commands only the users in ADMIN_IDS may run, checked on every update."""

from __future__ import annotations

import functools
import html
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Bot, BotCommand, BotCommandScopeChat, Update
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot import texts
from bot.callbacks import DELETE_SET
from bot.context import services
from bot.delivery import SendStatus, send_resilient
from bot.handlers import admin_sets
from bot.handlers import admin_texts as admin_text
from bot.handlers.admin_sets import admin_service, text_after_command
from bot.handlers.admin_texts import ADMIN_COMMANDS
from bot.service.admin import SendResult
from bot.settings import Settings

__all__ = ["ADMIN_COMMANDS", "admin_only", "register", "register_admin_menus"]

log = logging.getLogger(__name__)

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

_RESULTS: dict[SendStatus, SendResult] = {
    SendStatus.SENT: "sent",
    SendStatus.BLOCKED: "blocked",
    SendStatus.FAILED: "failed",
}


async def register_admin_menus(bot: Bot, settings: Settings) -> None:
    """Show each admin the user commands plus the admin ones, in their private chat only."""
    if not ADMIN_COMMANDS:
        return
    for admin_id in sorted(settings.admin_ids):
        await show_admin_menu(bot, admin_id)


async def show_admin_menu(bot: Bot, admin_id: int) -> bool:
    """Give one admin the user plus admin commands in their private chat; False if impossible."""
    commands = [BotCommand(n, a) for n, a in texts.USER_COMMANDS + ADMIN_COMMANDS]
    try:
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id))
    except TelegramError:
        # An admin who never opened a chat with the bot cannot get a chat-scoped menu yet;
        # their /start sets it (see bot.handlers.start).
        return False
    return True


async def refuse(update: Update, text: str) -> None:
    """Say no: as a pop-up for a button press, as a reply for a message."""
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
    async def guarded(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        user, chat = update.effective_user, update.effective_chat
        if not services(context).is_admin(user.id if user is not None else None):
            await refuse(update, admin_text.NOT_ADMIN)
            return
        if chat is None or chat.type != chat.PRIVATE:
            # Statistics and set files are not for every member of a group to read.
            await refuse(update, admin_text.PRIVATE_ONLY)
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


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show users, daily subscriptions, recent answers and the most-missed questions."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(admin_text.stats_message(admin_service(context).stats()))
    from bot.handlers.teacher import send_activity_chart  # teacher imports this module

    await send_activity_chart(message, context)


async def broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Send the admin's text to every active private chat and report how it went."""
    message = update.effective_message
    if message is None:
        return
    body = text_after_command(message)
    if not body:
        await message.reply_text(admin_text.BROADCAST_USAGE)
        return
    admin = admin_service(context)
    chats = admin.broadcast_chats()
    progress = await message.reply_text(admin_text.broadcast_started(len(chats)))
    # The rule: a broadcast is plain text. Everything the admin typed is escaped, so a stray
    # "<" can neither break the HTML nor turn into markup nobody checked.
    escaped = html.escape(body)
    bot = context.bot

    async def send_message(chat_id: int) -> Any:
        return await bot.send_message(chat_id, escaped)

    async def send(chat_id: int) -> SendResult:
        try:
            outcome = await send_resilient(send_message, chat_id)
        except TelegramError as exc:
            # An error send_resilient does not classify must not stop the other chats.
            log.warning("broadcast to %s failed: %s", chat_id, exc)
            return "failed"
        return _RESULTS[outcome.status]

    report = await admin.broadcast(chats, send)
    await progress.edit_text(admin_text.broadcast_done(report))


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the admin handlers, every one of them behind the admin check."""
    # block=False: a long broadcast, download or generation must not hold up other players.
    app.add_handler(CommandHandler("export", admin_only(admin_sets.export_set)))
    app.add_handler(CommandHandler("delete", admin_only(admin_sets.delete_set)))
    app.add_handler(CommandHandler("generate", admin_only(admin_sets.generate), block=False))
    app.add_handler(CommandHandler("stats", admin_only(stats)))
    app.add_handler(CommandHandler("broadcast", admin_only(broadcast), block=False))
    app.add_handler(
        CallbackQueryHandler(admin_only(admin_sets.delete_button), pattern=f"^{DELETE_SET}:")
    )
    # Files sent in groups are not meant for the bot; in a private chat they are uploads.
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.Document.ALL,
            admin_only(admin_sets.upload),
            block=False,
        )
    )
