"""The inbox: every update stored once, taken over when its process is gone, purged when old."""

from __future__ import annotations

import asyncio
import json
import threading
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine
from telegram import Bot, Update

from bot.transport.updates import Inbox, UpdateQueue
from db.engine import session_scope
from db.inbox import (
    OWNER_LOCK_SPACE,
    claim_unfinished,
    mark_done,
    purge_done,
    store_updates,
    unfinished_count,
)
from db.locks import advisory_lock

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BOT = Bot("123:ABC")


def raw_message(update_id: int, text: str = "/quiz") -> dict[str, object]:
    """Return a Bot API update carrying a private text message."""
    user = {"id": 42, "is_bot": False, "first_name": "Ann"}
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 0,
            "chat": {"id": 42, "type": "private", "first_name": "Ann"},
            "from": user,
            "text": text,
        },
    }


def rows(*ids: int) -> list[tuple[int, str]]:
    """Return inbox rows for these update ids."""
    return [(n, json.dumps(raw_message(n))) for n in ids]


def test_an_update_is_stored_once_and_a_dead_owners_unfinished_ones_are_taken_over(
    engine: Engine,
) -> None:
    with session_scope(engine) as session:
        assert store_updates(session, rows(1, 2, 3), owner=7, now=NOW) == {1, 2, 3}
        # Telegram sends 2 and 3 again (not acknowledged before a crash): nothing new.
        assert store_updates(session, rows(2, 3, 4), owner=7, now=NOW) == {4}
        mark_done(session, [1], NOW)
    with session_scope(engine) as session:
        assert claim_unfinished(session, owner=7, limit=10) == []  # our own: in flight
        taken = claim_unfinished(session, owner=8, limit=2)
        assert [update_id for update_id, _ in taken] == [2, 3]
        assert json.loads(taken[0][1])["message"]["text"] == "/quiz"
        assert [n for n, _ in claim_unfinished(session, owner=8, limit=10)] == [4]
        assert unfinished_count(session) == 3


def test_done_updates_are_purged_after_a_day(engine: Engine) -> None:
    with session_scope(engine) as session:
        store_updates(session, rows(1, 2, 3), owner=7, now=NOW)
        mark_done(session, [1], NOW - timedelta(days=2))
        mark_done(session, [2], NOW)
        assert purge_done(session, NOW - timedelta(days=1)) == 1
        assert unfinished_count(session) == 1
        assert [n for n, _ in claim_unfinished(session, owner=8, limit=10)] == [3]


async def test_a_webhook_update_is_stored_before_put_returns_and_queued_once(
    engine: Engine,
) -> None:
    inbox = Inbox(engine, lambda: NOW)
    queue = UpdateQueue(inbox)
    update = Update.de_json(raw_message(10), BOT)
    await queue.put(update)
    with session_scope(engine) as session:
        assert unfinished_count(session) == 1  # stored before PTB would answer 200
    await queue.put(Update.de_json(raw_message(10), BOT))  # Telegram retried the post
    assert queue.qsize() == 1
    inbox.done(update.update_id)
    await inbox.close()
    with session_scope(engine) as session:
        assert unfinished_count(session) == 0


async def test_a_restart_resumes_what_a_dead_process_stored_but_never_handled(
    engine: Engine,
) -> None:
    crashed = Inbox(engine, lambda: NOW)
    await crashed.store_batch([raw_message(20), raw_message(21, "/score")])
    crashed.done(20)
    await crashed.flush()
    # The process died here (no close); a new one starts.
    restarted = Inbox(engine, lambda: NOW)
    queue: asyncio.Queue[object] = asyncio.Queue()
    assert await restarted.resume(BOT, queue) == 1
    update = queue.get_nowait()
    assert isinstance(update, Update) and update.message is not None
    assert (update.update_id, update.message.text) == (21, "/score")
    assert await restarted.resume(BOT, queue) == 0  # now it is ours
    await restarted.close()
    await crashed.close()


async def test_on_postgresql_a_live_workers_updates_are_left_to_it(engine: Engine) -> None:
    worker = Inbox(engine, lambda: NOW)
    await worker.resume(BOT, asyncio.Queue())  # holds its liveness lock from here on
    await worker.store_batch([raw_message(30)])
    other = Inbox(engine, lambda: NOW)
    queue: asyncio.Queue[object] = asyncio.Queue()
    # PostgreSQL workers share the inbox; SQLite is one process, so another owner is gone.
    alive_elsewhere = engine.dialect.name == "postgresql"
    assert await other.resume(BOT, queue) == (0 if alive_elsewhere else 1)
    await worker.close()  # the worker stops (or dies): its lock goes with its connection
    assert await other.resume(BOT, queue) == (1 if alive_elsewhere else 0)
    await other.close()


def test_an_owner_alive_in_another_database_does_not_keep_this_ones_updates(
    engine: Engine,
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("advisory locks are PostgreSQL's")
    with session_scope(engine) as session:
        store_updates(session, rows(50), owner=777, now=NOW)
    # Another deployment on the same server, its own database, happens to use owner 777.
    elsewhere = create_engine(engine.url.set(database="postgres"))
    lock = advisory_lock(elsewhere, OWNER_LOCK_SPACE, 777, wait=True)
    assert lock is not None
    try:
        with session_scope(engine) as session:
            assert [n for n, _ in claim_unfinished(session, owner=8, limit=10)] == [50]
    finally:
        lock.release()
        elsewhere.dispose()


async def test_closing_waits_for_done_marks_being_written(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A restart on the same database right after a stop handled a "/help" twice: close()
    # cancelled the flusher while its marks were still being written on a worker thread.
    inbox = Inbox(engine, lambda: NOW)
    await inbox.store_batch([raw_message(40)])
    writing, release = threading.Event(), threading.Event()
    write = inbox._write_done

    def slow_write(update_ids: list[int]) -> None:
        writing.set()
        release.wait(10)
        write(update_ids)

    monkeypatch.setattr(inbox, "_write_done", slow_write)
    inbox.done(40)
    await asyncio.to_thread(writing.wait, 10)  # the flusher is inside the write now
    closing = asyncio.create_task(inbox.close())
    await asyncio.sleep(0)  # let close() cancel the flusher and reach the write
    assert not closing.done()  # it waits for the write, not returns before it
    release.set()
    await closing
    with session_scope(engine) as session:
        assert unfinished_count(session) == 0
