"""Sending to Telegram: the one place flood control is waited out, and sends to many chats.

`FloodWait` wraps PTB's AIORateLimiter: the limiter paces every request (30/s overall, 20/min
per group) and a RetryAfter is waited out by the request that got it, only, up to a budget.
(AIORateLimiter's own retries would hold every other request while one chat waits.)
`send_resilient` adds what a broadcast needs on top: follow ChatMigrated, back off on time-outs
and server errors, and turn every end into a status. It never retries RetryAfter again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import AIORateLimiter, BaseRateLimiter

from bot.service.types import SendStatus

log = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]
# Flood control asking for longer than this is not waited out: the send fails instead.
MAX_RETRY_AFTER = 120.0


def retry_after_seconds(exc: RetryAfter) -> float:
    """Return how long Telegram asked to wait, in seconds."""
    wait = exc.retry_after
    return wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)


class _NoPacerRetryLog(logging.Filter):
    """Drop the limiter's error for a RetryAfter it passes on: FloodWait handles and logs it."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Keep every record but "Rate limit hit after maximum of 0 retries"."""
        return not record.getMessage().startswith("Rate limit hit after maximum of 0 retries")


class FloodWait(BaseRateLimiter[int]):
    """AIORateLimiter's pacing; a RetryAfter is waited out by the one request that got it."""

    def __init__(
        self, pacer: AIORateLimiter, *, max_retries: int = 2, sleep: Sleep = asyncio.sleep
    ) -> None:
        """Wrap a limiter built with max_retries=0 (it paces; this waits)."""
        self.pacer = pacer
        self.max_retries = max_retries
        self.sleep = sleep
        self.waits = 0  # RetryAfter waits so far, for tests and logs

    async def initialize(self) -> None:
        """Start the pacer."""
        logging.getLogger("telegram.ext.AIORateLimiter").addFilter(_NoPacerRetryLog())
        await self.pacer.initialize()

    async def shutdown(self) -> None:
        """Stop the pacer."""
        await self.pacer.shutdown()

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        """Send through the pacer; on RetryAfter wait (this request only) and send again."""
        budget = rate_limit_args if rate_limit_args is not None else self.max_retries
        for attempt in range(budget + 1):
            try:
                return await self.pacer.process_request(
                    callback, args, kwargs, endpoint, data, None
                )
            except RetryAfter as exc:
                seconds = retry_after_seconds(exc)
                if attempt == budget or seconds > MAX_RETRY_AFTER:
                    raise
                log.info("flood control on %s: waiting %gs for this request", endpoint, seconds)
                self.waits += 1
                await self.sleep(seconds)
        raise AssertionError("unreachable: the last attempt returns or raises")


@dataclass(frozen=True)
class SendOutcome(Generic[T]):
    """The end of a resilient send: status, the result, and the chat id it finally went to."""

    status: SendStatus
    chat_id: int
    result: T | None = None
    error: str | None = None


@dataclass(frozen=True)
class RetryPolicy:
    """Bounded retries with exponential back-off for time-outs and server errors."""

    attempts: int = 4
    first_delay: float = 0.5
    factor: float = 2.0


async def send_resilient(
    send: Callable[[int], Awaitable[T]],
    chat_id: int,
    *,
    on_migrate: Callable[[int, int], Awaitable[None]] | None = None,
    policy: RetryPolicy = RetryPolicy(),
    sleep: Sleep = asyncio.sleep,
) -> SendOutcome[T]:
    """Send to one chat: follow ChatMigrated, retry time-outs; FloodWait handles flood control."""
    delay = policy.first_delay
    error = ""
    for attempt in range(1, policy.attempts + 1):
        try:
            return SendOutcome(SendStatus.SENT, chat_id, await send(chat_id))
        except RetryAfter as exc:
            # FloodWait already waited as long as it may: another try would flood again.
            error = f"flood control: retry after {retry_after_seconds(exc):g}s"
            return SendOutcome(SendStatus.FAILED, chat_id, error=error)
        except Forbidden as exc:
            return SendOutcome(SendStatus.BLOCKED, chat_id, error=str(exc)[:200])
        except ChatMigrated as exc:
            new_id = int(exc.new_chat_id)
            log.info("chat %s migrated to %s", chat_id, new_id)
            if on_migrate is not None:
                await on_migrate(chat_id, new_id)
            chat_id = new_id
            error = "chat migrated"
        except BadRequest as exc:
            # A request Telegram refuses will be refused again: do not retry it.
            return SendOutcome(SendStatus.FAILED, chat_id, error=str(exc)[:200])
        except (TimedOut, NetworkError) as exc:
            error = str(exc)[:200] or type(exc).__name__
            if attempt < policy.attempts:
                await sleep(delay)
                delay *= policy.factor
    return SendOutcome(SendStatus.FAILED, chat_id, error=error[:200])
