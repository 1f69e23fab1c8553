"""/leaderboard day and month: local calendar days and months, across DST and month ends."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.settings import Settings
from db.models import Answer, PeriodBucket
from tests.bot.conftest import (
    SECOND_SET,
    TRICKY_SET,
    BotHarness,
    Clock,
    load_sets,
    start_bot,
)
from tests.bot.test_group_and_boards import group_poll, poll_answer_index
from tests.bot.test_private_game import ask, correct_button
from tests.fakebot import FakeBotApi, FakeUser


@pytest.fixture
async def berlin(
    engine: Engine, make_settings: Callable[..., Settings]
) -> AsyncIterator[BotHarness]:
    """Run the bot with everyone's boards in Berlin time (DEFAULT_TIMEZONE)."""
    load_sets(engine, TRICKY_SET, SECOND_SET)
    clock = Clock()
    async with FakeBotApi() as api:
        settings = make_settings(api, default_timezone="Europe/Berlin")
        async with start_bot(api, settings, engine, clock) as app:
            yield BotHarness(api, app, engine, clock, settings)


async def score_one(h: BotHarness, user: FakeUser) -> None:
    """Answer one private question right."""
    question = await ask(h, user)
    await h.api.press(user, question, correct_button(h, question))
    await h.api.wait_for_edit(question)


def at(h: BotHarness, *when: int) -> None:
    """Set the clock to a UTC instant."""
    h.clock.now = datetime(*when, tzinfo=UTC)  # type: ignore[misc]


async def test_day_and_month_follow_berlin_midnight_after_the_spring_switch(
    berlin: BotHarness,
) -> None:
    api = berlin.api
    alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
    # 31 March 21:30 UTC is 23:30 in Berlin (summer time since the 29th): still March.
    at(berlin, 2026, 3, 31, 21, 30)
    await score_one(berlin, alice)
    await score_one(berlin, alice)
    day = await ask(berlin, alice, "/leaderboard day")
    assert "today, 2026-03-31" in day.text and "🥇 Alice — 2" in day.text
    # An hour later it is 00:30 on 1 April in Berlin, though still 31 March in UTC (and it
    # would still be March in winter time too): a new day and a new month begin.
    at(berlin, 2026, 3, 31, 22, 30)
    await score_one(berlin, bob)
    day = await ask(berlin, alice, "/leaderboard day")
    assert "today, 2026-04-01" in day.text
    assert "🥇 Bob — 1" in day.text and "Alice" not in day.text
    month = await ask(berlin, bob, "/leaderboard month")
    assert "month 2026-04" in month.text and "🥇 Bob — 1" in month.text
    assert "Alice" not in month.text
    everything = await ask(berlin, bob, "/leaderboard")
    assert "🥇 Alice — 2" in everything.text and "🥈 Bob — 1" in everything.text
    week = await ask(berlin, bob, "/leaderboard week")
    assert "🥇 Alice — 2" in week.text  # the seven-day board is unchanged
    # Later in April, Carol scores once: she shares Bob's rank on the month.
    at(berlin, 2026, 4, 20, 12, 0)
    carol = api.user(1003, "Carol")
    await score_one(berlin, carol)
    month = await ask(berlin, carol, "/leaderboard month")
    assert "🥇 Bob — 1" in month.text and "🥇 Carol — 1" in month.text  # a shared rank
    day = await ask(berlin, bob, "/leaderboard day")
    assert "today, 2026-04-20" in day.text and "🥇 Carol — 1" in day.text
    assert "Bob" not in day.text


async def test_a_group_counts_days_in_its_own_zone_across_the_autumn_switch(
    harness: BotHarness,
) -> None:
    api = harness.api
    ann, ben = api.user(2001, "Ann"), api.user(2002, "Ben")
    club = api.group(-100700, "Night Owls", admins=[ann], members=[ben])
    await api.send_text(ann, "/daily 09:00 America/New_York", chat=club)  # the group's zone
    await api.wait_for_message(chat=club)
    # New York leaves summer time at 06:00 UTC on 1 November 2026.
    at(harness, 2026, 11, 1, 3, 30)  # 23:30 EDT on 31 October
    poll = await group_poll(harness, ann, club)
    await api.answer_poll(ann, poll, [poll_answer_index(harness.engine, poll)])
    await api.wait_for(lambda: _answers(harness.engine) == 1, what="Ann's answer")
    at(harness, 2026, 11, 2, 4, 30)  # 23:30 EST on 1 November: an hour later in UTC terms
    poll = await group_poll(harness, ben, club)
    await api.answer_poll(ben, poll, [poll_answer_index(harness.engine, poll)])
    await api.wait_for(lambda: _answers(harness.engine) == 2, what="Ben's answer")
    await api.send_text(ben, "/leaderboard day", chat=club)
    day = await api.wait_for_message(chat=club)
    assert "Night Owls · today, 2026-11-01" in day.text
    assert "🥇 Ben — 1" in day.text and "Ann" not in day.text
    await api.send_text(ben, "/leaderboard month", chat=club)
    month = await api.wait_for_message(chat=club)
    assert "month 2026-11" in month.text and "Ann" not in month.text
    # Everyone's board counts in UTC (DEFAULT_TIMEZONE here): both answers fell in November.
    await api.send_text(ben, "/leaderboard month", chat=ben)
    mine = await api.wait_for_message(chat=ben)
    assert "everyone · month 2026-11" in mine.text
    assert "Ann — 1" in mine.text and "Ben — 1" in mine.text


async def test_unknown_board_names_say_which_exist(harness: BotHarness) -> None:
    alice = harness.api.user(1001, "Alice")
    reply = await ask(harness, alice, "/leaderboard year")
    assert "/leaderboard day" in reply.text and "/leaderboard month" in reply.text


def test_rank_buckets_hold_one_row_per_distinct_total(engine: Engine) -> None:
    """The day and month ranks sum buckets, so a rank never counts players (1M: see bench)."""
    from bot.service.quiz import QuizService
    from bot.service.scores import ScoreService
    from bot.service.types import Place, Player, ShownQuestion

    load_sets(engine, TRICKY_SET)
    now = datetime(2026, 5, 31, 23, 0, tzinfo=UTC)
    quiz = QuizService(engine, clock=lambda: now, board_zone="Asia/Tokyo")
    for user in range(1, 6):
        player = Player(user, f"P{user}")
        shown = quiz.next_question(Place(user), player)
        assert isinstance(shown, ShownQuestion)
        quiz.answer(shown.delivery_id, player, shown.correct_position)
    with Session(engine) as session:
        buckets = list(session.exec(select(PeriodBucket).where(PeriodBucket.users > 0)))
    # Tokyo is already in June: one bucket of 5 players each for the day and the month.
    assert sorted((b.period, str(b.starts), b.points, b.users) for b in buckets) == [
        ("day", "2026-06-01", 1, 5),
        ("month", "2026-06-01", 1, 5),
    ]
    board = ScoreService(engine, clock=lambda: now, board_zone="Asia/Tokyo").board(3, kind="month")
    assert board.players == 5 and all(line.rank == 1 for line in board.lines)


def _answers(engine: Engine) -> int:
    """Return how many answers are stored."""
    with Session(engine) as session:
        return len(list(session.exec(select(Answer))))
