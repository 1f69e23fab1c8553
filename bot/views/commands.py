"""The command menus Telegram shows: everyone's, and the admins' in their private chats."""

from __future__ import annotations

from collections.abc import Iterable

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError

from bot.views.admin_texts import ADMIN_COMMANDS
from bot.views.texts import USER_COMMANDS


def user_commands() -> list[BotCommand]:
    """Return the command menu everyone sees."""
    return [BotCommand(name, about) for name, about in USER_COMMANDS]


async def show_admin_menu(bot: Bot, admin_id: int) -> bool:
    """Give one admin the user plus admin commands in their private chat; False if impossible."""
    commands = [BotCommand(n, a) for n, a in USER_COMMANDS + ADMIN_COMMANDS]
    try:
        await bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id))
    except TelegramError:
        # An admin who never opened a chat with the bot cannot get a chat-scoped menu yet;
        # their /start sets it (see bot.handlers.start).
        return False
    return True


async def show_admin_menus(bot: Bot, admin_ids: Iterable[int]) -> None:
    """Show each admin the user commands plus the admin ones, in their private chat only."""
    for admin_id in sorted(admin_ids):
        await show_admin_menu(bot, admin_id)
