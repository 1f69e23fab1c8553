"""/start and its menu, /help, and the reply to anything the bot does not understand."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update
from telegram.ext import filters

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
    await svc.quiz.register(player_of(user), place_of(chat))
    if chat.type == chat.PRIVATE and svc.is_admin(user.id):
        # Start-up cannot set the menu for an admin who never opened a chat with the bot.
        await show_admin_menu(context.bot, user.id)
    # The id is what ADMIN_IDS needs; shown in private chats only, not to a whole group.
    shown_id = user.id if chat.type == chat.PRIVATE else None
    await message.reply_text(texts.welcome(user.first_name, shown_id), reply_markup=START_MENU)


async def whoami(update: Update, context: QuizContext) -> None:
    """Tell the user their Telegram id and the chat's id (for ADMIN_IDS)."""
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    if user is None or chat is None or message is None:
        return
    admin = context.services.is_admin(user.id)
    await message.reply_text(texts.whoami(user.first_name, user.id, chat.id, admin=admin))


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
    if admin:
        help_text = texts.help_text(admin_texts.ADMIN_COMMANDS, admin_texts.IMPORT_HELP)
        await message.reply_text(help_text)
    else:
        await message.reply_text(texts.help_text())


class _AddressedToUs(filters.MessageFilter):
    """Commands with no bot name, or with ours: `/quiz@OtherBot` is another bot's business."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        """Read the leading command as PTB's CommandHandler does: `@name` must be ours."""
        entity = (message.entities or (None,))[0]
        if entity is None or entity.type != MessageEntity.BOT_COMMAND or entity.offset != 0:
            return False
        _, at, name = message.parse_entity(entity).partition("@")
        return not at or name.lower() == (message.get_bot().username or "").lower()


# Real command handlers (CommandHandler) already ignore commands addressed to other bots.
COMMAND_FOR_US = filters.COMMAND & _AddressedToUs()


async def unknown(update: Update, context: QuizContext) -> None:
    """Point anything unrecognised at /help (in groups, only for commands meant for us)."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(texts.UNKNOWN_INPUT)
