"""The dispatcher through the real bot: due times, DST, restarts, downtime and crashes."""

from __future__ import annotations

import asyncio
import threading
from typing import Any

from sqlmodel import Session

from bot.context import services_of
from bot.jobs.daily import dispatcher_of
from bot.service.quiz import AnswerOutcome, AnswerStatus
from bot.views import texts
from bot.views.i18n import ENGLISH
from db.models import Chat, Delivery
from tests.bot.conftest import start_bot
from tests.bot.test_private_game import buttons, correct_button
from tests.daily.conftest import DailyHarness, quiet


async def test_two_zones_due_at_the_same_utc_minute_each_get_one_question(
    daily: DailyHarness,
) -> None:
    api = daily.api
    alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
    await daily.say(alice, "/daily 08:30 Europe/Berlin")  # 07:30 UTC in winter
    await daily.say(bob, "/daily 10:30 Europe/Moscow")  # 07:30 UTC too
    daily.at(2026, 3, 3, 7, 29)
    report = await daily.tick()
    assert (report.sent, report.prepared) == (0, 2)  # picked ahead, sent on time
    daily.at(2026, 3, 3, 7, 30)
    report = await daily.tick()
    assert report.sent == 2
    for user in (alice, bob):
        question = daily.sent_to(user)[-1]
        assert question.text.startswith("📅 Daily question")
        assert len(buttons(question)) >= 3
    # The same minute again, and later that day: nothing more.
    assert (await daily.tick()).sent == 0
    daily.at(2026, 3, 3, 20, 0)
    assert (await daily.tick()).sent == 0
    assert [d.status for d in daily.days()] == ["sent", "sent"]
    assert {str(d.local_date) for d in daily.days()} == {"2026-03-03"}


async def test_a_day_across_the_berlin_spring_forward_switch(daily: DailyHarness) -> None:
    alice = daily.api.user(1001, "Alice")
    await daily.say(alice, "/daily 09:00 Europe/Berlin")
    daily.at(2026, 3, 28, 8, 0)  # Saturday, 09:00 CET
    assert (await daily.tick()).sent == 1
    # Sunday 29 March the clocks go forward: 09:00 CEST is 07:00 UTC, an hour earlier.
    daily.at(2026, 3, 29, 6, 59)
    assert (await daily.tick()).sent == 0
    daily.at(2026, 3, 29, 7, 0)
    assert (await daily.tick()).sent == 1
    daily.at(2026, 3, 29, 8, 0)  # what 09:00 would have been in winter time
    assert (await daily.tick()).sent == 0
    sub = daily.subscription(alice.id)
    assert sub is not None and sub.next_due_at.isoformat() == "2026-03-30T07:00:00+00:00"
    assert [str(d.local_date) for d in daily.days()] == ["2026-03-28", "2026-03-29"]


async def test_restart_rebuilds_the_schedule_from_the_database(daily: DailyHarness) -> None:
    alice = daily.api.user(1001, "Alice")
    await daily.say(alice, "/daily 08:00 UTC")
    await daily.app.stop()  # the old process goes away; the database stays
    daily.at(2026, 3, 3, 8, 0)
    async with start_bot(daily.api, daily.settings, daily.engine, daily.clock) as app:
        quiet(app)
        assert (await dispatcher_of(app).run_once()).sent == 1
    assert daily.sent_to(alice)[-1].text.startswith("📅 Daily question")


async def test_downtime_within_grace_catches_up_and_longer_skips_a_day(
    daily: DailyHarness,
) -> None:
    api = daily.api
    early, late = api.user(1001, "Early"), api.user(1002, "Late")
    await daily.say(early, "/daily 03:00 UTC")
    await daily.say(late, "/daily 08:30 UTC")
    # The bot was down from the evening until 13:00: 08:30 was 4.5 h ago (within the 6 h
    # grace), 03:00 was 10 h ago (beyond it).
    daily.at(2026, 3, 3, 13, 0)
    report = await daily.tick()
    assert (report.sent, report.skipped) == (1, 1)
    assert daily.sent_to(late)[-1].text.startswith("📅")
    assert not daily.sent_to(early)[-1].text.startswith("📅")
    sub = daily.subscription(early.id)
    assert sub is not None and sub.next_due_at.isoformat() == "2026-03-04T03:00:00+00:00"
    # The skipped one is back the next day.
    daily.at(2026, 3, 4, 3, 0)
    assert (await daily.tick()).sent == 1
    assert daily.sent_to(early)[-1].text.startswith("📅")
    assert sorted((d.status, str(d.local_date)) for d in daily.days()) == [
        ("sent", "2026-03-03"),
        ("sent", "2026-03-04"),
        ("skipped", "2026-03-03"),
    ]


async def test_a_crash_mid_broadcast_sends_each_chat_once_after_restart(
    daily: DailyHarness,
) -> None:
    api = daily.api
    users = [api.user(1001 + i, f"User{i}") for i in range(4)]
    for user in users:
        await daily.say(user, "/daily 08:00 UTC")
    before = {user.id: len(daily.sent_to(user)) for user in users}
    daily.at(2026, 3, 3, 8, 0)
    service = daily.dispatcher.daily.service
    # The process claims the broadcast (pending rows written, next days moved on) ...
    jobs, _ = service.claim_due()
    by_chat = {job.place.id: job for job in jobs}
    assert len(jobs) == 4
    # ... picks and links the question for User1 but dies before sending it; sends User2's and
    # records its message id but dies before marking it sent; User0 and User3 were untouched.
    service.question_for(by_chat[users[1].id])
    finished = await daily.dispatcher.deliver(by_chat[users[2].id])
    with Session(daily.engine) as session:
        delivery = session.get(Delivery, finished.delivery_id)
        assert delivery is not None
        delivery.message_id = finished.message_id
        session.add(delivery)
        session.commit()
    await daily.app.stop()
    # A new process on the same database, after the dead one's lease (5 min) ran out: one pass
    # resolves everything.
    daily.at(2026, 3, 3, 8, 6)
    async with start_bot(api, daily.settings, daily.engine, daily.clock) as app:
        quiet(app)
        report = await dispatcher_of(app).run_once()
        assert (report.resent, report.already_sent, report.sent) == (3, 1, 3)
        assert (await dispatcher_of(app).run_once()).total == 0
    for user in users:
        assert len(daily.sent_to(user)) - before[user.id] == 1, user.first_name
    assert [d.status for d in daily.days()] == ["sent"] * 4


async def test_a_maybe_sent_day_is_resent_as_the_same_question(daily: DailyHarness) -> None:
    # Telegram delivered it, but the process died before recording the message id: the one
    # window where the policy is at-least-once. The resend is the same delivery, so the two
    # copies share their buttons and only one answer can count.
    alice = daily.api.user(1001, "Alice")
    await daily.say(alice, "/daily 08:00 UTC")
    daily.at(2026, 3, 3, 8, 0)
    service = daily.dispatcher.daily.service
    jobs, _ = service.claim_due()
    await daily.dispatcher.deliver(jobs[0])  # sent, but never finished
    assert (await daily.tick()).resent == 0  # the sender's lease still runs
    daily.at(2026, 3, 3, 8, 6)  # the lease is over: the sender must have died
    report = await daily.tick()
    assert (report.resent, report.sent) == (1, 1)
    first, second = daily.sent_to(alice)[-2:]
    assert first.text == second.text and first.reply_markup == second.reply_markup
    await daily.api.press(alice, second, correct_button(daily, second))
    await daily.api.wait_for_edit(second)
    update = await daily.api.press(alice, first, correct_button(daily, first))
    answer = await daily.api.wait_for_callback_answer(update["callback_query"]["id"])
    assert answer.text == texts.press_notice(ENGLISH, AnswerStatus.ALREADY_ANSWERED)


async def test_daily_streak_counts_consecutive_days_and_resets_after_a_gap(
    daily: DailyHarness,
) -> None:
    api = daily.api
    alice = api.user(1001, "Alice")
    await daily.say(alice, "/daily 08:00 Europe/Berlin")

    async def answer_today(day: int) -> None:
        daily.at(2026, 3, day, 7, 0)
        assert (await daily.tick()).sent == 1
        question = daily.sent_to(alice)[-1]
        await api.press(alice, question, correct_button(daily, question))
        await api.wait_for_edit(question)

    async def daily_streak(day: int) -> str:
        daily.at(2026, 3, day, 12, 0)
        card = await daily.say(alice, "/score")
        return next(line for line in card.text.splitlines() if line.startswith("Daily streak"))

    await answer_today(3)
    await answer_today(4)
    assert await daily_streak(4) == "Daily streak: 2 days (best 2)"
    assert await daily_streak(5) == "Daily streak: 2 days (best 2)"  # today is still open
    assert await daily_streak(6) == "Daily streak: 0 days (best 2)"  # the 5th was missed
    daily.at(2026, 3, 5, 12, 0)  # (the ticks the bot missed on the 5th are skipped)
    await answer_today(6)
    assert await daily_streak(6) == "Daily streak: 1 day (best 2)"


async def test_a_group_gets_a_marked_quiz_poll_that_scores(daily: DailyHarness) -> None:
    api = daily.api
    admin = api.user(2001, "Ada")
    group = api.group(-1001234, "Quiz club", admins=[admin])
    await daily.say(admin, "/daily 09:00 Europe/Berlin", chat=group)
    daily.at(2026, 3, 3, 8, 0)
    assert (await daily.tick()).sent == 1
    poll = daily.sent_to(group)[-1]
    assert poll.kind == "poll" and poll.poll is not None
    assert poll.poll["question"].startswith("📅 ") and poll.poll["type"] == "quiz"
    await api.answer_poll(admin, poll, poll.poll["correct_option_ids"])
    await daily.say(admin, "/quiz")  # a round trip, so the poll answer has been handled
    with Session(daily.engine) as session:
        chat = session.get(Chat, group.id)
        assert chat is not None and chat.timezone == "Europe/Berlin"
    card = await daily.say(admin, "/score", chat=group)
    # The daily streak is the player's own: shown in their private /score, not the group's.
    assert "Points: 1" in card.text and "Daily streak" not in card.text
    own = await daily.say(admin, "/score")
    assert "Daily streak: 1 day" in own.text


async def test_a_slow_answer_never_holds_up_the_daily_broadcast(daily: DailyHarness) -> None:
    api = daily.api
    alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
    await daily.say(alice, "/daily 08:00 UTC")
    question = await daily.say(bob, "/quiz")
    quiz = services_of(daily.app).quiz.service
    judge = quiz.answer
    entered, release, judged = threading.Event(), threading.Event(), threading.Event()

    def slow_answer(*args: Any) -> AnswerOutcome:
        entered.set()
        release.wait(timeout=10)  # the database is slow: this transaction takes its time
        outcome = judge(*args)
        judged.set()
        return outcome

    quiz.answer = slow_answer  # type: ignore[method-assign]
    pressed = await api.press(bob, question, correct_button(daily, question))
    assert await asyncio.to_thread(entered.wait, 10)  # Bob's answer is being judged
    daily.at(2026, 3, 3, 8, 0)
    report = await daily.tick()  # the event loop is free: the broadcast goes out meanwhile
    assert report.sent == 1 and not judged.is_set()
    release.set()
    answer = await api.wait_for_callback_answer(pressed["callback_query"]["id"], timeout=10)
    assert answer.text == texts.CORRECT_ALERT
