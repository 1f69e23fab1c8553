"""Run admin jobs (uploads, broadcasts) outside PTB's update handling, and resume them on start.

A job runs as the bot's own asyncio task: PTB's stop would wait for a handler task, so a
SIGTERM during a long import used to keep the process alive for a minute. On stop the runner
lets sends in flight finish for a few seconds, then cancels; blocking work (parsing and
storing a file) runs in a daemon thread, which cannot hold the process either. Whatever did
not finish is still 'running' in the database and is resumed by the next start.

A job runs only while this process holds it (`JobService.claim`: a PostgreSQL advisory lock
per job): with `--workers`, every worker that starts tries to resume the unfinished jobs and
exactly one gets each; every minute the others look again, so a job whose process died (its
lock went with its connection) is taken over by a live one.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Coroutine
from typing import Any

import httpx
from telegram import Bot
from telegram.error import BadRequest, TelegramError
from telegram.ext import Application

from bot.context import QuizContext, Services, download_at_most, services_of
from bot.handlers.admin_sets import generate_and_report  # the handler's own reply
from bot.service import worker
from bot.service.admin import (
    AdminService,
    NotGenerated,
    is_article,
    read_article,
    upload_limit,
)
from bot.service.jobs import Claim, Job, JobService
from bot.service.types import Place, Player, SendStatus
from bot.service.worker import in_daemon_thread
from bot.views import texts
from bot.views.i18n import Translator, translator
from bot.views.send import send_plain

log = logging.getLogger(__name__)

RUNNER_KEY = "quizbot.admin_jobs"
# How long a stop lets sends in flight finish (and be recorded) before cancelling them.
STOP_GRACE_SECONDS = 5.0


class JobRunner:
    """The running admin jobs of one application, and the flag that tells them to stop."""

    def __init__(self) -> None:
        self.stopping = asyncio.Event()
        self.tasks: set[asyncio.Task[None]] = set()
        self.graceful: set[asyncio.Task[None]] = set()
        # Jobs this process started (running, done or failed): a sweep never starts one again
        # here; a failed one waits for a restart, as before.
        self.started: set[int] = set()

    def start(self, work: Coroutine[Any, Any, None], name: str, *, graceful: bool) -> None:
        """Run a job as its own task; its failure is logged, never lost.

        A graceful job (a broadcast) watches `stopping` and gets a few seconds to finish what
        is in flight; any other (an import: all or nothing) is cancelled at once on stop.
        """
        task = asyncio.get_running_loop().create_task(work, name=name)
        self.tasks.add(task)
        if graceful:
            self.graceful.add(task)
        task.add_done_callback(self._finished)

    def _finished(self, task: asyncio.Task[None]) -> None:
        """Forget a finished job; log how it failed, if it did."""
        self.tasks.discard(task)
        self.graceful.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("admin job %s failed", task.get_name(), exc_info=task.exception())

    async def stop(self, grace: float = STOP_GRACE_SECONDS) -> None:
        """Start no new sends, give those in flight `grace` seconds, then cancel the rest."""
        self.stopping.set()
        for task in self.tasks - self.graceful:
            task.cancel()
        if self.graceful:
            await asyncio.wait(set(self.graceful), timeout=grace)
        late = set(self.tasks)
        for task in late:
            task.cancel()
        await asyncio.gather(*late, return_exceptions=True)


def job_runner(app: Application) -> JobRunner:  # type: ignore[type-arg]
    """Return the application's job runner, creating it on first use."""
    runner = app.bot_data.get(RUNNER_KEY)
    if not isinstance(runner, JobRunner):
        runner = JobRunner()
        app.bot_data[RUNNER_KEY] = runner
    return runner


# --- broadcasts ---------------------------------------------------------------------------------


async def run_broadcast(app: Application, job: Job, *, resumed: bool) -> None:  # type: ignore[type-arg]
    """Send a recorded broadcast to every recipient without a result, then report."""
    jobs, bot = job_service(app), app.bot
    t = await _admin_translator(app, job)
    text = str(job.payload["text"])
    if job.status_message_id is None:
        status = await bot.send_message(job.chat_id, texts.broadcast_started(t, job.total))
        await asyncio.to_thread(jobs.set_status_message, job.id, status.message_id)
        job = dataclasses.replace(job, status_message_id=status.message_id)
    elif resumed:
        await _show(bot, job, texts.broadcast_resumed(t, job.progress, job.total))

    async def send(chat_id: int) -> SendStatus:
        return await send_plain(bot, chat_id, text)

    report = await jobs.run_broadcast(job, send, stopping=job_runner(app).stopping)
    if report is not None:
        await _show(bot, job, texts.broadcast_done(t, report))


async def _show(bot: Bot, job: Job, text: str) -> None:
    """Edit the job's status message; send a new one if it is gone."""
    if job.status_message_id is not None:
        try:
            await bot.edit_message_text(text, chat_id=job.chat_id, message_id=job.status_message_id)
            return
        except BadRequest as exc:
            log.info("could not edit the status of admin job %s: %s", job.id, exc)
    await bot.send_message(job.chat_id, text)


# --- imports ------------------------------------------------------------------------------------


async def run_import(app: Application, job: Job, *, resumed: bool) -> None:  # type: ignore[type-arg]
    """Fetch an uploaded file by its id, import it (or make a quiz of an article) and report."""
    jobs, bot = job_service(app), app.bot
    t = await _admin_translator(app, job)
    limit = upload_limit(job.filename)
    try:
        # file_size is optional in the Bot API and may be wrong: the download stops at the limit.
        data = await download_at_most(await bot.get_file(str(job.payload["file_id"])), limit)
    except (TelegramError, httpx.HTTPError) as exc:
        log.warning("admin job %s: the file cannot be fetched: %s", job.id, exc)
        await asyncio.to_thread(jobs.finish, job.id, interrupted=True)
        reply = (
            texts.import_interrupted(t, job.filename)
            if resumed
            else t.gettext(texts.SOMETHING_WRONG)
        )
        await bot.send_message(job.chat_id, reply)
        return
    admin = admin_service(app)
    prefix = texts.import_resumed(t, job.filename) + "\n" if resumed else ""
    if data is None or len(data) > upload_limit(job.filename, data):
        # The content decides the limit too: a .pdf that holds plain text gets a set's 1 MB.
        reply = texts.too_big(t, None if data is None else len(data), limit)
    elif is_article(data, job.filename):
        text = await in_daemon_thread(lambda: read_article(data, job.filename))
        if isinstance(text, NotGenerated):
            reply = texts.not_generated(t, text.reason)
        else:
            caption = job.payload.get("caption")
            await generate_and_report(
                bot, job.chat_id, admin, t, text, user_data=app.user_data[job.admin_id],
                filename=job.filename, caption=str(caption) if caption else None, prefix=prefix,
            )  # fmt: skip
            await asyncio.to_thread(jobs.finish, job.id)
            return
    else:
        if len(data) > worker.BIG_UPLOAD_BYTES:
            url = worker.database_url(admin.engine)
            outcome = await worker.in_worker(worker.import_file, url, data, job.filename)
        else:
            outcome = await in_daemon_thread(lambda: admin.import_file(data, job.filename))
        reply = texts.import_result(t, outcome, job.filename)
    await asyncio.to_thread(jobs.finish, job.id)
    await bot.send_message(job.chat_id, prefix + reply)


# --- wiring -------------------------------------------------------------------------------------


def job_service(app: Application) -> JobService:  # type: ignore[type-arg]
    """Return the shared job service."""
    return _services(app).jobs.service


def admin_service(app: Application) -> AdminService:  # type: ignore[type-arg]
    """Return the shared admin service."""
    return _services(app).admin.service


async def _admin_translator(app: Application, job: Job) -> Translator:  # type: ignore[type-arg]
    """Return the texts in the admin's own language (their /language choice, else English)."""
    admin = Player(job.admin_id, "Admin")
    return translator(await _services(app).languages.language_for(admin, Place(job.chat_id)))


def _services(app: Application) -> Services:  # type: ignore[type-arg]
    """Return the shared services of an application (outside any update's context)."""
    return services_of(app)


async def run_claimed(
    app: Application,  # type: ignore[type-arg]
    job: Job,
    *,
    resumed: bool,
    claim: Claim | None = None,
) -> None:
    """Run a job while this process holds it (taken here unless `claim` is given)."""
    jobs = job_service(app)
    if claim is None:
        claim = await asyncio.to_thread(jobs.claim, job.id)
        if claim is None:
            log.info("admin job %s is run by another process", job.id)
            return
    work = run_broadcast if claim.job.kind == "broadcast" else run_import
    try:
        await work(app, claim.job, resumed=resumed)
    finally:
        # In a thread that finishes even if this task is cancelled again meanwhile.
        await asyncio.to_thread(claim.release)


def start(
    app: Application,  # type: ignore[type-arg]
    job: Job,
    *,
    resumed: bool = False,
    claim: Claim | None = None,
) -> None:
    """Run a recorded job in the background, once this process holds it."""
    runner = job_runner(app)
    runner.started.add(job.id)
    runner.start(
        run_claimed(app, job, resumed=resumed, claim=claim),
        name=f"{job.kind}-{job.id}",
        graceful=job.kind == "broadcast",
    )


async def resume(app: Application) -> int:  # type: ignore[type-arg]
    """Resume every unfinished job no live process runs; return how many this one took."""
    jobs, runner = job_service(app), job_runner(app)
    unfinished = await asyncio.to_thread(jobs.unfinished)
    taken = 0
    for job in unfinished:
        if job.id in runner.started or runner.stopping.is_set():
            continue
        claim = await asyncio.to_thread(jobs.claim, job.id)
        if claim is None:
            log.debug("admin job %s is run by another process", job.id)
            continue
        log.info("resuming admin job %s (%s)", job.id, job.kind)
        start(app, claim.job, resumed=True, claim=claim)
        taken += 1
    return taken


async def sweep(context: QuizContext) -> None:
    """Take over the jobs of a process that died (PostgreSQL workers share them)."""
    taken = await resume(context.application)
    if taken:
        log.info("took over %s admin job(s) no live process was running", taken)
