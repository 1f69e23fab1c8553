"""Run updates concurrently, but each chat's and each user's updates in arrival order.

PTB starts one task per update in arrival order; this processor lets up to
`UPDATE_CONCURRENCY` of them run at once. An update waits for the updates before it that
share its chat or its user, so a player's answer is judged before the /quiz they sent right
after it, and a chat's messages come out in order. Poll answers carry no chat: the answers of
many players to one group poll run side by side (the database decides who scores).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.transport.metrics import BotMetrics, update_kind
from bot.transport.updates import Inbox

OrderKey = tuple[str, int | str]
UNBOUNDED = 2**30


def order_keys(update: object) -> list[OrderKey]:
    """Return the keys whose earlier updates this one must wait for: its chat, user or poll."""
    if not isinstance(update, Update):
        return []
    keys: list[OrderKey] = []
    if update.poll is not None:
        # A poll's state updates carry no chat or user; each one is the whole state, so
        # they must be stored in the order Telegram sent them.
        keys.append(("poll", update.poll.id))
    if update.effective_chat is not None:
        keys.append(("chat", update.effective_chat.id))
    if update.effective_user is not None:
        keys.append(("user", update.effective_user.id))
    return keys


class OrderedUpdateProcessor(BaseUpdateProcessor):
    """Concurrent updates, in order per chat and per user; counted, timed, marked done."""

    def __init__(
        self, metrics: BotMetrics, inbox: Inbox | None, max_concurrent_updates: int
    ) -> None:
        # PTB's own semaphore (taken before do_process_update) must never make a task wait, or
        # a later update could pass an earlier one; ours is taken after the order is fixed.
        super().__init__(UNBOUNDED)
        self.limit = asyncio.Semaphore(max_concurrent_updates)
        self.metrics = metrics
        self.inbox = inbox
        # The last update queued per key: the next one with that key waits for it.
        self._tails: dict[OrderKey, asyncio.Future[None]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Wait for the earlier updates of the same chat and user, then run this one."""
        # Everything up to the first await runs as PTB starts the task, in arrival order.
        keys = order_keys(update)
        mine: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        earlier = {id(f): f for key in keys if (f := self._tails.get(key)) is not None}
        for key in keys:
            self._tails[key] = mine
        started = handled = False
        try:
            for future in earlier.values():
                await asyncio.shield(future)
            async with self.limit:
                started = True
                await self._run(update, coroutine)
            handled = True
        except Exception:
            # PTB's error handler has seen it; handling it again would fail again. Only a
            # cancel (shutdown) leaves an update to be handled after the restart.
            handled = started
            raise
        finally:
            if not started and asyncio.iscoroutine(coroutine):
                coroutine.close()  # cancelled while waiting: never ran
            mine.set_result(None)
            for key in keys:
                if self._tails.get(key) is mine:
                    del self._tails[key]
            if handled and self.inbox is not None and isinstance(update, Update):
                self.inbox.done(update.update_id)

    async def _run(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run every handler for the update, timing the whole of it."""
        kind = update_kind(update)
        started = time.perf_counter()
        try:
            await coroutine
        finally:
            self.metrics.updates.labels(kind=kind).inc()
            self.metrics.update_seconds.labels(kind=kind).observe(time.perf_counter() - started)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""
