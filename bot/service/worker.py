"""Run a big import or export in a worker process, so it never competes with the bot for the GIL.

In a thread, a 71,428-question export (pure-Python YAML for 20 s) left players waiting
seconds for each answer: the bot's event loop does its database work on the same interpreter,
and every SQLite call gives the GIL up and must wait to get it back. A worker process has an
interpreter of its own; it opens its own engine on the same database URL. A worker is a
daemon: when the bot stops, the worker is killed and its transaction never commits.
Smaller work runs in a daemon thread (`in_daemon_thread`), which cannot hold the exit either.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from sqlalchemy.engine import Engine

from bot.service.sets import ImportOutcome, import_bytes, write_yaml
from db.engine import make_engine

T = TypeVar("T")

# Worth a process of its own (about a second to start) past these sizes.
BIG_UPLOAD_BYTES = 100_000
BIG_EXPORT_QUESTIONS = 5_000


def database_url(engine: Engine) -> str:
    """Return the URL a worker process connects with (password included)."""
    return engine.url.render_as_string(hide_password=False)


def import_file(url: str, data: bytes, filename: str) -> ImportOutcome:
    """Import a file into the database at `url` (run in the worker)."""
    engine = make_engine(url)
    try:
        return import_bytes(engine, data, filename)
    finally:
        engine.dispose()


def export_file(url: str, slug: str) -> bytes | None:
    """Return a set as YAML bytes from the database at `url` (run in the worker)."""
    engine = make_engine(url)
    pieces: list[bytes] = []
    try:
        found = write_yaml(engine, slug, lambda piece: pieces.append(piece.encode("utf-8")))
    finally:
        engine.dispose()
    return b"".join(pieces) if found else None


def _work(pipe: Connection, work: Callable[..., Any], args: tuple[Any, ...]) -> None:
    """Run in the worker: call `work(*args)` and send back its result or its exception."""
    try:
        pipe.send((True, work(*args)))
    except BaseException as exc:  # handed to the awaiting bot
        pipe.send((False, exc))
    finally:
        pipe.close()


async def in_worker(work: Callable[..., T], *args: Any) -> T:
    """Run `work(*args)` (a module-level function) in a fresh worker process; await its result."""
    context = multiprocessing.get_context("spawn")  # no copy of the bot's threads and sockets
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_work, args=(sender, work, args), daemon=True)
    process.start()
    sender.close()
    try:
        ok, result = await asyncio.to_thread(receiver.recv)
    except asyncio.CancelledError:
        process.kill()
        raise
    except EOFError:
        raise RuntimeError(f"the worker process died (exit code {process.exitcode})") from None
    finally:
        receiver.close()
        await asyncio.to_thread(process.join, 5)
    if not ok:
        raise result
    return result  # type: ignore[no-any-return]


async def in_daemon_thread(work: Callable[[], T]) -> T:
    """Run blocking work in a daemon thread: unlike asyncio.to_thread, exit never waits for it.

    A process stopped mid-import simply drops the thread; its transaction was never committed.
    """
    loop = asyncio.get_running_loop()
    done: asyncio.Future[T] = loop.create_future()

    def settle(result: T | None, error: BaseException | None) -> None:
        if done.cancelled():
            return
        if error is not None:
            done.set_exception(error)
        else:
            done.set_result(result)  # type: ignore[arg-type]

    def run() -> None:
        try:
            result, error = work(), None
        except BaseException as exc:  # handed to the awaiting task
            result, error = None, exc
        with contextlib.suppress(RuntimeError):  # the loop is gone: nobody is waiting
            loop.call_soon_threadsafe(settle, result, error)

    threading.Thread(target=run, name="quizbot-admin-job", daemon=True).start()
    return await done
