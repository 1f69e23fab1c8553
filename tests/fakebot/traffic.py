"""The traffic between the bot and the fake: calls, error answers, deliveries, counters."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, NamedTuple

JSONDict = dict[str, Any]


class ApiCall(NamedTuple):
    """One Bot API request the bot made: canonical method name and decoded parameters."""

    method: str
    params: JSONDict


@dataclass
class ApiErrorRecord:
    """An error answer the fake sent to the bot."""

    method: str
    status: int
    description: str


@dataclass
class CallbackAnswer:
    """An ``answerCallbackQuery`` call."""

    query_id: str
    text: str | None
    show_alert: bool
    url: str | None
    cache_time: int | None


@dataclass
class FileDownload:
    """One download from the file server: how much of the file went out before it ended."""

    file_path: str
    size: int
    sent: int = 0  # bytes handed to the connection
    complete: bool = False  # every byte went out
    finished: bool = False  # the transfer is over, completely or not


@dataclass
class WebhookDelivery:
    """One update POSTed to the bot's webhook and the HTTP status it answered (0: no answer)."""

    update_id: int | None
    status: int
    error: str | None = None


@dataclass
class Stats:
    """Counters about the traffic between the bot and the fake."""

    by_method: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    injected_failures: int = 0
    dropped_connections: int = 0
    rate_limited: int = 0  # 429s from the set_rate_limit token bucket
    updates_enqueued: int = 0
    updates_delivered: int = 0  # counted per update handed out by getUpdates/webhook
    redelivered: int = 0  # updates handed out again because the bot did not confirm them
    webhook_posts: int = 0

    @property
    def too_many_requests(self) -> int:
        """Number of 429 answers sent (injected or from the rate limiter)."""
        return self.statuses[429]

    def to_dict(self) -> JSONDict:
        """JSON-friendly view (used by the control endpoint)."""
        return {
            "by_method": dict(self.by_method),
            "statuses": {str(k): v for k, v in self.statuses.items()},
            "injected_failures": self.injected_failures,
            "dropped_connections": self.dropped_connections,
            "rate_limited": self.rate_limited,
            "too_many_requests": self.too_many_requests,
            "updates_enqueued": self.updates_enqueued,
            "updates_delivered": self.updates_delivered,
            "redelivered": self.redelivered,
            "webhook_posts": self.webhook_posts,
        }
