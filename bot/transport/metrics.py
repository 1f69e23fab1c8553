"""Prometheus metrics of one bot process, and the two PTB hooks that feed them.

Every Application gets its own `BotMetrics` on a private `CollectorRegistry` (never the global
one), so two applications in one process, as in the tests, count separately. Handlers and jobs
reach it as `context.services.metrics`; the game services stay free of it.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable
from typing import Any, TypeVar

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from telegram.error import TelegramError
from telegram.ext import SimpleUpdateProcessor
from telegram.request import HTTPXRequest

T = TypeVar("T")

# Handling an update is mostly one or two Bot API calls plus a short transaction.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)

# The kinds of update the bot receives; anything else is counted as "other".
UPDATE_KINDS = (
    "message",
    "edited_message",
    "callback_query",
    "poll_answer",
    "poll",
    "my_chat_member",
    "chat_member",
    "inline_query",
)


class BotMetrics:
    """Every metric of one bot process, registered on its own registry."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry(auto_describe=True)
        reg = self.registry
        self.updates = Counter(
            "quizbot_updates_total", "Updates handled, by kind of update.", ["kind"], registry=reg
        )
        self.update_seconds = Histogram(
            "quizbot_update_handling_seconds",
            "Time to handle one update (every handler that ran for it), by kind of update.",
            ["kind"],
            buckets=LATENCY_BUCKETS,
            registry=reg,
        )
        self.handler_errors = Counter(
            "quizbot_handler_errors_total",
            "Exceptions that reached the error handler, by exception class.",
            ["kind"],
            registry=reg,
        )
        self.answers = Counter(
            "quizbot_answers_recorded_total",
            "Answers recorded (first answers that counted), by result.",
            ["result"],
            registry=reg,
        )
        self.daily_sent = Counter("quizbot_daily_sent_total", "Daily questions sent.", registry=reg)
        self.daily_failed = Counter(
            "quizbot_daily_failed_total",
            "Daily questions not sent, by reason (blocked, failed, error).",
            ["reason"],
            registry=reg,
        )
        self.telegram_requests = Counter(
            "quizbot_telegram_requests_total",
            "Bot API requests, by method and outcome (ok or the error kind).",
            ["method", "outcome"],
            registry=reg,
        )
        self.telegram_errors = Counter(
            "quizbot_telegram_errors_total",
            "Failed Bot API requests, by kind (RetryAfter, Forbidden, BadRequest, ...).",
            ["kind"],
            registry=reg,
        )
        self.telegram_last_success = Gauge(
            "quizbot_telegram_last_success_timestamp_seconds",
            "Unix time of the last successful Bot API request.",
            registry=reg,
        )
        self.last_telegram_success: float | None = None
        for kind in ("correct", "wrong"):
            self.answers.labels(result=kind)  # so the series exist (at 0) before any answer

    def record_telegram(self, method: str, outcome: str) -> None:
        """Count one Bot API request; "ok" also moves the last-success time."""
        self.telegram_requests.labels(method=method, outcome=outcome).inc()
        if outcome == "ok":
            now = time.time()
            self.last_telegram_success = now
            self.telegram_last_success.set(now)
        else:
            self.telegram_errors.labels(kind=outcome).inc()

    def record_answer(self, correct: bool) -> None:
        """Count one recorded answer."""
        self.answers.labels(result="correct" if correct else "wrong").inc()

    def record_daily(
        self, *, sent: int = 0, blocked: int = 0, failed: int = 0, errors: int = 0
    ) -> None:
        """Count the outcome of daily sends (one call per send, or one per dispatcher pass)."""
        self.daily_sent.inc(sent)
        for reason, count in (("blocked", blocked), ("failed", failed), ("error", errors)):
            if count:
                self.daily_failed.labels(reason=reason).inc(count)


def update_kind(update: object) -> str:
    """Name the kind of an update for a metric label (a bounded set of values)."""
    for kind in UPDATE_KINDS:
        if getattr(update, kind, None) is not None:
            return kind
    return "other"


class MeteredUpdateProcessor(SimpleUpdateProcessor):
    """PTB's default update processor (one update at a time), counting and timing each update."""

    def __init__(self, metrics: BotMetrics, max_concurrent_updates: int = 1) -> None:
        super().__init__(max_concurrent_updates)
        self.metrics = metrics

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run every handler for the update, timing the whole of it."""
        kind = update_kind(update)
        started = time.perf_counter()
        try:
            await coroutine
        finally:
            self.metrics.updates.labels(kind=kind).inc()
            self.metrics.update_seconds.labels(kind=kind).observe(time.perf_counter() - started)


class MeteredRequest(HTTPXRequest):
    """PTB's HTTPX request that counts every Bot API call by method and outcome.

    It watches `post` and `retrieve`, where PTB has already turned the answer into its own
    error class, so the outcome is that class's name and the mapping stays PTB's alone.
    """

    def __init__(self, metrics: BotMetrics, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.metrics = metrics

    async def _metered(self, api_method: str, call: Awaitable[T]) -> T:
        """Await one request and record how it ended: "ok" or the PTB error's class name."""
        try:
            result = await call
        except TelegramError as exc:  # RetryAfter, Forbidden, BadRequest, TimedOut, ...
            self.metrics.record_telegram(api_method, type(exc).__name__)
            raise
        self.metrics.record_telegram(api_method, "ok")
        return result

    # PTB marks these final so nobody changes how they talk to the Bot API; this only watches.
    async def post(  # type: ignore[misc]
        self, url: str, *args: Any, **kwargs: Any
    ) -> dict[str, Any] | list[dict[str, Any]] | bool:
        """Make one Bot API call; the last path segment names the method (not the token)."""
        return await self._metered(url.rsplit("/", 1)[-1], super().post(url, *args, **kwargs))

    async def retrieve(self, url: str, *args: Any, **kwargs: Any) -> bytes:  # type: ignore[misc]
        """Download one file from Telegram's file server."""
        return await self._metered("fileDownload", super().retrieve(url, *args, **kwargs))
