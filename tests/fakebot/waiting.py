"""Waiting for the bot to send, edit or call something, with a summary of the traffic on timeout."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .models import BotMessage
from .records import ChatRef, MessageRef
from .state import ApiState
from .traffic import ApiCall

T = TypeVar("T")


class Waiting(ApiState):
    """The wait_for* helpers: each re-checks its condition whenever the bot calls the fake."""

    def calls_to(self, method: str) -> list[ApiCall]:
        """Calls of one method (name case-insensitive)."""
        canonical = self._canonical(method)
        return [call for call in self.all_calls if call.method == canonical]

    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        *,
        timeout: float = 5.0,  # noqa: ASYNC109
        what: str = "condition",
    ) -> T:
        """Wait until ``predicate()`` returns a truthy value (re-checked on every bot call)."""
        box: list[T] = []

        def check() -> bool:
            value = predicate()
            if value:
                box.append(value)
                return True
            return False

        if await self._changed.wait_for(check, timeout):
            return box[-1]
        raise AssertionError(
            f"fakebot: timed out after {timeout}s waiting for {what}\n" + self.describe()
        )

    async def wait_for_messages(
        self,
        chat: ChatRef | None = None,
        *,
        count: int = 1,
        predicate: Callable[[BotMessage], bool] | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[BotMessage]:
        """Wait for ``count`` bot messages sent after the last simulated user action there.

        "There" is ``chat`` (or anywhere when None).  ``since`` overrides the starting point
        with an event sequence number (0 = from the beginning; see ``BotMessage.seq``).
        Only messages matching ``predicate`` count.  Returns them in order.
        """
        chat_id = None if chat is None else self._chat_id(chat)
        start = self._mark_of(chat_id) if since is None else since

        def found() -> list[BotMessage] | None:
            matching = [
                m
                for m in self._sent
                if m.seq > start
                and (chat_id is None or m.chat_id == chat_id)
                and (predicate is None or predicate(m))
            ]
            return matching[:count] if len(matching) >= count else None

        what = f"{count} bot message(s){self._where(chat)} after event #{start}"
        if predicate is not None:
            what += " matching the predicate"
        return await self.wait_for(found, timeout=timeout, what=what)

    async def wait_for_message(
        self,
        chat: ChatRef | None = None,
        *,
        count: int = 1,
        predicate: Callable[[BotMessage], bool] | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> BotMessage:
        """Like :meth:`wait_for_messages` but returns the ``count``-th message only."""
        found = await self.wait_for_messages(
            chat, count=count, predicate=predicate, since=since, timeout=timeout
        )
        return found[-1]

    async def wait_for_edit(
        self,
        message: MessageRef,
        *,
        predicate: Callable[[BotMessage], bool] | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> BotMessage:
        """Wait until the bot edits ``message`` after the last user action in its chat."""
        msg = self._bot_message(message)
        start = self._mark_of(msg.chat_id) if since is None else since

        def edited() -> BotMessage | None:
            if any(edit.seq > start for edit in msg.edits) and (
                predicate is None or predicate(msg)
            ):
                return msg
            return None

        return await self.wait_for(
            edited,
            timeout=timeout,
            what=f"an edit of message {msg.message_id} in chat {msg.chat_id}",
        )

    async def wait_for_call(
        self,
        method: str,
        *,
        predicate: Callable[[ApiCall], bool] | None = None,
        since: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> ApiCall:
        """Wait for a call of ``method`` (index ``since`` onwards in ``all_calls``)."""
        canonical = self._canonical(method)

        def found() -> ApiCall | None:
            for call in self.all_calls[since:]:
                if call.method == canonical and (predicate is None or predicate(call)):
                    return call
            return None

        return await self.wait_for(found, timeout=timeout, what=f"a {canonical} call")

    async def wait_until_confirmed(self, *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot confirmed (getUpdates offset) every queued update."""
        await self.wait_for(lambda: not self._queue, timeout=timeout, what="updates confirmed")

    def describe(self, limit: int = 15) -> str:
        """Human-readable summary of recent traffic (used in timeout errors)."""
        lines = ["bot messages (most recent last):"]
        for msg in self._sent[-limit:]:
            flags = (" [deleted]" if msg.deleted else "") + (
                f" [edited x{len(msg.edits)}]" if msg.edits else ""
            )
            lines.append(
                f"  #{msg.seq} chat={msg.chat_id} id={msg.message_id} {msg.kind}: "
                f"{msg.content[:100]!r} buttons={msg.button_texts}{flags}"
            )
        if not self._sent:
            lines.append("  (none)")
        if self.errors:
            lines.append("error answers sent to the bot:")
            lines += [f"  {e.method} -> {e.status} {e.description}" for e in self.errors[-limit:]]
        lines.append("recent calls: " + ", ".join(c.method for c in self.calls[-limit:]))
        if self._queue:
            lines.append(f"unconfirmed updates: {[u['update_id'] for u in self._queue]}")
        return "\n".join(lines)
