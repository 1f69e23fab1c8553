"""Run a real python-telegram-bot ``Application`` (long polling) for the duration of a test."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Sequence
from typing import Any

from telegram.ext import Application

__all__ = ["running"]


@contextlib.asynccontextmanager
async def running(
    app: Application[Any, Any, Any, Any, Any, Any],
    *,
    poll_interval: float = 0.0,
    timeout: int = 1,  # noqa: ASYNC109
    allowed_updates: Sequence[str] | None = None,
    drop_pending_updates: bool | None = None,
    call_hooks: bool = True,
) -> AsyncIterator[Application[Any, Any, Any, Any, Any, Any]]:
    """Initialize, start and poll ``app``; stop and shut it down afterwards.

    Mirrors ``Application.run_polling`` (including ``post_init``/``post_stop``/
    ``post_shutdown`` hooks when ``call_hooks``) without blocking or installing signal handlers.
    """
    if app.updater is None:
        raise ValueError("the Application has no Updater (ApplicationBuilder().updater(None)?)")
    await app.initialize()
    try:
        if call_hooks and app.post_init is not None:
            await app.post_init(app)
        await app.updater.start_polling(
            poll_interval=poll_interval,
            timeout=timeout,
            allowed_updates=allowed_updates,
            drop_pending_updates=drop_pending_updates,
        )
        try:
            await app.start()
            try:
                yield app
            finally:
                if app.updater.running:
                    await app.updater.stop()
                if app.running:
                    await app.stop()
                if call_hooks and app.post_stop is not None:
                    await app.post_stop(app)
        finally:
            if app.updater.running:
                await app.updater.stop()
    finally:
        await app.shutdown()
        if call_hooks and app.post_shutdown is not None:
            await app.post_shutdown(app)
