"""The bot's repeating jobs: daily questions, the inbox and admin-job sweeps, rounds, boards."""

from __future__ import annotations

from datetime import UTC
from datetime import time as dtime

from telegram.ext import Application

from bot.context import ROUNDS_KEY, QuizContext, Services
from bot.jobs import admin as admin_jobs
from bot.jobs import boards as boards_jobs
from bot.jobs import daily as daily_jobs
from bot.jobs import rounds as round_jobs
from bot.jobs.boards import roll_boards
from bot.jobs.daily import FIRST_TICK_SECONDS, DailyDispatcher, dispatch_tick
from bot.settings import Settings
from bot.transport.metrics import BotMetrics
from bot.transport.updates import UpdateQueue

INBOX_SWEEP_SECONDS = 60.0


async def resume_inbox(context: QuizContext) -> None:
    """Handle the stored updates of processes that died (PostgreSQL workers share the inbox)."""
    queue = context.application.update_queue
    if isinstance(queue, UpdateQueue):
        await queue.inbox.resume(context.bot, queue)


def schedule_jobs(
    app: Application,  # type: ignore[type-arg]
    settings: Settings,
    svc: Services,
    metrics: BotMetrics,
) -> None:
    """Put the bot's repeating jobs on the application's JobQueue."""
    if app.job_queue is None:
        raise RuntimeError('the daily dispatcher needs "python-telegram-bot[job-queue]"')
    interval = settings.daily_check_seconds
    dispatcher = DailyDispatcher(
        app.bot,
        svc.daily,
        metrics=metrics,
        channels=svc.channels,
        rate_per_second=settings.send_rate_per_second,
        # Picking ahead must never hold up the next pass's sends.
        prepare_seconds=interval / 2,
    )
    app.job_queue.run_repeating(
        dispatch_tick,
        interval=interval,
        # Soon after start: this first pass also resends what a crash left unfinished.
        first=min(FIRST_TICK_SECONDS, interval),
        name=daily_jobs.JOB_NAME,
        data=dispatcher,
        # A tick due during a long pass returns at once (dispatch_tick): two instances, so the
        # scheduler never has to skip one and warn about it.
        job_kwargs={"max_instances": 2, "coalesce": True},
    )
    # Updates a dead process (another worker, or a crashed run) stored but never handled.
    app.job_queue.run_repeating(
        resume_inbox, interval=INBOX_SWEEP_SECONDS, first=INBOX_SWEEP_SECONDS, name="inbox"
    )
    # Admin jobs (imports, broadcasts) a dead process was running: one live process each.
    app.job_queue.run_repeating(
        admin_jobs.sweep, interval=INBOX_SWEEP_SECONDS, first=INBOX_SWEEP_SECONDS, name="jobs"
    )
    # Rounds: every step (send, close, finish) is claimed in the database, so the first tick
    # after a restart carries every round on; the handlers advance a round at once too.
    runner = round_jobs.RoundRunner(app.bot, svc.rounds)
    app.bot_data[ROUNDS_KEY] = runner
    app.job_queue.run_repeating(
        round_jobs.round_tick,
        interval=settings.round_check_seconds,
        first=min(round_jobs.FIRST_TICK_SECONDS, settings.round_check_seconds),
        name=round_jobs.JOB_NAME,
        data=runner,
        job_kwargs={"max_instances": 2, "coalesce": True},
    )
    # Just after midnight UTC, so the first /leaderboard week of the day does not pay for it.
    app.job_queue.run_daily(
        roll_boards, time=dtime(0, 0, 30, tzinfo=UTC), name=boards_jobs.JOB_NAME
    )
