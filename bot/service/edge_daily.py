"""The daily-question service awaitable (subscriptions and the ledger), as in edge.py."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import time

from bot.service.daily import DailyJob, DailyService, Finished, Recovered
from bot.service.edge import run
from bot.service.quiz import NoQuestion
from bot.service.schedule import ZoneChoice
from bot.service.subscriptions import DailyStatus
from bot.service.types import Place, ShownQuestion


class Daily:
    """The daily-question service (subscriptions and the ledger), awaitable."""

    def __init__(self, service: DailyService) -> None:
        self.service = service

    async def status(self, chat_id: int) -> DailyStatus:
        """Return whether the chat gets a daily question, at what local time, and when next."""
        return await run(self.service.status, chat_id)

    async def subscribe(
        self, place: Place, at: time, zone_text: str | None
    ) -> DailyStatus | ZoneChoice:
        """Send the chat a question every day at `at` local time; a bad zone is returned."""
        return await run(self.service.subscribe, place, at, zone_text)

    async def turn_on(self, place: Place) -> DailyStatus:
        """Turn the daily question on at its previous time and zone, else the defaults."""
        return await run(self.service.turn_on, place)

    async def turn_off(self, chat_id: int) -> bool:
        """Stop the chat's daily question; False if it was not on."""
        return await run(self.service.turn_off, chat_id)

    async def recover(self) -> Recovered:
        """Resolve days an earlier pass left unfinished."""
        return await run(self.service.recover)

    async def claim_due(self, limit: int) -> tuple[list[DailyJob], int]:
        """Claim due subscriptions: the jobs to send now and how many days were skipped."""
        return await run(self.service.claim_due, limit)

    async def prepare(self, limit: int) -> list[DailyJob]:
        """Write the days due within the lookahead, to pick their questions."""
        return await run(self.service.prepare, limit)

    async def question_for(self, job: DailyJob) -> ShownQuestion | NoQuestion:
        """Return the day's question: the one picked before, or a new pick."""
        if job.shown is not None:
            return job.shown  # picked ahead: no database work, so no hop to a thread
        return await run(self.service.question_for, job)

    async def finish(self, results: Sequence[Finished]) -> None:
        """Write how jobs ended, all in one transaction."""
        await run(self.service.finish, results)

    async def migrate_chat(self, old_id: int, new_id: int, delivery_id: int | None = None) -> None:
        """Move a group that became a supergroup: settings, subscription, in-flight delivery."""
        await run(self.service.migrate_chat, old_id, new_id, delivery_id)
