"""The daily dispatcher: one pass sends every due daily question, then prepares the next ones.

The repeating job `dispatch_tick` (registered in bot/app.py) calls `DailyDispatcher.run_once`
on the dispatcher it carries; tests call it directly with a hand-moved clock. What is due
lives in the database (see `bot.service.daily`), so nothing here survives a restart and
nothing needs to.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from dataclasses import dataclass, replace

from telegram import Bot, Message
from telegram.error import TelegramError
from telegram.ext import Application

from bot.context import QuizContext
from bot.service.channels import CHANNEL, Channels
from bot.service.daily import DailyJob, Finished
from bot.service.edge_daily import Daily
from bot.service.quiz import NoQuestion
from bot.service.types import SendStatus
from bot.transport.delivery import RetryPolicy, Sleep, send_resilient
from bot.transport.metrics import BotMetrics
from bot.views import texts
from bot.views.i18n import translator
from bot.views.send import send_question

log = logging.getLogger(__name__)

JOB_NAME = "daily-dispatcher"
FIRST_TICK_SECONDS = 2.0
# Sends in flight: enough to keep the rate going while each send waits for its answer, for
# round trips up to ROUND_TRIP_SECONDS (8 at 30 messages/s), and at most MAX_IN_FLIGHT (the
# whole 1,000/s of paid broadcasts with round trips up to 64 ms). More in flight costs the bot
# no CPU now that requests go over aiohttp's pool (bot/transport/request.py; httpcore scanned
# every pooled connection on each request: 3.9 ms per message at 8, ~10 ms at 32).
ROUND_TRIP_SECONDS = 0.25
MAX_IN_FLIGHT = 64
CLAIM_BATCH = 500
PREPARE_BATCH = 100
# Results are written in small batches: one transaction per message would cost more than the
# HTTP call. A crash loses at most these from the ledger (they are then sent again).
FINISH_BATCH = 64
FINISH_DELAY = 0.2
DEFAULT_POLICY = RetryPolicy()


@dataclass
class TickReport:
    """What one dispatcher pass did."""

    sent: int = 0
    blocked: int = 0
    failed: int = 0
    skipped: int = 0
    resent: int = 0  # days an earlier pass left unfinished, sent again
    already_sent: int = 0  # days left unfinished that turned out to be sent
    prepared: int = 0  # questions picked ahead for days due soon
    errors: int = 0  # unexpected errors; the day stays pending and is retried

    @property
    def total(self) -> int:
        """Return how many days this pass finished in any way."""
        return self.sent + self.blocked + self.failed + self.skipped + self.already_sent


class _Ledger:
    """Buffer finished jobs and write them in small batches."""

    def __init__(self, daily: Daily) -> None:
        self.daily = daily
        self.buffer: list[Finished] = []
        self.oldest = 0.0

    async def add(self, finished: Finished) -> None:
        """Remember a result; write the batch when it is full or old enough."""
        if not self.buffer:
            self.oldest = time.monotonic()
        self.buffer.append(finished)
        if len(self.buffer) >= FINISH_BATCH or time.monotonic() - self.oldest >= FINISH_DELAY:
            await self.flush()

    async def flush(self) -> None:
        """Write everything buffered in one transaction."""
        batch, self.buffer = self.buffer, []
        if batch:
            await self.daily.finish(batch)


class DailyDispatcher:
    """Send every due daily question: claim from the database, send concurrently, record."""

    def __init__(
        self,
        bot: Bot,
        daily: Daily,
        *,
        metrics: BotMetrics,
        rate_per_second: float,
        prepare_seconds: float = 10.0,
        sleep: Sleep = asyncio.sleep,
        policy: RetryPolicy = DEFAULT_POLICY,
        channels: Channels | None = None,
    ) -> None:
        """Prepare a dispatcher; the rate limiter on `bot` paces it, the rate only sizes it."""
        self.bot = bot
        self.daily = daily
        self.metrics = metrics
        self.sleep = sleep
        self.policy = policy
        self.channels = channels  # opens a channel's post with the previous poll's results
        # Enough sends wait for their answers to keep the limiter fed at the rate.
        in_flight = math.ceil(rate_per_second * ROUND_TRIP_SECONDS)
        self.concurrency = max(1, min(in_flight, MAX_IN_FLIGHT))
        self.prepare_seconds = prepare_seconds
        self._lock = asyncio.Lock()

    @property
    def busy(self) -> bool:
        """Return True while a pass is running."""
        return self._lock.locked()

    async def run_once(self) -> TickReport:
        """Resolve unfinished days, send everything due now, then pick questions ahead."""
        async with self._lock:
            report = TickReport()
            await self._send_due(report)
            await self._prepare(report)
            self.metrics.record_daily(
                sent=report.sent, blocked=report.blocked, failed=report.failed, errors=report.errors
            )
            if report.total or report.errors or report.resent or report.prepared:
                log.info("daily dispatch: %s", report)
            return report

    async def _send_due(self, report: TickReport) -> None:
        """Send the days left unfinished and everything due, with bounded concurrency."""
        recovered = await self.daily.recover()
        report.already_sent, report.skipped = recovered.already_sent, recovered.closed
        report.resent = len(recovered.jobs)
        ledger = _Ledger(self.daily)
        queue: asyncio.Queue[DailyJob | None] = asyncio.Queue(maxsize=2 * self.concurrency)
        workers = [
            asyncio.create_task(self._work(queue, ledger, report)) for _ in range(self.concurrency)
        ]
        try:
            for job in recovered.jobs:
                await queue.put(job)
            while True:
                jobs, skipped = await self.daily.claim_due(CLAIM_BATCH)
                report.skipped += skipped
                if not jobs and not skipped:
                    break
                for job in jobs:
                    await queue.put(job)
            for _ in workers:
                await queue.put(None)
            await asyncio.gather(*workers)
        finally:
            for worker in workers:
                worker.cancel()
            await ledger.flush()

    async def _work(
        self, queue: asyncio.Queue[DailyJob | None], ledger: _Ledger, report: TickReport
    ) -> None:
        """Send jobs from the queue until told to stop; one chat's failure never stops it."""
        while (job := await queue.get()) is not None:
            try:
                finished = await self.deliver(job)
            except Exception:
                # The day stays pending: the next pass retries it (attempts are bounded).
                report.errors += 1
                log.exception("daily question for chat %s failed", job.place.id)
                continue
            await ledger.add(finished)
            if finished.outcome is SendStatus.SENT:
                report.sent += 1
            elif finished.outcome is SendStatus.BLOCKED:
                report.blocked += 1
            else:
                report.failed += 1

    async def _prepare(self, report: TickReport) -> None:
        """Pick the questions of days due within the lookahead, a batch at a time."""
        deadline = time.monotonic() + self.prepare_seconds
        while time.monotonic() < deadline:
            jobs = await self.daily.prepare(PREPARE_BATCH)
            if not jobs:
                return
            for job in jobs:
                try:
                    await self.daily.question_for(job)
                    report.prepared += 1
                except Exception:
                    # Nothing is lost: a day without a question is picked when it is due.
                    report.errors += 1
                    log.exception("could not prepare the daily question of chat %s", job.place.id)

    async def deliver(self, job: DailyJob) -> Finished:
        """Send the day's question (picking it now if it was not prepared), following moves."""
        shown = await self.daily.question_for(job)
        if isinstance(shown, NoQuestion):
            notice = texts.no_question(translator(job.language), shown)
            sent = await send_resilient(
                lambda chat_id: self.bot.send_message(chat_id, notice),
                job.place.id,
                on_migrate=self.daily.migrate_chat,
                policy=self.policy,
                sleep=self.sleep,
            )
            status = SendStatus.BLOCKED if sent.status is SendStatus.BLOCKED else SendStatus.FAILED
            return Finished(job, status, sent.chat_id, error=f"no question: {shown.value}")
        group, attempts = job.place.is_group, 0
        channel = job.place.type == CHANNEL
        if channel and job.attempt <= 1:
            await self._recap(job)

        async def send(chat_id: int) -> Message:
            nonlocal attempts
            attempts += 1
            # A group hears of a set fallback in a message of its own: once, even on a retry.
            question = shown if attempts == 1 or not group else replace(shown, fallback=None)
            return await send_question(
                self.bot,
                chat_id,
                question,
                translator(job.language),
                group=group,
                daily=True,
                anonymous=channel,  # Telegram allows only anonymous polls in channels
            )

        async def migrate(old_id: int, new_id: int) -> None:
            await self.daily.migrate_chat(old_id, new_id, shown.delivery_id)

        result = await send_resilient(
            send, job.place.id, on_migrate=migrate, policy=self.policy, sleep=self.sleep
        )
        if result.status is SendStatus.SENT and result.result is not None:
            message = result.result
            return Finished(
                job,
                SendStatus.SENT,
                result.chat_id,
                delivery_id=shown.delivery_id,
                message_id=message.message_id,
                poll_id=message.poll.id if message.poll else None,
            )
        status = SendStatus.BLOCKED if result.status is SendStatus.BLOCKED else SendStatus.FAILED
        return Finished(job, status, result.chat_id, error=result.error)

    async def _recap(self, job: DailyJob) -> None:
        """Open a channel's day with the previous poll's answer and how many got it right.

        Only on a day's first attempt, so a resend never repeats it; a failure here never
        stops the day's poll.
        """
        if self.channels is None:
            return
        previous = await self.channels.recap(job.subscription_id, job.local_date)
        if previous is None:
            return
        text = texts.channel_recap(translator(job.language), previous, job.local_date)
        try:
            await send_resilient(
                lambda chat_id: self.bot.send_message(chat_id, text),
                job.place.id,
                policy=self.policy,
                sleep=self.sleep,
            )
        except TelegramError as exc:
            log.warning("recap for channel %s not sent: %s", job.place.id, exc)


async def dispatch_tick(context: QuizContext) -> None:
    """The repeating job: one pass of the dispatcher the job carries, unless one is running."""
    assert context.job is not None and isinstance(context.job.data, DailyDispatcher)
    dispatcher = context.job.data
    if dispatcher.busy:
        return  # the pass still running covers this tick (its database work is off the loop)
    await dispatcher.run_once()


def dispatcher_of(app: Application) -> DailyDispatcher:  # type: ignore[type-arg]
    """Return the daily dispatcher an Application's repeating job carries."""
    assert app.job_queue is not None
    (job,) = app.job_queue.get_jobs_by_name(JOB_NAME)
    assert isinstance(job.data, DailyDispatcher)
    return job.data
