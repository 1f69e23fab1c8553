"""The durable inbox between Telegram and the handlers: stored first, acknowledged after.

Telegram forgets an update once the bot acknowledges it (the next getUpdates offset; with a
webhook, the HTTP 200). Every update is therefore written to the `inbox_updates` table before
that: in polling mode the whole getUpdates batch in one transaction as it arrives
(`InboxRequest`), with a webhook each update before `UpdateQueue.put` returns, which is before
PTB answers 200. Handling then runs concurrently (`bot.transport.processor`) and each handled
update is marked done, in batches (under load one write per quarter second). On start (and
every minute) a process takes over the updates not done whose owner is gone (a kill -9, out of
memory, a lost PostgreSQL worker) and handles them; done rows are purged after a day.

Handling is at least once: an update handled just before a crash, but not yet marked done,
comes again. An answer still counts once (the database refuses a second one); a repeated
/quiz sends one more question. An update Telegram sends twice (its row already stored) is
handled once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import random
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from telegram import Bot, Update

from bot.transport.metrics import BotMetrics, MeteredRequest
from db.engine import session_scope
from db.inbox import (
    OWNER_LOCK_SPACE,
    claim_unfinished,
    mark_done,
    purge_done,
    store_updates,
)
from db.locks import AdvisoryLock, advisory_lock

log = logging.getLogger(__name__)

KEEP_DONE = timedelta(days=1)
PURGE_EVERY_SECONDS = 3600.0
RESUME_PAGE = 500
# While other updates are in flight, done marks wait up to this long to share one write: each
# write takes SQLite's one writer turn, which answers need. Idle, they are written at once.
DONE_BATCH_SECONDS = 0.25


class Inbox:
    """One process's side of the inbox table: store, mark done, resume, purge."""

    def __init__(self, engine: Engine, clock: Callable[[], datetime]) -> None:
        self.engine = engine
        self.clock = clock
        # Fits PostgreSQL's int4 advisory-lock key.
        self.owner = random.randrange(1, 2**31)
        # Outcome of the getUpdates hook per update id: True stored now, False stored before.
        self._stored: dict[int, bool] = {}
        self._done: list[int] = []
        self._wake: asyncio.Event | None = None
        self._flusher: asyncio.Task[None] | None = None
        self._writing: asyncio.Future[None] | None = None  # the done marks being written
        self._owner_lock: AdvisoryLock | None = None
        self._last_purge = 0.0
        # Updates queued in this process and not handled yet; `wait_idle` waits for 0.
        self._in_flight = 0
        self._idle: asyncio.Event | None = None

    # --- storing ------------------------------------------------------------------------------
    def _store(self, updates: list[tuple[int, str]]) -> set[int]:
        """Write rows in one transaction; return the ids new to the table."""
        with session_scope(self.engine) as session:
            return store_updates(session, updates, self.owner, self.clock())

    async def store_batch(self, raw_updates: Iterable[dict[str, Any]]) -> None:
        """Store a getUpdates batch as it arrives, before PTB parses and acknowledges it."""
        rows = [(int(raw["update_id"]), json.dumps(raw)) for raw in raw_updates]
        if not rows:
            return
        new = await asyncio.to_thread(self._store, rows)
        for update_id, _ in rows:
            self._stored[update_id] = update_id in new

    async def admit(self, update: Update) -> bool:
        """Make sure the update is stored; True if this process should handle it now."""
        fresh = self._stored.pop(update.update_id, None)
        if fresh is None:  # a webhook update (or one put by hand): store it now
            new = await asyncio.to_thread(self._store, [(update.update_id, update.to_json())])
            fresh = update.update_id in new
        return fresh

    # --- marking done -------------------------------------------------------------------------
    def queued(self) -> None:
        """Count one update queued for handling."""
        self._in_flight += 1

    async def wait_idle(self) -> None:
        """Wait until every update queued so far has been handled."""
        while self._in_flight:
            self._idle = self._idle or asyncio.Event()
            await self._idle.wait()

    def done(self, update_id: int) -> None:
        """Note that an update was handled; written with others by the flusher task."""
        self._in_flight = max(0, self._in_flight - 1)
        if not self._in_flight and self._idle is not None:
            self._idle.set()
            self._idle = None
        self._done.append(update_id)
        if self._flusher is None or self._flusher.done():
            self._wake = asyncio.Event()
            self._flusher = asyncio.get_running_loop().create_task(
                self._flush_loop(), name="inbox:mark-done"
            )
        assert self._wake is not None
        self._wake.set()

    def _write_done(self, update_ids: list[int]) -> None:
        """Mark updates done (and purge old rows at most once an hour)."""
        with session_scope(self.engine) as session:
            mark_done(session, update_ids, self.clock())
            if time.monotonic() - self._last_purge > PURGE_EVERY_SECONDS:
                self._last_purge = time.monotonic()
                purge_done(session, self.clock() - KEEP_DONE)

    async def flush(self) -> None:
        """Write every done mark noted so far."""
        ids, self._done = self._done, []
        if not ids:
            return
        # Shielded: a close() that cancels the flusher mid-write waits for the write instead
        # of returning first (a restart on the same database would find those updates
        # unfinished and handle them twice).
        self._writing = asyncio.ensure_future(asyncio.to_thread(self._write_done, ids))
        try:
            await asyncio.shield(self._writing)
        except Exception:
            # Not written: those updates come again after a restart (at least once).
            log.exception("could not mark %d handled update(s) done; will retry", len(ids))
            self._done[:0] = ids

    async def _flush_loop(self) -> None:
        """Write done marks when handling goes idle, or every quarter second while it is busy."""
        assert self._wake is not None
        while True:
            await self._wake.wait()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wait_idle(), DONE_BATCH_SECONDS)
            self._wake.clear()
            await self.flush()

    # --- owner liveness, resuming -------------------------------------------------------------
    def _hold_owner_lock(self) -> None:
        """On PostgreSQL, hold an advisory lock for this process's life: it says we are alive."""
        if self._owner_lock is None:
            self._owner_lock = advisory_lock(self.engine, OWNER_LOCK_SPACE, self.owner, wait=True)

    def _claim(self) -> list[tuple[int, str]]:
        """Take over a page of updates not done whose owner is gone."""
        with session_scope(self.engine) as session:
            return claim_unfinished(session, self.owner, RESUME_PAGE)

    async def resume(self, bot: Bot, queue: asyncio.Queue[object]) -> int:
        """Queue every update not done whose owner is gone; return how many."""
        await asyncio.to_thread(self._hold_owner_lock)
        resumed = 0
        while rows := await asyncio.to_thread(self._claim):
            for _, payload in rows:
                update = Update.de_json(json.loads(payload), bot)
                self.queued()
                queue.put_nowait(update)
            resumed += len(rows)
        if resumed:
            log.info("resuming %d stored update(s) not handled before", resumed)
        return resumed

    async def close(self) -> None:
        """Write the last done marks and let go of the owner lock."""
        if self._flusher is not None:
            self._flusher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._flusher
            self._flusher = None
        if self._writing is not None and not self._writing.done():
            with contextlib.suppress(Exception):  # logged by flush: at least once, as ever
                await self._writing
        await self.flush()
        if self._owner_lock is not None:
            self._owner_lock.release()
            self._owner_lock = None


class UpdateQueue(asyncio.Queue[object]):
    """PTB's update queue, with every update stored in the inbox before `put` returns."""

    def __init__(self, inbox: Inbox) -> None:
        super().__init__()
        self.inbox = inbox

    async def put(self, item: object) -> None:
        """Store an update, then queue it unless it was stored (and so handled) before."""
        if isinstance(item, Update) and not await self.inbox.admit(item):
            log.debug("update %s is already in the inbox: not handled twice", item.update_id)
            return
        if isinstance(item, Update):
            self.inbox.queued()
        await super().put(item)


class InboxRequest(MeteredRequest):
    """The getUpdates request: stores each batch before the next call acknowledges it."""

    def __init__(self, metrics: BotMetrics, inbox: Inbox, **kwargs: Any) -> None:
        super().__init__(metrics, **kwargs)
        self.inbox = inbox

    async def do_request(
        self, url: str, method: str, *args: Any, **kwargs: Any
    ) -> tuple[int, bytes]:
        """Fetch updates and store them in the inbox before PTB sees them."""
        status, payload = await super().do_request(url, method, *args, **kwargs)
        if status == 200 and url.endswith("/getUpdates"):
            result = json.loads(payload).get("result")
            if isinstance(result, list):
                await self.inbox.store_batch(result)
        return status, payload
