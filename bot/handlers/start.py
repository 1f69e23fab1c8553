"""/start and its menu, /help, and the reply to anything the bot does not understand."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import texts
from bot.callbacks import encode_menu
from bot.context import QuizContext, place_of, player_of
from bot.handlers import daily, leaderboard, quiz
from bot.handlers.admin import show_admin_menu
from bot.handlers.admin_texts import ADMIN_COMMANDS


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
    keyboard = InlineKeyboardMarkup(
        [
            [InlineKeyboardButton("🧠 Quiz me", callback_data=encode_menu("quiz"))],
            [
                InlineKeyboardButton("📅 Daily question", callback_data=encode_menu("daily")),
                InlineKeyboardButton("🏆 Leaderboard", callback_data=encode_menu("board")),
            ],
        ]
    )
    await message.reply_text(texts.welcome(user.first_name), reply_markup=keyboard)


async def menu_button(update: Update, context: QuizContext) -> None:
    """Handle the /start menu: Quiz me, Daily question, Leaderboard."""
    query = update.callback_query
    if query is None or update.effective_chat is None:
        return
    await query.answer()
    item = (query.data or "").partition(":")[2]
    if item == "quiz":
        await quiz.send_question(
            context.bot,
            context.services,
            place_of(update.effective_chat),
            player_of(query.from_user),
        )
    elif item == "board":
        await leaderboard.send_board(update, context, week=False)
    elif item == "daily":
        await daily.send_status(update, context)


async def help_command(update: Update, context: QuizContext) -> None:
    """List every command; admins also see the admin commands."""
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    admin = context.services.is_admin(user.id if user else None)
    await message.reply_text(texts.help_text(ADMIN_COMMANDS if admin else ()))


async def unknown(update: Update, context: QuizContext) -> None:
    """Point anything unrecognised at /help (in groups, only for commands meant for us)."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(texts.UNKNOWN_INPUT)
