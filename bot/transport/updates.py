"""The queue between Telegram and the handlers: an update is confirmed only once handled.

PTB's Updater puts each fetched update into the application's queue and confirms the whole
batch to Telegram as soon as the puts return (the next getUpdates offset; with a webhook, the
HTTP 200). With a plain queue that is before any of them is handled, so a crash (kill -9, out
of memory, power loss) loses every update fetched but not yet handled: Telegram never sends
them again. Here `put` returns only after the update has been handled, so whatever was not
handled when the process died is still unconfirmed and Telegram sends it again.

Handling is therefore at least once: updates handled just before a crash, in a batch not yet
confirmed, come again after the restart. An answer still counts once (the database refuses a
second one); a repeated /quiz sends one more question.
"""

from __future__ import annotations

import asyncio


class UpdateQueue(asyncio.Queue[object]):
    """An update queue whose `put` returns once the application has handled that update.

    The application handles updates one at a time in queue order and calls `task_done` after
    each, so "handled" is "at least as many `task_done` calls as puts up to this one". A
    handler must never put into this queue itself: it would wait for its own update.
    """

    def __init__(self) -> None:
        super().__init__()
        self._queued = 0
        self._handled = 0
        self._waiters: list[asyncio.Future[None]] = []

    async def put(self, item: object) -> None:
        """Queue an update and wait until it has been handled."""
        await super().put(item)
        self._queued += 1
        ticket = self._queued
        while self._handled < ticket:
            waiter = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            await waiter

    def task_done(self) -> None:
        """Count one handled update and wake the puts waiting for it."""
        super().task_done()
        self._handled += 1
        waiters, self._waiters = self._waiters, []
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)
