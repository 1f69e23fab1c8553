"""The server's small records: uploads, injected failures, callback queries, rate limiting."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from .models import BotMessage, FakeChat, FakeUser
from .validation import ApiError

JSONDict = dict[str, Any]
ChatRef = FakeUser | FakeChat | int | JSONDict
MessageRef = BotMessage | JSONDict
ButtonRef = str | int | tuple[int, int]

MIGRATED = "Bad Request: group chat was upgraded to a supergroup chat"


class Default(Enum):
    REGISTERED = "registered"


REGISTERED_SECRET = Default.REGISTERED


@dataclass
class Upload:
    """A file part of a multipart request."""

    field: str
    filename: str
    content: bytes
    content_type: str | None

    def describe(self) -> JSONDict:
        """JSON-friendly summary used in ``api.calls``."""
        return {"upload": self.filename, "size": len(self.content), "mime": self.content_type}


Handler = Callable[[JSONDict, dict[str, Upload]], Awaitable[Any]]


@dataclass
class Failure:
    method: str  # canonical method name or "*"
    status: int | None
    description: str | None
    retry_after: int | None
    migrate_to_chat_id: int | None
    delay: float
    drop: bool
    remaining: int
    chat_id: int | None = None  # only calls to this chat (Telegram floods chats one by one)

    def error(self) -> ApiError:
        status = self.status or 500
        parameters: JSONDict | None = None
        if self.migrate_to_chat_id is not None:
            parameters = {"migrate_to_chat_id": self.migrate_to_chat_id}
            description = self.description or MIGRATED
        elif status == 429:
            retry_after = self.retry_after if self.retry_after is not None else 1
            parameters = {"retry_after": retry_after}
            description = self.description or f"Too Many Requests: retry after {retry_after}"
        else:
            description = self.description or _DEFAULT_DESCRIPTIONS.get(
                status, f"Error {status}: injected failure"
            )
        return ApiError(status, description, parameters)


_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot "
    "instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class Query:
    user_id: int
    chat_id: int
    message_id: int
    data: str
    answered: bool = False


@dataclass
class TokenBucket:
    rate: float
    tokens: float = 0.0
    last: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = max(self.rate, 1.0)

    def take(self) -> bool:
        current = time.monotonic()
        capacity = max(self.rate, 1.0)
        self.tokens = min(capacity, self.tokens + (current - self.last) * self.rate)
        self.last = current
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class Signal:
    """Wake-all notification: waiters re-check their predicate on every ``notify``."""

    def __init__(self) -> None:
        self._waiters: set[asyncio.Future[None]] = set()

    def notify(self) -> None:
        waiters, self._waiters = self._waiters, set()
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float,  # noqa: ASYNC109
    ) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.add(waiter)
            try:
                await asyncio.wait({waiter}, timeout=remaining)
            finally:
                self._waiters.discard(waiter)
                waiter.cancel()
        return True
