"""/daily: one question a day at the chat's local time."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, ContextTypes


async def send_status(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Show whether the chat gets a daily question, and when."""


def register(app: Application) -> None:  # type: ignore[type-arg]
    """Add the /daily handlers and the dispatcher job."""
