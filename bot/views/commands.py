"""The command menus Telegram shows: everyone's, and the admins' in their private chats, each
registered once per shipped language (Telegram picks by the user's language_code)."""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Bot, BotCommand, BotCommandScope, BotCommandScopeChat, BotCommandScopeDefault
from telegram.error import TelegramError

from bot.views.i18n import ENGLISH, TELEGRAM_CODES, Translator, translator
from bot.views.texts import ADMIN_COMMANDS, USER_COMMANDS


def _menu(t: Translator, commands: tuple[tuple[str, str], ...]) -> list[BotCommand]:
    """Return commands with their descriptions in t's language (the commands stay English)."""
    return [BotCommand(name, t.gettext(about)) for name, about in commands]


def user_commands(t: Translator = ENGLISH) -> list[BotCommand]:
    """Return the command menu everyone sees."""
    return _menu(t, USER_COMMANDS)


async def _set_in_every_language(
    bot: Bot, commands: tuple[tuple[str, str], ...], scope: BotCommandScope
) -> None:
    """Register a menu in English (the default) and once per other shipped language."""
    await bot.set_my_commands(_menu(ENGLISH, commands), scope=scope)
    for language, code in TELEGRAM_CODES.items():
        await bot.set_my_commands(
            _menu(translator(language), commands), scope=scope, language_code=code
        )


async def show_user_menus(bot: Bot) -> None:
    """Give everyone the command menu, in their Telegram language where there is a catalog."""
    await _set_in_every_language(bot, USER_COMMANDS, BotCommandScopeDefault())


async def show_admin_menu(bot: Bot, admin_id: int) -> bool:
    """Give one admin the user plus admin commands in their private chat; False if impossible."""
    try:
        await _set_in_every_language(
            bot, USER_COMMANDS + ADMIN_COMMANDS, BotCommandScopeChat(admin_id)
        )
    except TelegramError:
        # An admin who never opened a chat with the bot cannot get a chat-scoped menu yet;
        # their /start sets it (see bot.handlers.start).
        return False
    return True


async def show_admin_menus(bot: Bot, admin_ids: Iterable[int]) -> None:
    """Show each admin the user commands plus the admin ones, in their private chat only."""
    for admin_id in sorted(admin_ids):
        await show_admin_menu(bot, admin_id)
