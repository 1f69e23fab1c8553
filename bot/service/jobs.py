"""Admin jobs that survive a restart: imports and broadcasts, recorded before they start.

A job is a row in `admin_jobs` (kind, admin, chat, status message, payload, progress, state).
On start (and every minute) the bot resumes every job still 'running' that no live process
holds: a broadcast continues with the recipients that have no result yet, an import fetches
its file again by Telegram file id. A process holds a job while it runs it (a PostgreSQL
advisory lock, see `JobService.claim`), so with several workers exactly one runs each job,
and another takes it over when that one dies. Each
broadcast recipient is a row whose result is written as soon as Telegram answers, so a chat
is sent to again only if the process died between Telegram's answer and that write.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy.engine import Engine

from bot.service.admin import NOT_TELEGRAM, BroadcastReport
from bot.service.quiz import Clock
from bot.service.types import SendStatus
from db.admin import list_broadcast_chats
from db.chats import mark_chat_blocked
from db.engine import session_scope
from db.jobs import (
    create_job,
    finish_job,
    lock_job,
    pending_recipients,
    recipient_results,
    record_recipient,
    running_job,
    set_status_message,
    unfinished_jobs,
)
from db.locks import AdvisoryLock
from db.models import AdminJob, utcnow

# Sends in flight at once; the AIORateLimiter decides the actual pace.
BROADCAST_CONCURRENCY = 8


@dataclass(frozen=True)
class Job:
    """An admin job as the handlers see it."""

    id: int
    kind: str
    admin_id: int
    chat_id: int
    status_message_id: int | None
    payload: dict[str, Any]
    total: int
    progress: int

    @property
    def filename(self) -> str:
        """Return the uploaded file's name (imports)."""
        return str(self.payload.get("filename") or "upload")


def _job(row: AdminJob) -> Job:
    """Copy a row into plain data."""
    assert row.id is not None
    return Job(
        id=row.id,
        kind=row.kind,
        admin_id=row.admin_id,
        chat_id=row.chat_id,
        status_message_id=row.status_message_id,
        payload=dict(row.payload),
        total=row.total,
        progress=row.progress,
    )


@dataclass(frozen=True)
class Claim:
    """This process's right to run a job, as the job stood when it was taken."""

    job: Job
    lock: AdvisoryLock

    def release(self) -> None:
        """Let another process take the job (if it is still running then)."""
        self.lock.release()


@dataclass
class JobService:
    """Record, resume and finish admin jobs; every call is one short transaction."""

    engine: Engine
    clock: Clock = utcnow

    def broadcast_audience(self, *, skip: int | None = None) -> int:
        """Count the private chats a broadcast would reach (all but `skip`)."""
        with session_scope(self.engine) as session:
            return len(list_broadcast_chats(session, exclude_ids=(*NOT_TELEGRAM, skip or 0)))

    def start_broadcast(
        self, admin_id: int, chat_id: int, text: str, *, skip: int | None = None
    ) -> Job:
        """Record a broadcast of `text` (already HTML-safe) to every active private chat.

        `skip` leaves one chat out: the admin's own, unless they asked for a copy.
        """
        with session_scope(self.engine) as session:
            recipients = list_broadcast_chats(session, exclude_ids=(*NOT_TELEGRAM, skip or 0))
            row = create_job(
                session,
                kind="broadcast",
                admin_id=admin_id,
                chat_id=chat_id,
                payload={"text": text},
                now=self.clock(),
                recipients=recipients,
            )
            return _job(row)

    def start_import(
        self, admin_id: int, chat_id: int, *, file_id: str, filename: str, caption: str | None
    ) -> Job:
        """Record an upload to import; the file id lets a restart fetch the file again."""
        payload = {"file_id": file_id, "filename": filename, "caption": caption}
        with session_scope(self.engine) as session:
            row = create_job(
                session,
                kind="import",
                admin_id=admin_id,
                chat_id=chat_id,
                payload=payload,
                now=self.clock(),
            )
            return _job(row)

    def set_status_message(self, job_id: int, message_id: int) -> None:
        """Remember the message that shows the job's progress."""
        with session_scope(self.engine) as session:
            set_status_message(session, job_id, message_id, self.clock())

    def finish(self, job_id: int, *, interrupted: bool = False) -> None:
        """Close a job: done, or interrupted (reported to the admin, never run again)."""
        with session_scope(self.engine) as session:
            finish_job(session, job_id, "interrupted" if interrupted else "done", self.clock())

    def unfinished(self) -> list[Job]:
        """Return the jobs a restart interrupted."""
        with session_scope(self.engine) as session:
            return [_job(row) for row in unfinished_jobs(session)]

    def claim(self, job_id: int) -> Claim | None:
        """Take a running job for this process; None if another process runs it or it is over.

        Every process that starts resumes the unfinished jobs, and a handler starts a job it
        just recorded; the lock makes sure exactly one process runs each while it lives.
        """
        lock = lock_job(self.engine, job_id)
        if lock is None:
            return None
        try:
            # Read after the lock: another process may have finished or advanced it meanwhile.
            with session_scope(self.engine) as session:
                row = running_job(session, job_id)
                job = None if row is None else _job(row)
        except BaseException:
            lock.release()
            raise
        if job is None:
            lock.release()
            return None
        return Claim(job, lock)

    def pending(self, job_id: int) -> list[int]:
        """Return the recipients of a broadcast that have no result yet."""
        with session_scope(self.engine) as session:
            return pending_recipients(session, job_id)

    def record(self, job_id: int, chat_id: int, result: SendStatus) -> None:
        """Write one recipient's result (and mark a chat that blocked the bot)."""
        now = self.clock()
        with session_scope(self.engine) as session:
            blocked = result is SendStatus.BLOCKED
            if record_recipient(session, job_id, chat_id, result.value, now) and blocked:
                mark_chat_blocked(session, chat_id, now)

    def report(self, job_id: int) -> BroadcastReport:
        """Count a broadcast's results so far."""
        with session_scope(self.engine) as session:
            results = recipient_results(session, job_id)
        return BroadcastReport(
            recipients=sum(results.values()),
            delivered=results["sent"],
            blocked=results["blocked"],
            failed=results["failed"],
        )

    async def run_broadcast(
        self,
        job: Job,
        send: Callable[[int], Awaitable[SendStatus]],
        *,
        stopping: asyncio.Event,
        concurrency: int = BROADCAST_CONCURRENCY,
    ) -> BroadcastReport | None:
        """Send to every recipient without a result; None if the bot began to stop meanwhile."""
        gate = asyncio.Semaphore(concurrency)

        async def one(chat_id: int) -> None:
            async with gate:
                if stopping.is_set():
                    return  # left without a result: the next start sends it
                result = await send(chat_id)
                # Written before the slot is freed: what is in flight is all that is unknown.
                await asyncio.to_thread(self.record, job.id, chat_id, result)

        targets = await asyncio.to_thread(self.pending, job.id)
        await asyncio.gather(*(one(chat_id) for chat_id in targets))
        if stopping.is_set():
            return None
        await asyncio.to_thread(self.finish, job.id)
        return await asyncio.to_thread(self.report, job.id)


class Jobs:
    """The admin jobs as handlers start them, awaitable: record the job, then hand it on.

    `start` is the runner the composition root wires in (bot/jobs/admin.py): it does the
    sending, so this layer stays free of Telegram. Recorded first, a job survives a restart.
    """

    def __init__(self, service: JobService, start: Callable[[Job], None]) -> None:
        self.service = service
        self.start = start

    async def broadcast_audience(self, *, skip: int | None = None) -> int:
        """Count the private chats a broadcast would reach (all but `skip`)."""
        return await asyncio.to_thread(self.service.broadcast_audience, skip=skip)

    async def broadcast(
        self, admin_id: int, chat_id: int, text: str, *, skip: int | None = None
    ) -> Job:
        """Record a broadcast of `text` (already HTML-safe) and start sending it."""
        job = await asyncio.to_thread(
            self.service.start_broadcast, admin_id, chat_id, text, skip=skip
        )
        self.start(job)
        return job

    async def import_upload(
        self, admin_id: int, chat_id: int, *, file_id: str, filename: str, caption: str | None
    ) -> Job:
        """Record an uploaded file to import (or an article to quiz) and start on it."""
        job = await asyncio.to_thread(
            self.service.start_import,
            admin_id,
            chat_id,
            file_id=file_id,
            filename=filename,
            caption=caption,
        )
        self.start(job)
        return job
