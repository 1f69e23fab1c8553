"""The once-a-day ledger against a real database: claims, resends, and closing stale rows."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from bot.service.daily import DailyService, Finished
from bot.service.quiz import QuizService
from bot.service.schedule import ZoneChoice
from bot.service.types import Place, Player, SendStatus, ShownQuestion
from db.daily_ledger import add_days
from db.models import DailyDelivery, Delivery
from tests.bot.conftest import TRICKY_SET, Clock, load_sets

ALICE = Place(1001)


@pytest.fixture
def service(engine: Engine) -> tuple[DailyService, Clock]:
    """A daily service on a database with one set and Alice subscribed at 08:00 UTC."""
    load_sets(engine, TRICKY_SET)
    clock = Clock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    quiz = QuizService(engine, clock=clock)
    quiz.register(Player(1001, "Alice"), ALICE)
    daily = DailyService(engine, quiz, clock=clock, grace=timedelta(hours=6))
    assert not isinstance(daily.subscribe(ALICE, time(8, 0), "UTC"), ZoneChoice)
    return daily, clock


def rows(engine: Engine) -> list[tuple[str, str, int]]:
    """Return (local date, status, attempts) of every ledger row."""
    with Session(engine) as session:
        found = session.exec(select(DailyDelivery).order_by(DailyDelivery.id)).all()  # type: ignore[arg-type]
        return [(str(r.local_date), r.status, r.attempts) for r in found]


def test_a_claim_writes_the_day_once_and_moves_the_schedule(
    engine: Engine, service: tuple[DailyService, Clock]
) -> None:
    daily, clock = service
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    jobs, skipped = daily.claim_due()
    assert [(j.place.id, str(j.local_date), j.player) for j in jobs] == [
        (1001, "2026-03-03", Player(1001, "Alice"))
    ]
    assert skipped == 0 and daily.claim_due() == ([], 0)
    assert rows(engine) == [("2026-03-03", "pending", 1)]
    # The database itself refuses a second row for the same day.
    with Session(engine) as session, pytest.raises(IntegrityError):
        day = {"subscription_id": jobs[0].subscription_id, "local_date": jobs[0].local_date}
        add_days(session, [{**day, "status": "pending"}], now=clock.now)


def test_changing_the_time_after_todays_question_waits_for_tomorrow(
    engine: Engine, service: tuple[DailyService, Clock]
) -> None:
    daily, clock = service
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    jobs, _ = daily.claim_due()
    picked = daily.question_for(jobs[0])
    assert isinstance(picked, ShownQuestion)
    daily.finish([Finished(jobs[0], SendStatus.SENT, 1001, picked.delivery_id, message_id=7)])
    daily.subscribe(ALICE, time(20, 0), None)
    clock.now = datetime(2026, 3, 3, 20, 0, tzinfo=UTC)
    assert daily.claim_due() == ([], 1)  # today was already handled
    clock.now = datetime(2026, 3, 4, 20, 0, tzinfo=UTC)
    assert len(daily.claim_due()[0]) == 1


def test_a_day_skipped_by_downtime_can_still_go_out_at_a_new_later_time(
    engine: Engine, service: tuple[DailyService, Clock]
) -> None:
    daily, clock = service
    clock.now = datetime(2026, 3, 3, 15, 0, tzinfo=UTC)  # 7 h late: skipped
    assert daily.claim_due() == ([], 1)
    daily.subscribe(ALICE, time(18, 0), None)
    clock.now = datetime(2026, 3, 3, 18, 0, tzinfo=UTC)
    jobs, _ = daily.claim_due()
    assert [str(j.local_date) for j in jobs] == ["2026-03-03"]
    assert rows(engine) == [("2026-03-03", "pending", 1)]


def test_recovery_resends_within_grace_and_closes_the_rest(
    engine: Engine, service: tuple[DailyService, Clock]
) -> None:
    daily, clock = service
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    jobs, _ = daily.claim_due()
    picked = daily.question_for(jobs[0])
    assert isinstance(picked, ShownQuestion)
    # While the sender's lease runs, no other pass touches the day (it may be in flight).
    assert daily.recover().jobs == []
    # Each pass after the lease retries with the same delivery, up to max_attempts in all.
    for attempt in (2, 3):
        clock.now += daily.lease + timedelta(seconds=1)
        recovered = daily.recover()
        assert [(j.delivery_id, j.attempt) for j in recovered.jobs] == [
            (picked.delivery_id, attempt)
        ]
        reused = daily.question_for(recovered.jobs[0])
        assert reused == picked
    clock.now += daily.lease + timedelta(seconds=1)
    recovered = daily.recover()
    assert (recovered.jobs, recovered.closed) == ([], 1)
    assert rows(engine) == [("2026-03-03", "failed", 3)]


def test_recovery_gives_up_after_the_grace_period_or_when_turned_off(
    engine: Engine, service: tuple[DailyService, Clock]
) -> None:
    daily, clock = service
    bob = Place(1002)
    daily.quiz.register(Player(1002, "Bob"), bob)
    daily.subscribe(bob, time(8, 0), "UTC")
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    assert len(daily.claim_due()[0]) == 2
    daily.turn_off(bob.id)
    clock.now = datetime(2026, 3, 3, 14, 1, tzinfo=UTC)  # more than 6 h after 08:00
    recovered = daily.recover()
    assert (recovered.jobs, recovered.closed) == ([], 2)
    assert sorted(status for _, status, _ in rows(engine)) == ["failed", "skipped"]


def test_questions_picked_ahead_are_the_ones_sent_and_dropped_when_plans_change(
    engine: Engine, service: tuple[DailyService, Clock]
) -> None:
    daily, clock = service
    clock.now = datetime(2026, 3, 3, 7, 45, tzinfo=UTC)  # 15 min ahead: beyond the lookahead
    assert daily.prepare() == []
    clock.now = datetime(2026, 3, 3, 7, 55, tzinfo=UTC)
    (job,) = daily.prepare()
    assert daily.prepare() == []  # prepared once
    picked = daily.question_for(job)
    assert isinstance(picked, ShownQuestion)
    assert rows(engine) == [("2026-03-03", "pending", 0)]
    assert daily.recover().jobs == []  # prepared, not yet due: left alone
    clock.now = datetime(2026, 3, 3, 8, 0, tzinfo=UTC)
    (due,) = daily.claim_due()[0]
    assert (due.daily_id, due.attempt, due.shown) == (job.daily_id, 1, picked)
    daily.finish([Finished(due, SendStatus.SENT, 1001, picked.delivery_id, message_id=7)])

    # Tomorrow's pick is dropped, with its unsent delivery, when the time changes.
    clock.now = datetime(2026, 3, 4, 7, 55, tzinfo=UTC)
    (job,) = daily.prepare()
    tomorrow = daily.question_for(job)
    assert isinstance(tomorrow, ShownQuestion)
    daily.subscribe(ALICE, time(9, 0), None)
    with Session(engine) as session:
        assert session.get(Delivery, tomorrow.delivery_id) is None
    assert [r[1] for r in rows(engine)] == ["sent"]
