"""Sending to many chats without one failure stopping the rest (daily questions, broadcasts)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.service.types import SendStatus

log = logging.getLogger(__name__)

T = TypeVar("T")
Sleep = Callable[[float], Awaitable[None]]


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
    max_retry_after: float = 120.0


async def send_resilient(
    send: Callable[[int], Awaitable[T]],
    chat_id: int,
    *,
    on_migrate: Callable[[int, int], Awaitable[None]] | None = None,
    policy: RetryPolicy = RetryPolicy(),
    sleep: Sleep = asyncio.sleep,
) -> SendOutcome[T]:
    """Send to one chat: wait out RetryAfter, follow ChatMigrated, retry transient errors."""
    delay = policy.first_delay
    error = ""
    for attempt in range(1, policy.attempts + 1):
        try:
            return SendOutcome(SendStatus.SENT, chat_id, await send(chat_id))
        except RetryAfter as exc:
            wait = exc.retry_after
            seconds = wait.total_seconds() if hasattr(wait, "total_seconds") else float(wait)
            error = f"flood control: retry after {seconds:g}s"
            if seconds > policy.max_retry_after:
                break
            await sleep(seconds)
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
