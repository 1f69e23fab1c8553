"""The operations endpoint: /healthz (JSON) and /metrics (Prometheus) on HEALTH_PORT.

A small tornado server (tornado comes with PTB's webhooks extra) running on the bot's own event
loop, started in post_init and stopped in post_shutdown, in polling and webhook mode alike.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import time
from datetime import UTC, datetime
from typing import Any

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.engine import Engine
from tornado.httpserver import HTTPServer
from tornado.netutil import bind_sockets
from tornado.web import Application as WebApplication
from tornado.web import RequestHandler

from bot.transport.metrics import BotMetrics

log = logging.getLogger(__name__)

# A health probe must answer quickly even when the database hangs (a dead PostgreSQL host).
DATABASE_CHECK_TIMEOUT = 5.0


def ping_database(engine: Engine) -> None:
    """Run SELECT 1 on a pooled connection; raise if the database cannot answer."""
    # A raw DBAPI connection skips the SQLite "BEGIN IMMEDIATE" hook: a probe takes no lock.
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        cursor.execute("SELECT 1")
        cursor.fetchall()
        cursor.close()
    finally:
        connection.close()


def _iso(stamp: float | None) -> str | None:
    """Format a Unix time as ISO 8601 UTC, or None."""
    if stamp is None:
        return None
    return datetime.fromtimestamp(stamp, UTC).isoformat(timespec="seconds")


def _short_error(exc: BaseException) -> str:
    """Describe a database error in one line, without the SQL or SQLAlchemy's help link."""
    cause = getattr(exc, "orig", None) or exc
    lines = str(cause).strip().splitlines() or [""]
    return f"{type(cause).__name__}: {lines[0]}"[:200]


def _access_log(handler: RequestHandler) -> None:
    """Log requests at DEBUG: a probe every few seconds would drown the bot's own log."""
    log.debug("%s %s %s", handler.get_status(), handler.request.method, handler.request.uri)


class HealthServer:
    """Serve /healthz and /metrics for one bot process."""

    def __init__(
        self,
        engine: Engine,
        metrics: BotMetrics,
        *,
        host: str,
        port: int,
        reuse_port: bool = False,
    ) -> None:
        self.engine = engine
        self.reuse_port = reuse_port
        self.metrics = metrics
        self.host = host
        self.port = port
        self.started_at = time.time()
        self._server: HTTPServer | None = None
        self._probe: asyncio.Future[None] | None = None

    async def health(self) -> tuple[int, dict[str, Any]]:
        """Check the database and describe the process: (HTTP status, JSON body)."""
        error: str | None = None
        # Probes that arrive while one is still waiting on a hung database share it, so they
        # cannot pile up threads.
        if self._probe is None or self._probe.done():
            self._probe = asyncio.ensure_future(asyncio.to_thread(ping_database, self.engine))
        try:
            await asyncio.wait_for(asyncio.shield(self._probe), DATABASE_CHECK_TIMEOUT)
        except TimeoutError:
            error = f"no answer within {DATABASE_CHECK_TIMEOUT:g}s"
        except Exception as exc:
            error = _short_error(exc)
        now = time.time()
        last = self.metrics.last_telegram_success
        body = {
            "status": "ok" if error is None else "unavailable",
            "database": {
                "ok": error is None,
                "backend": self.engine.dialect.name,
                "error": error,
            },
            "telegram": {
                # Polling succeeds every few seconds; with a webhook, a quiet hour means no calls.
                "last_success_at": _iso(last),
                "seconds_since_last_success": None if last is None else round(now - last, 3),
            },
            "started_at": _iso(self.started_at),
            "uptime_seconds": round(now - self.started_at, 3),
        }
        return (200 if error is None else 503), body

    def metrics_text(self) -> bytes:
        """Return every metric in the Prometheus text format."""
        return generate_latest(self.metrics.registry)

    async def start(self) -> None:
        """Listen on host:port (port 0 picks a free one and updates `port`)."""
        app = WebApplication(
            [
                (r"/healthz", _HealthHandler, {"owner": self}),
                (r"/metrics", _MetricsHandler, {"owner": self}),
            ],
            log_function=_access_log,
        )
        sockets = bind_sockets(
            self.port, address=self.host, family=socket.AF_UNSPEC, reuse_port=self.reuse_port
        )
        server = HTTPServer(app, xheaders=True)
        server.add_sockets(sockets)
        self.port = int(sockets[0].getsockname()[1])
        self._server = server
        log.info("health and metrics on http://%s:%s/healthz and /metrics", self.host, self.port)

    async def stop(self) -> None:
        """Stop listening and close open connections; harmless if never started."""
        server, self._server = self._server, None
        if server is not None:
            server.stop()
            await server.close_all_connections()


class _HealthHandler(RequestHandler):
    """GET /healthz."""

    def initialize(self, owner: HealthServer) -> None:
        """Remember the server this handler belongs to."""
        self.owner = owner

    async def get(self) -> None:
        """Answer 200 when healthy, 503 when the database is unreachable."""
        status, body = await self.owner.health()
        self.set_status(status)
        self.set_header("Content-Type", "application/json")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(body))


class _MetricsHandler(RequestHandler):
    """GET /metrics."""

    def initialize(self, owner: HealthServer) -> None:
        """Remember the server this handler belongs to."""
        self.owner = owner

    def get(self) -> None:
        """Answer with the Prometheus text format."""
        self.set_header("Content-Type", CONTENT_TYPE_LATEST)
        self.finish(self.owner.metrics_text())
