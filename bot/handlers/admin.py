"""Admin tools: commands only the users in ADMIN_IDS may run, checked on every update."""

from __future__ import annotations

import asyncio
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
from bot.handlers import admin_jobs, admin_sets
from bot.handlers import admin_texts as admin_text
from bot.handlers.admin_sets import admin_service, text_after_command
from bot.handlers.admin_texts import ADMIN_COMMANDS
from bot.settings import Settings

__all__ = ["ADMIN_COMMANDS", "admin_only", "register", "register_admin_menus"]

log = logging.getLogger(__name__)

Callback = Callable[[Update, ContextTypes.DEFAULT_TYPE], Coroutine[Any, Any, None]]

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
        await handler(update, context)

    return guarded


async def stats(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show users, daily subscriptions, recent answers and the most-missed questions."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(admin_text.stats_message(admin_service(context).stats()))


async def broadcast(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Record the admin's text as a broadcast to every active private chat, and send it."""
    message, user = update.effective_message, update.effective_user
    if message is None or user is None:
        return
    body = text_after_command(message)
    if not body:
        await message.reply_text(admin_text.BROADCAST_USAGE)
        return
    # The rule: a broadcast is plain text. Everything the admin typed is escaped, so a stray
    # "<" can neither break the HTML nor turn into markup nobody checked.
    jobs = admin_jobs.job_service(context.application)
    job = await asyncio.to_thread(jobs.start_broadcast, user.id, message.chat_id, html.escape(body))
    admin_jobs.start(context.application, job)


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the admin handlers, every one of them behind the admin check."""
    # block=False: a long export, download or generation must not hold up other players.
    app.add_handler(CommandHandler("export", admin_only(admin_sets.export_set), block=False))
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
