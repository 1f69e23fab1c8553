"""The daily roll of the seven-day boards."""

from __future__ import annotations

from bot.context import QuizContext

JOB_NAME = "roll-boards"


async def roll_boards(context: QuizContext) -> None:
    """Expire the day that left the seven-day boards."""
    await context.services.scores.roll_boards()
