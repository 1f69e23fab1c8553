"""/start and its menu, /help, /language, and the reply to anything the bot does not
understand."""

from __future__ import annotations

from telegram import Message, MessageEntity, Update
from telegram.ext import filters

from bot.context import QuizContext, is_group_admin, place_of, player_of, translator_for
from bot.views import texts
from bot.views.callbacks import decode_language
from bot.views.commands import show_admin_menu
from bot.views.i18n import LANGUAGE_NAMES, translator
from bot.views.keyboards import language_keyboard, start_menu


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
    t = await translator_for(update, context)
    # The id is what ADMIN_IDS needs; shown in private chats only, not to a whole group.
    shown_id = user.id if chat.type == chat.PRIVATE else None
    await message.reply_text(
        texts.welcome(t, user.first_name, shown_id), reply_markup=start_menu(t)
    )


async def whoami(update: Update, context: QuizContext) -> None:
    """Tell the user their Telegram id and the chat's id (for ADMIN_IDS)."""
    user, chat, message = update.effective_user, update.effective_chat, update.effective_message
    if user is None or chat is None or message is None:
        return
    admin = context.services.is_admin(user.id)
    t = await translator_for(update, context)
    await message.reply_text(texts.whoami(t, user.first_name, user.id, chat.id, admin=admin))


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
    t = await translator_for(update, context)
    if admin:
        intro = texts.import_help(t)
        await message.reply_text(texts.help_text(t, texts.ADMIN_COMMANDS, intro))
    else:
        await message.reply_text(texts.help_text(t))


async def language_command(update: Update, context: QuizContext) -> None:
    """Offer the shipped languages as buttons (in groups, for the group's admins to press)."""
    chat, message = update.effective_chat, update.effective_message
    if chat is None or message is None:
        return
    t = await translator_for(update, context)
    prompt = texts.LANGUAGE_PROMPT if chat.type == chat.PRIVATE else texts.LANGUAGE_PROMPT_GROUP
    await message.reply_text(t.gettext(prompt), reply_markup=language_keyboard())


async def language_button(update: Update, context: QuizContext) -> None:
    """Store the pressed language for the player (private) or the group (its admins only)."""
    query, chat = update.callback_query, update.effective_chat
    if query is None or chat is None:
        return
    language = decode_language(query.data, tuple(LANGUAGE_NAMES))
    if language is None:
        t = await translator_for(update, context)
        await query.answer(t.gettext(texts.LANGUAGE_BAD_BUTTON))
        return
    if not await is_group_admin(update, context):
        t = await translator_for(update, context)
        await query.answer(t.gettext(texts.GROUP_ONLY_ADMINS), show_alert=True)
        return
    await context.services.languages.choose(player_of(query.from_user), place_of(chat), language)
    chosen = translator(language)
    await query.answer()
    if isinstance(query.message, Message):
        await query.message.edit_text(chosen.gettext(texts.LANGUAGE_CHOSEN))


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
    t = await translator_for(update, context)
    await message.reply_text(t.gettext(texts.UNKNOWN_INPUT))
