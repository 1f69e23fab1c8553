"""The daily roll of the seven-day boards."""

from __future__ import annotations

import asyncio

from bot.context import QuizContext

JOB_NAME = "roll-boards"


async def roll_boards(context: QuizContext) -> None:
    """Expire the day that left the seven-day boards, off the event loop."""
    await asyncio.to_thread(context.services.scores.roll_boards)
