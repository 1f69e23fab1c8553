"""Telegram saying no during a broadcast: flood control, blocked, migrated, server errors."""

from __future__ import annotations

from datetime import timedelta

from sqlmodel import Session, select
from telegram.error import ChatMigrated, Forbidden, RetryAfter, TimedOut

from bot.context import services_of
from bot.service.types import SendStatus
from bot.transport.delivery import FloodWait, RetryPolicy, send_resilient
from db.models import Chat, QuestionSetRow
from tests.daily.conftest import DailyHarness, Sleeps
from tests.fakebot import FakeUser


async def test_one_failing_chat_never_stops_the_broadcast(daily: DailyHarness) -> None:
    api = daily.api
    users = [api.user(1001 + i, f"User{i}") for i in range(5)]
    admin = api.user(2001, "Ada")
    group = api.group(-1001111, "Quiz club", admins=[admin])
    for user in users:
        await daily.say(user, "/daily 08:00 UTC")
    await daily.say(admin, "/use planets", chat=group)
    await daily.say(admin, "/daily 09:00 Europe/Berlin", chat=group)
    before = {user.id: len(daily.sent_to(user)) for user in users}

    api.block(users[0])  # 403 for this chat only
    supergroup = api.migrate(group, -1002222)  # the old id answers 400 + migrate_to_chat_id
    api.fail_next("sendMessage", status=500, count=2)  # the next two sends hit a server error
    api.fail_next("sendMessage", status=429, retry_after=1)  # then flood control, once
    daily.at(2026, 3, 3, 8, 0)
    report = await daily.tick()

    assert (report.sent, report.blocked, report.failed, report.errors) == (5, 1, 0, 0)
    for user in users[1:]:
        new = daily.sent_to(user)[before[user.id] :]
        assert [m.text.splitlines()[0] for m in new] == ["📅 Daily question"], user.first_name
    assert api.stats.statuses[500] == 2 and api.stats.statuses[429] >= 1
    assert daily.sleeps.waited and max(daily.sleeps.waited) <= 1.0  # back-off, injected
    # Blocked: the subscription stops and the chat is marked, until they write again.
    blocked = daily.subscription(users[0].id)
    assert blocked is not None and not blocked.active
    with Session(daily.engine) as session:
        chat = session.get(Chat, users[0].id)
        assert chat is not None and chat.blocked_at is not None
    # Migrated: the poll went to the new id, which took over the schedule, zone and set.
    assert [m.kind for m in daily.sent_to(supergroup)] == ["poll"]
    assert daily.subscription(group.id) is None
    moved = daily.subscription(supergroup.id)
    assert moved is not None and moved.active and moved.timezone == "Europe/Berlin"
    with Session(daily.engine) as session:
        new_chat = session.get(Chat, supergroup.id)
        planets = session.exec(select(QuestionSetRow).where(QuestionSetRow.slug == "planets")).one()
        assert new_chat is not None and new_chat.active_set_id == planets.id
        assert new_chat.timezone == "Europe/Berlin"
    statuses = sorted(d.status for d in daily.days())
    assert statuses == ["failed"] + ["sent"] * 5
    # Nothing is left to resend, and the blocked chat is not tried again tomorrow.
    daily.at(2026, 3, 4, 8, 0)
    report = await daily.tick()
    assert (report.sent, report.blocked) == (5, 0)  # four people and the supergroup


async def test_a_chat_that_blocked_us_and_came_back_can_subscribe_again(
    daily: DailyHarness,
) -> None:
    api = daily.api
    alice = api.user(1001, "Alice")
    await daily.say(alice, "/daily 08:00 UTC")
    api.block(alice)
    daily.at(2026, 3, 3, 8, 0)
    assert (await daily.tick()).blocked == 1
    api.unblock(alice)
    status = await daily.say(alice, "/daily")
    assert "off" in status.text
    await daily.say(alice, "/daily on")
    daily.at(2026, 3, 4, 8, 0)
    assert (await daily.tick()).sent == 1


async def test_send_resilient_bounds_retries_and_leaves_flood_control_to_the_limiter() -> None:
    sleeps = Sleeps()
    calls: list[int] = []

    async def flooded(chat_id: int) -> str:
        calls.append(chat_id)
        raise RetryAfter(timedelta(seconds=7))

    # FloodWait (the rate limiter) has waited already: no second layer of waiting here.
    outcome = await send_resilient(flooded, 5, sleep=sleeps)
    assert (outcome.status, calls, sleeps.waited) == (SendStatus.FAILED, [5], [])

    async def always_slow(chat_id: int) -> str:
        raise TimedOut()

    sleeps = Sleeps()
    policy = RetryPolicy(attempts=3, first_delay=0.5, factor=2)
    outcome = await send_resilient(always_slow, 5, policy=policy, sleep=sleeps)
    assert outcome.status is SendStatus.FAILED and sleeps.waited == [0.5, 1.0]

    async def migrated(chat_id: int) -> int:
        if chat_id == 5:
            raise ChatMigrated(-1009)
        return chat_id

    moves: list[tuple[int, int]] = []

    async def moved(old_id: int, new_id: int) -> None:
        moves.append((old_id, new_id))

    outcome = await send_resilient(migrated, 5, on_migrate=moved)
    assert (outcome.status, outcome.chat_id, moves) == (SendStatus.SENT, -1009, [(5, -1009)])

    async def blocked(chat_id: int) -> int:
        raise Forbidden("Forbidden: bot was blocked by the user")

    outcome = await send_resilient(blocked, 5, sleep=sleeps)
    assert outcome.status is SendStatus.BLOCKED


async def test_with_no_question_to_send_the_chat_is_told_and_the_day_closed(
    daily: DailyHarness,
) -> None:
    alice = daily.api.user(1001, "Alice")
    await daily.say(alice, "/daily 08:00 UTC")
    with Session(daily.engine) as session:
        for qset in session.exec(select(QuestionSetRow)).all():
            qset.retired_at = daily.clock.now
            session.add(qset)
        session.commit()
    daily.at(2026, 3, 3, 8, 0)
    report = await daily.tick()
    assert (report.sent, report.failed) == (0, 1)
    assert "no question sets" in daily.sent_to(alice)[-1].text
    assert [(d.status, d.error) for d in daily.days()] == [("failed", "no question: no_sets")]


async def test_a_dispatcher_pass_counts_its_sends_in_the_metrics(daily: DailyHarness) -> None:
    alice, bob = daily.api.user(1001, "Alice"), daily.api.user(1002, "Bob")
    for user in (alice, bob):
        await daily.say(user, "/daily 08:00 UTC")
    daily.api.block(bob)
    registry = services_of(daily.app).metrics.registry

    def counted() -> tuple[float | None, float | None]:
        return (
            registry.get_sample_value("quizbot_daily_sent_total"),
            registry.get_sample_value("quizbot_daily_failed_total", {"reason": "blocked"}),
        )

    assert counted() == (0.0, None)
    daily.at(2026, 3, 3, 8, 0)
    await daily.tick()
    assert counted() == (1.0, 1.0)
    await daily.tick()  # nothing due: nothing more is counted
    assert counted() == (1.0, 1.0)


async def test_one_flooded_chat_never_holds_up_the_others(daily: DailyHarness) -> None:
    api = daily.api
    users = [api.user(1001 + i, f"User{i}") for i in range(4)]
    for user in users:
        await daily.say(user, "/daily 08:00 UTC")
    flooded, others = users[0], users[1:]
    before = {user.id: len(daily.sent_to(user)) for user in users}

    def sent_to_all(chats: list[FakeUser]) -> bool:
        return all(len(daily.sent_to(user)) > before[user.id] for user in chats)

    waits: list[tuple[float, bool]] = []

    async def wait_out(seconds: float) -> None:
        # Flood control for one chat: this request waits, and only it. While it waits, every
        # other chat still gets its question (a limiter holding all requests never would).
        await api.wait_for(lambda: sent_to_all(others), timeout=5, what="the other chats")
        waits.append((seconds, sent_to_all([flooded])))

    limiter = daily.app.bot.rate_limiter
    assert isinstance(limiter, FloodWait)
    limiter.sleep = wait_out
    api.fail_next("sendMessage", retry_after=30, chat_id=flooded.id)
    daily.at(2026, 3, 3, 8, 0)
    report = await daily.tick()

    assert waits == [(30.0, False)]  # waited once, in that chat only, before its send
    assert report.sent == 4 and sent_to_all(users)
    assert len(api.calls_to("sendMessage")) == sum(before.values()) + 5  # one resend in all
    assert daily.sleeps.waited == []  # send_resilient did not wait a second time
