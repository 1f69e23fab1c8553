"""Answering HTTP requests: Bot API method calls and file downloads, with injected failures."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web

from .params import read_params
from .records import Failure, JSONDict
from .state import ApiState
from .traffic import ApiCall, ApiErrorRecord, FileDownload
from .validation import ApiError

# Files are streamed in pieces, like a real file server, so a client may stop reading early.
DOWNLOAD_CHUNK = 64 * 1024
# Methods the global rate limiter never throttles (Telegram's limits are about sending).
UNLIMITED_METHODS = frozenset(
    {"getUpdates", "getMe", "setWebhook", "deleteWebhook", "getWebhookInfo", "logOut", "close"}
)


class RequestHandling(ApiState):
    """Answering the Bot API and file routes, and the failures tests inject into them."""

    def fail_next(
        self,
        method: str,
        status: int | None = None,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        count: int = 1,
        delay: float = 0.0,
        drop: bool = False,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``count`` calls of ``method`` ("*" = any but getUpdates) misbehave.

        ``status`` answers that HTTP error (429 adds retry_after, default 1); without a status
        a ``delay`` just answers normally after ``delay`` seconds, ``drop`` closes the
        connection without answering, and a bare ``fail_next(m)`` answers 500.
        """
        canonical = "*" if method == "*" else self._canonical(method)
        if canonical != "*" and canonical not in self._handlers:
            raise ValueError(f"fakebot does not implement {method!r}; nothing to fail")
        if migrate_to_chat_id is not None and status is None:
            status = 400
        if retry_after is not None and status is None:
            status = 429
        if status is None and not drop and not delay:
            status = 500
        self._failures.append(
            Failure(
                canonical,
                status,
                description,
                retry_after,
                migrate_to_chat_id,
                delay,
                drop,
                count,
                chat_id,
            )
        )

    def clear_failures(self) -> None:
        """Forget all pending injected failures."""
        self._failures.clear()

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        method = self._canonical(request.match_info["method"])
        self.tokens_seen.append(token)
        params: JSONDict = {}
        try:
            params, files = await read_params(request)
            recorded = dict(params)
            recorded.update({name: upload.describe() for name, upload in files.items()})
            call = ApiCall(method, recorded)
            self.all_calls.append(call)
            if method != "getUpdates":
                self.calls.append(call)
            self.stats.by_method[method] += 1
            # Wake waiters now: a call answered late (an injected delay) was still made.
            self._changed.notify()
            if not self.accept_any_token and token != self.token:
                raise ApiError(401, "Unauthorized")
            failure = self._take_failure(method, params.get("chat_id"))
            if failure is not None:
                if failure.delay:
                    await asyncio.sleep(failure.delay)
                if failure.drop:
                    self.stats.dropped_connections += 1
                    self._changed.notify()
                    if request.transport is not None:
                        request.transport.close()
                    return web.Response(status=500)
                if failure.status is not None:
                    self.stats.injected_failures += 1
                    raise failure.error()
            handler = self._handlers.get(method)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if (
                self._bucket is not None
                and method not in UNLIMITED_METHODS
                and not self._bucket.take()
            ):
                self.stats.rate_limited += 1
                raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
            result = await handler(params, files)
            status, body = 200, {"ok": True, "result": result}
        except ApiError as exc:
            status, body = exc.status, exc.payload()
            self.errors.append(ApiErrorRecord(method, exc.status, exc.description))
        self.stats.statuses[status] += 1
        self._changed.notify()
        return web.json_response(body, status=status)

    def _take_failure(self, method: str, chat_id: Any = None) -> Failure | None:
        for failure in self._failures:
            if failure.chat_id is not None and str(failure.chat_id) != str(chat_id):
                continue
            if failure.method == method or (failure.method == "*" and method != "getUpdates"):
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.remove(failure)
                return failure
        return None

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        self.tokens_seen.append(request.match_info["token"])
        record = self._files_by_path.get(request.match_info["file_path"])
        if record is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        self.stats.by_method["<file download>"] += 1
        content = record.content
        download = FileDownload(record.file_path, len(content))
        self.downloads.append(download)
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        if self.chunked_downloads:
            response.enable_chunked_encoding()
        else:
            response.content_length = len(content)
        try:
            await response.prepare(request)
            for start in range(0, len(content), DOWNLOAD_CHUNK):
                piece = content[start : start + DOWNLOAD_CHUNK]
                await response.write(piece)
                download.sent += len(piece)
            await response.write_eof()
            download.complete = True
        except ConnectionError:
            pass  # the client hung up before the end
        finally:
            download.finished = True
            self._changed.notify()
        return response
