"""Several bot processes claiming due daily questions: each subscription is claimed once."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, col, select

from db.engine import make_engine
from db.models import Chat, DailySubscription
from db.subscriptions import due_subscriptions, move_schedules

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def add_due_subscriptions(engine: Engine, count: int) -> list[int]:
    """Insert `count` chats, each with a subscription that fell due a minute ago."""
    first = 10_000_000_000  # Telegram ids beyond 32 bits
    due = NOW - timedelta(minutes=1)
    chats = [{"id": first + n, "type": "private", "created_at": NOW} for n in range(count)]
    subscriptions = [
        {
            "chat_id": first + n,
            "local_time": "09:00",
            "timezone": "UTC",
            "next_due_at": due - timedelta(seconds=n % 7),
            "active": True,
            "created_at": NOW,
            "updated_at": NOW,
        }
        for n in range(count)
    ]
    with Session(engine) as session:
        session.execute(sa.insert(Chat), chats)
        session.execute(sa.insert(DailySubscription), subscriptions)
        session.commit()
        return list(session.exec(select(DailySubscription.id)).all())  # type: ignore[arg-type]


def claim_batch(session: Session, limit: int) -> list[int]:
    """Claim due subscriptions and move them to tomorrow, as the dispatcher does; commit."""
    claimed = due_subscriptions(session, now=NOW, limit=limit)
    move_schedules(session, [(sub.id, NOW + timedelta(days=1)) for sub in claimed])
    session.commit()
    return [sub.id for sub in claimed]


def test_two_processes_claim_each_of_1000_due_subscriptions_exactly_once(
    engine: Engine, database_url: str
) -> None:
    ids = add_due_subscriptions(engine, 1_000)
    start = threading.Barrier(2, timeout=30)
    claimed: dict[str, list[int]] = {"a": [], "b": []}
    failures: list[BaseException] = []

    def claimer(name: str) -> None:
        # Its own engine and connection pool: what a second bot process would have.
        own = make_engine(database_url)
        try:
            start.wait()
            while True:
                with Session(own, expire_on_commit=False) as session:
                    batch = claim_batch(session, limit=40)
                if not batch:
                    return
                claimed[name].extend(batch)
        except BaseException as exc:  # surfaced in the main thread below
            failures.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=claimer, args=(name,)) for name in claimed]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    everything = claimed["a"] + claimed["b"]
    assert len(everything) == len(set(everything)) == 1_000
    assert sorted(everything) == sorted(ids)
    with Session(engine) as session:
        assert due_subscriptions(session, now=NOW, limit=10) == []


def test_a_claim_skips_rows_another_process_holds_instead_of_waiting(
    engine: Engine, database_url: str
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("row locks are PostgreSQL's; SQLite serialises writers with BEGIN IMMEDIATE")
    add_due_subscriptions(engine, 30)
    other = make_engine(database_url)
    try:
        with Session(engine) as first, Session(other) as second:
            held = [sub.id for sub in due_subscriptions(first, now=NOW, limit=10)]  # uncommitted
            # Without SKIP LOCKED this would wait for `first`; fail fast instead of hanging.
            second.execute(sa.text("SET LOCAL lock_timeout = '2s'"))
            taken = claim_batch(second, limit=10)
            assert len(held) == len(taken) == 10 and not set(held) & set(taken)
            # The earliest due rows went to the first claimer, the next ones to the second.
            order = [
                sub.id or 0
                for sub in first.exec(
                    select(DailySubscription).order_by(
                        col(DailySubscription.next_due_at), col(DailySubscription.id)
                    )
                )
            ]
            assert held == order[:10]
            first.rollback()  # the first process died before sending: its rows are due again
        with Session(other) as third:
            assert sorted(claim_batch(third, limit=100)) == sorted(
                [i for i in order if i not in taken]
            )
    finally:
        other.dispose()


def test_two_daily_dispatchers_claim_and_recover_each_day_exactly_once(
    engine: Engine, database_url: str
) -> None:
    """The dispatcher's own claim and recovery, in two 'processes', over 1,000 due chats."""
    from bot.service.daily import DailyService
    from bot.service.quiz import QuizService
    from db.models import DailyDelivery, User

    ids = add_due_subscriptions(engine, 1_000)
    with Session(engine) as session:  # private chats: the subscriber is the chat's user
        chat_ids = list(session.exec(select(Chat.id)))
        session.execute(
            sa.insert(User),
            [
                {"id": c, "first_name": "P", "created_at": NOW, "last_seen_at": NOW}
                for c in chat_ids
            ],
        )
        session.commit()
    start = threading.Barrier(2, timeout=30)
    sent: dict[str, list[int]] = {"a": [], "b": []}
    failures: list[BaseException] = []

    def dispatcher(name: str) -> None:
        own = make_engine(database_url)
        daily = DailyService(own, QuizService(own, clock=lambda: NOW), clock=lambda: NOW)
        try:
            start.wait()
            while True:
                # Each pass recovers first, as the dispatcher does: the other process's days in
                # flight (claimed, never finished here) must not be taken while its lease runs.
                recovered = daily.recover()
                jobs, _ = daily.claim_due(limit=40)
                sent[name].extend(job.subscription_id for job in recovered.jobs + jobs)
                if not jobs and not recovered.jobs:
                    return
        except BaseException as exc:  # surfaced in the main thread below
            failures.append(exc)
        finally:
            own.dispose()

    threads = [threading.Thread(target=dispatcher, args=(name,)) for name in sent]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in threads)
    assert failures == []
    everything = sent["a"] + sent["b"]
    assert len(everything) == len(set(everything)) == 1_000
    assert sorted(everything) == sorted(ids)
    with Session(engine) as session:
        days = session.exec(select(DailyDelivery)).all()
        assert len(days) == 1_000 and {d.attempts for d in days} == {1}
