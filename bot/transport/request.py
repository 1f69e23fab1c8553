"""PTB's request interface on aiohttp: every Bot API call over one keep-alive connection pool.

PTB's default HTTPXRequest goes through httpcore, whose pool checks every pooled connection
(a poll() system call each) on every request: with 64 sends in flight that alone took most of
the bot's CPU per message in tests/bench_daily.py, which capped a broadcast at ~200 messages/s.
aiohttp keeps idle connections in a queue per host and reuses them without scanning, so the
broadcast can have as many sends in flight as the rate needs. Behaviour is HTTPXRequest's:
the same form-encoded or multipart bodies, time-outs as TimedOut, transport failures as
NetworkError.
"""

from __future__ import annotations

from typing import Any

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

NOT_STARTED = "This AiohttpRequest is not initialized!"
# The class of PTB's "not passed" marker: a time-out left at it takes this request's default.
_DEFAULT = type(BaseRequest.DEFAULT_NONE)


class AiohttpRequest(BaseRequest):
    """A BaseRequest on one aiohttp session with an HTTP/1.1 keep-alive pool of a fixed size."""

    def __init__(
        self,
        *,
        connection_pool_size: int = 256,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        """Keep the pool size and default time-outs (HTTPXRequest's names and defaults)."""
        self._pool_size = connection_pool_size
        self._read = read_timeout
        self._write = write_timeout
        self._connect = connect_timeout
        self._pool = pool_timeout
        self._media_write = media_write_timeout
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float | None:
        """Return the default read time-out in seconds."""
        return self._read

    async def initialize(self) -> None:
        """Open the session and its connection pool (again after a shutdown)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=0)
            self._session = aiohttp.ClientSession(
                connector=connector, headers={"User-Agent": self.USER_AGENT}
            )

    async def shutdown(self) -> None:
        """Close the session and its connections."""
        if self._session is not None and not self._session.closed:
            await self._session.close()

    def _timeout(
        self, read: Any, write: Any, connect: Any, pool: Any, *, upload: bool
    ) -> aiohttp.ClientTimeout:
        """Resolve PTB's per-call time-outs against the defaults into aiohttp's."""
        read = self._read if isinstance(read, _DEFAULT) else read
        connect = self._connect if isinstance(connect, _DEFAULT) else connect
        pool = self._pool if isinstance(pool, _DEFAULT) else pool
        if isinstance(write, _DEFAULT):
            write = self._media_write if upload else self._write
        # aiohttp has no write time-out of its own: the request body is sent within the time
        # the whole exchange may take. Waiting for a pooled connection counts as connecting.
        waits = [t for t in (connect, pool) if t is not None]
        total = None
        if read is not None and write is not None and connect is not None:
            total = read + write + connect + (pool or 0)
        return aiohttp.ClientTimeout(
            total=total,
            connect=sum(waits) if waits else None,
            sock_connect=connect,
            sock_read=read,
        )

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,
        write_timeout: Any = BaseRequest.DEFAULT_NONE,
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Send one request; return (status, body) or raise TimedOut / NetworkError."""
        if self._session is None or self._session.closed:
            raise RuntimeError(NOT_STARTED)
        files = request_data.multipart_data if request_data else None
        fields = request_data.json_parameters if request_data else None
        data: Any = fields
        if files:
            form = aiohttp.FormData()
            for name, value in (fields or {}).items():
                form.add_field(name, value)
            for name, (filename, content, mimetype) in files.items():
                form.add_field(name, content, filename=filename, content_type=mimetype)
            data = form
        timeout = self._timeout(
            read_timeout, write_timeout, connect_timeout, pool_timeout, upload=bool(files)
        )
        try:
            async with self._session.request(method, url, data=data, timeout=timeout) as res:
                return res.status, await res.read()
        except TimeoutError as err:  # aiohttp's time-outs are TimeoutErrors too
            raise TimedOut from err
        except aiohttp.ClientError as err:
            # The class name says what failed when the message is empty, as HTTPXRequest's do.
            raise NetworkError(f"aiohttp.{err.__class__.__name__}: {err}") from err
