"""/start and its menu, /help, and the reply to anything the bot does not understand."""

from __future__ import annotations

from telegram import Update

from bot.context import QuizContext, place_of, player_of
from bot.views import admin_texts, texts
from bot.views.commands import show_admin_menu
from bot.views.keyboards import START_MENU


async def start(update: Update, context: QuizContext) -> None:
    """Greet the user, register them and show the main menu."""
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    if user is None or chat is None or message is None:
        return
    svc = context.services
    svc.quiz.register(player_of(user), place_of(chat))
    if chat.type == chat.PRIVATE and svc.is_admin(user.id):
        # Start-up cannot set the menu for an admin who never opened a chat with the bot.
        await show_admin_menu(context.bot, user.id)
    await message.reply_text(texts.welcome(user.first_name), reply_markup=START_MENU)


async def stale_menu_button(update: Update, context: QuizContext) -> None:
    """Acknowledge a menu button this version no longer has (the menu items have their own)."""
    if update.callback_query is not None:
        await update.callback_query.answer()


async def help_command(update: Update, context: QuizContext) -> None:
    """List every command; admins also see the admin commands."""
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    admin = context.services.is_admin(user.id if user else None)
    await message.reply_text(texts.help_text(admin_texts.ADMIN_COMMANDS if admin else ()))


async def unknown(update: Update, context: QuizContext) -> None:
    """Point anything unrecognised at /help (in groups, only for commands meant for us)."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(texts.UNKNOWN_INPUT)
