"""Sending the charts: drawn off the event loop, matplotlib imported only when first needed."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from telegram import Message

from bot.service.report import ActivityDay, SetReport
from bot.views import texts
from bot.views.i18n import Translator


def report_png(found: SetReport, t: Translator) -> bytes:
    """Draw the report chart (matplotlib is imported on first use: ~25 MB the bot may not need)."""
    from bot.views.charts import report_chart

    return report_chart(found, t)


def activity_png(days: Sequence[ActivityDay], t: Translator) -> bytes:
    """Draw the activity chart, importing matplotlib on first use."""
    from bot.views.charts import activity_chart

    return activity_chart(days, t)


async def send_activity_chart(message: Message, days: Sequence[ActivityDay], t: Translator) -> None:
    """Send the chart of daily active players and answers over the last 30 days (/stats)."""
    if not any(day.answers for day in days):
        await message.reply_text(t.gettext(texts.NO_ACTIVITY))
        return
    png = await asyncio.to_thread(activity_png, days, t)
    await message.reply_photo(png, filename="activity.png")
