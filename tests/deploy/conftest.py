"""Helpers for the deployment tests: free ports, HTTP gets, a webhook runner, settings."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import pytest
from telegram import Update
from telegram.ext import Application

from bot.settings import Settings
from tests.fakebot import FakeBotApi

SECRET = "s3cret-Token_for-tests"


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass(frozen=True)
class Reply:
    """An HTTP answer: status, content type and body text."""

    status: int
    content_type: str
    text: str

    def json(self) -> Any:
        """Parse the body as JSON."""
        return json.loads(self.text)


async def http_get(url: str, *, timeout: float = 10.0) -> Reply:  # noqa: ASYNC109
    """GET a URL and return status, content type and body."""
    async with (
        aiohttp.ClientSession() as session,
        session.get(url, timeout=aiohttp.ClientTimeout(total=timeout)) as response,
    ):
        return Reply(
            response.status, response.headers.get("Content-Type", ""), await response.text()
        )


async def wait_for_port(port: int, *, timeout: float = 30.0) -> None:  # noqa: ASYNC109
    """Wait until something accepts connections on 127.0.0.1:port (another process starting)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while True:
        try:
            _, writer = await asyncio.open_connection("127.0.0.1", port)
        except OSError:
            if loop.time() > deadline:
                raise AssertionError(f"nothing listens on port {port} after {timeout}s") from None
            await asyncio.sleep(0.05)  # a poll interval while the other process starts up
            continue
        writer.close()
        await writer.wait_closed()
        return


def metric_value(text: str, name: str, **labels: str) -> float:
    """Return one sample from Prometheus text output (0 when the series is absent)."""
    from prometheus_client.parser import text_string_to_metric_families

    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if sample.name == name and all(sample.labels.get(k) == v for k, v in labels.items()):
                return float(sample.value)
    return 0.0


@pytest.fixture
def deploy_settings(database_url: str) -> Callable[..., Settings]:
    """Build settings for a bot pointed at the fake server (no admins, health server off)."""

    def build(api: FakeBotApi, **overrides: Any) -> Settings:
        values: dict[str, Any] = {
            "telegram_bot_token": api.token,
            "telegram_api_url": api.base_url,
            "telegram_file_url": api.base_file_url,
            "database_url": database_url,
            "listen_host": "127.0.0.1",
            "health_port": 0,
        }
        values.update(overrides)
        return Settings(_env_file=None, **values)  # type: ignore[call-arg]

    return build


@contextlib.asynccontextmanager
async def running_webhook(
    app: Application,  # type: ignore[type-arg]
    *,
    port: int,
    url_path: str = "telegram/hook",
    secret: str = SECRET,
) -> AsyncIterator[str]:
    """Run `app` as `run_webhook` does (hooks included) without owning the loop; yield the URL."""
    assert app.updater is not None
    url = f"http://127.0.0.1:{port}/{url_path}"
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        # Returns once the server listens (PTB waits for it), after setWebhook was sent.
        await app.updater.start_webhook(
            listen="127.0.0.1",
            port=port,
            url_path=url_path,
            webhook_url=url,
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
        )
        await app.start()
        try:
            yield url
        finally:
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
    finally:
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
