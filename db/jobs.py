"""Data access for admin jobs: imports and broadcasts recorded so a restart can resume them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.locks import AdvisoryLock, advisory_lock
from db.models import AdminJob, BroadcastRecipient


def create_job(
    session: Session,
    *,
    kind: str,
    admin_id: int,
    chat_id: int,
    payload: dict[str, Any],
    now: datetime,
    recipients: Iterable[int] = (),
) -> AdminJob:
    """Record a new running job (a broadcast with every recipient) and return it."""
    targets = list(recipients)
    job = AdminJob(
        kind=kind,
        admin_id=admin_id,
        chat_id=chat_id,
        payload=payload,
        total=len(targets),
        created_at=now,
        updated_at=now,
    )
    session.add(job)
    session.flush()
    assert job.id is not None
    if targets:
        session.execute(
            sa.insert(BroadcastRecipient),
            [{"job_id": job.id, "chat_id": chat_id, "result": None} for chat_id in targets],
        )
    return job


def set_status_message(session: Session, job_id: int, message_id: int, now: datetime) -> None:
    """Remember the message that shows the job's progress."""
    session.execute(
        sa.update(AdminJob)
        .where(col(AdminJob.id) == job_id)
        .values(status_message_id=message_id, updated_at=now)
    )


def finish_job(session: Session, job_id: int, state: str, now: datetime) -> None:
    """Close a job: 'done', or 'interrupted' when it was reported and will not run again."""
    session.execute(
        sa.update(AdminJob).where(col(AdminJob.id) == job_id).values(state=state, updated_at=now)
    )


def unfinished_jobs(session: Session) -> list[AdminJob]:
    """Return the jobs a restart interrupted, oldest first."""
    query = select(AdminJob).where(AdminJob.state == "running").order_by(col(AdminJob.id))
    return list(session.exec(query))


def pending_recipients(session: Session, job_id: int) -> list[int]:
    """Return the chats of a broadcast that have no result yet."""
    query = (
        select(BroadcastRecipient.chat_id)
        .where(BroadcastRecipient.job_id == job_id, col(BroadcastRecipient.result).is_(None))
        .order_by(col(BroadcastRecipient.chat_id))
    )
    return [int(chat_id) for chat_id in session.exec(query)]


def record_recipient(
    session: Session, job_id: int, chat_id: int, result: str, now: datetime
) -> bool:
    """Write one recipient's result and count it in the job; False if it already had one."""
    done = session.execute(
        sa.update(BroadcastRecipient)
        .where(
            col(BroadcastRecipient.job_id) == job_id,
            col(BroadcastRecipient.chat_id) == chat_id,
            col(BroadcastRecipient.result).is_(None),
        )
        .values(result=result)
    )
    if not done.rowcount:  # type: ignore[attr-defined]
        return False
    session.execute(
        sa.update(AdminJob)
        .where(col(AdminJob.id) == job_id)
        .values(progress=col(AdminJob.progress) + 1, updated_at=now)
    )
    return True


def recipient_results(session: Session, job_id: int) -> Counter[str]:
    """Count a broadcast's recipients by result ('sent', 'blocked', 'failed', 'pending')."""
    query = (
        select(BroadcastRecipient.result, sa.func.count())
        .where(BroadcastRecipient.job_id == job_id)
        .group_by(col(BroadcastRecipient.result))
    )
    return Counter({(result or "pending"): int(n) for result, n in session.exec(query)})


# The key space of the PostgreSQL advisory locks that say "this process runs this admin job".
JOB_LOCK_SPACE = 0x51B1


def lock_job(engine: Engine, job_id: int) -> AdvisoryLock | None:
    """Take an admin job for this process; None if another live process holds it.

    SQLite is one process: the lock is always this process's (its runner knows its own jobs).
    """
    return advisory_lock(engine, JOB_LOCK_SPACE, job_id)


def running_job(session: Session, job_id: int) -> AdminJob | None:
    """Return the job if it is still running (not done, nor interrupted)."""
    job = session.get(AdminJob, job_id)
    return job if job is not None and job.state == "running" else None
