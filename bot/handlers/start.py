"""/start, /help and the reply to anything the bot does not understand."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, MessageEntity, Update
from telegram.ext import ContextTypes, filters

from bot import texts
from bot.callbacks import encode_menu
from bot.context import place_of, player_of, services


def admin_commands() -> tuple[tuple[str, str], ...]:
    """Return the admin command list (empty until admin tools are installed)."""
    try:
        from bot.handlers.admin import ADMIN_COMMANDS
    except ImportError:
        return ()
    return ADMIN_COMMANDS


def admin_help_intro() -> str:
    """Return what the admin part of /help says first: how to import a set."""
    from bot.handlers.admin_texts import IMPORT_HELP

    return IMPORT_HELP


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Greet the user, register them and show the main menu."""
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    if user is None or chat is None or message is None:
        return
    svc = services(context)
    svc.quiz.register(player_of(user), place_of(chat))
    if chat.type == chat.PRIVATE and svc.is_admin(user.id):
        from bot.handlers.admin import show_admin_menu

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
    # The id is what ADMIN_IDS needs; shown in private chats only, not to a whole group.
    shown_id = user.id if chat.type == chat.PRIVATE else None
    await message.reply_text(texts.welcome(user.first_name, shown_id), reply_markup=keyboard)


async def whoami(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Tell the user their Telegram id and the chat's id (for ADMIN_IDS)."""
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    if user is None or chat is None or message is None:
        return
    admin = services(context).is_admin(user.id)
    await message.reply_text(texts.whoami(user.first_name, user.id, chat.id, admin=admin))


async def help_command(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """List every command; admins also see the admin commands."""
    message = update.effective_message
    if message is None:
        return
    user = update.effective_user
    admin = services(context).is_admin(user.id if user else None)
    if admin:
        await message.reply_text(texts.help_text(admin_commands(), admin_help_intro()))
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


async def unknown(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Point anything unrecognised at /help (in groups, only for commands meant for us)."""
    message = update.effective_message
    if message is None:
        return
    await message.reply_text(texts.UNKNOWN_INPUT)
