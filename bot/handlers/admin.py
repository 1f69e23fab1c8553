"""Admin tools: commands only the users in ADMIN_IDS may run."""

from __future__ import annotations

from telegram import Bot, BotCommand, BotCommandScopeChat
from telegram.error import TelegramError
from telegram.ext import Application

from bot import texts
from bot.settings import Settings

ADMIN_COMMANDS: tuple[tuple[str, str], ...] = ()


async def register_admin_menus(bot: Bot, settings: Settings) -> None:
    """Show each admin the user commands plus the admin ones, in their private chat only."""
    if not ADMIN_COMMANDS:
        return
    commands = [BotCommand(n, a) for n, a in texts.USER_COMMANDS + ADMIN_COMMANDS]
    for admin_id in sorted(settings.admin_ids):
        try:
            await bot.set_my_commands(commands, scope=BotCommandScopeChat(admin_id))
        except TelegramError:
            # An admin who never opened a chat with the bot cannot get a chat-scoped menu.
            continue


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the admin handlers."""
