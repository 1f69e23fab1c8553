"""Quiz rounds in groups (/game, /stop): timed polls, speed points, podium, restarts."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.jobs.rounds import runner_of
from bot.service.round_types import LEAD, speed_points
from bot.service.sets import store_read_set
from bot.settings import Settings
from db.models import RoundAnswer, RoundQuestion
from tests.bot.conftest import BotHarness, Clock, start_bot
from tests.bot.test_private_game import buttons, correct_button, wrong_button
from tests.fakebot import BotMessage, FakeBotApi, FakeChat, FakeUser
from tests.helpers import count_rows, make_set


def round_settings(make_settings: Callable[..., Settings], api: FakeBotApi) -> Settings:
    """Settings for round tests: the sample set, and only the ticks the test makes.

    The rate limiter counts real seconds, and a test plays minutes of the bot's clock in a few
    of them: it would hold sends back and leave the test racing it. The round's own pacing
    (by the bot's clock) is what these tests check.
    """
    return make_settings(
        api, default_set="sample", round_check_seconds=3600, group_send_rate_per_minute=6000
    )


@pytest.fixture
async def game(engine: Engine, make_settings: Callable[..., Settings]) -> AsyncIterator[BotHarness]:
    """Run the bot with a five-question sample set as every chat's set."""
    store_read_set(engine, make_set(5))
    clock = Clock()
    async with FakeBotApi() as api:
        settings = round_settings(make_settings, api)
        async with start_bot(api, settings, engine, clock) as app:
            yield BotHarness(api, app, engine, clock, settings)


async def tick(h: BotHarness) -> None:
    """Run one pass of the round dispatcher (what the repeating job does every second)."""
    await runner_of(h.app).tick()


def polls(api: FakeBotApi, chat: FakeChat) -> list[BotMessage]:
    """Return the quiz polls the bot sent in a chat."""
    return [m for m in api.messages(chat) if m.kind == "poll"]


def right(poll: BotMessage) -> int:
    """Return the right option of a quiz poll, as Telegram knows it."""
    assert poll.poll is not None
    return int(poll.poll["correct_option_ids"][0])


def wrong(poll: BotMessage) -> int:
    """Return a wrong option of a quiz poll."""
    return (right(poll) + 1) % 3


async def say(h: BotHarness, user: FakeUser, chat: FakeChat, text: str) -> BotMessage:
    """Send a command in a chat and return the bot's reply."""
    await h.api.send_text(user, text, chat=chat)
    return await h.api.wait_for_message(chat=chat)


async def next_poll(h: BotHarness, chat: FakeChat, count: int) -> BotMessage:
    """Run the dispatcher and return the chat's `count`-th poll."""
    await tick(h)
    found = await h.api.wait_for(
        lambda: polls(h.api, chat)[count - 1] if len(polls(h.api, chat)) >= count else None,
        what=f"poll {count}",
    )
    await h.api.wait_for(lambda: _recorded(h, found), what="poll recorded")
    return found


def _recorded(h: BotHarness, poll: BotMessage) -> bool:
    """Return True once the bot stored the poll's id (its answers can be matched)."""
    assert poll.poll is not None
    with Session(h.engine) as session:
        found = session.exec(select(RoundQuestion).where(RoundQuestion.poll_id == poll.poll["id"]))
        return found.first() is not None


async def answer(h: BotHarness, user: FakeUser, poll: BotMessage, option: int, stored: int) -> None:
    """Vote in a poll and wait until the bot has stored `stored` round answers in all."""
    await h.api.answer_poll(user, poll, [option])
    await h.api.wait_for(lambda: _answered(h, stored), what=f"{stored} answers stored")


def texts_in(api: FakeBotApi, chat: FakeChat) -> list[str]:
    """Return the bot's text messages in a chat."""
    return [m.text or "" for m in api.messages(chat) if m.kind == "text"]


def test_speed_points_follow_kahoots_rule() -> None:
    assert speed_points(0, 30) == 1000
    assert speed_points(3, 30) == 950
    assert speed_points(24, 30) == 600
    assert speed_points(30, 30) == 500
    assert speed_points(45, 30) == 500  # accepted by Telegram in time, seen late by the bot


async def test_round_of_three_gives_speed_points_and_a_podium(game: BotHarness) -> None:
    api, clock = game.api, game.clock
    ann, ben, cat = api.user(2001, "Ann"), api.user(2002, "Ben"), api.user(2003, "Cat")
    club = api.group(-100700, "Quiz Club", admins=[ann], members=[ben, cat])

    announced = await say(game, ann, club, "/game 3 30")
    assert "Quiz round" in (announced.text or "") and "3 questions, 30 s each" in (
        announced.text or ""
    )
    for player in (ann, ben, cat):
        await api.press(player, announced, "Join")
    await api.wait_for(lambda: len(api.callback_answers) == 3, what="3 joins")

    await tick(game)
    assert polls(api, club) == []  # the announcement stands for its lead time first
    for number in (1, 2, 3):
        if number == 1:
            clock.advance(seconds=LEAD.total_seconds())
        poll = await next_poll(game, club, number)
        assert poll.poll is not None
        assert poll.poll["type"] == "quiz" and poll.poll["open_period"] == 30
        assert poll.poll["question"].startswith(f"[{number}/3] ")
        done = 3 * (number - 1)
        clock.advance(seconds=3)
        await answer(game, ann, poll, right(poll), done + 1)
        clock.advance(seconds=21)
        await answer(game, ben, poll, right(poll), done + 2)
        await api.answer_poll(cat, poll, [wrong(poll)])
        # Everyone who joined answered: the poll closes at once.
        await api.wait_for(lambda p=poll: p.poll and p.poll["is_closed"], what="poll closed")
        if number < 3:
            line = await api.wait_for_message(club, predicate=lambda m: "After" in (m.text or ""))
            assert line.text == f"📊 After {number} of 3: 🥇 Ann {950 * number} · " + (
                f"🥈 Ben {600 * number} · 🥉 Cat 0"
            )

    podium = await api.wait_for_message(club, predicate=lambda m: "Round over" in (m.text or ""))
    lines = (podium.text or "").splitlines()
    assert lines[1] == "🥇 Ann — 2850 points · 3/3 right · avg 3.0 s"
    assert lines[2] == "🥈 Ben — 1800 points · 3/3 right · avg 24.0 s"
    assert lines[3] == "🥉 Cat — 0 points · 0/3 right · avg 24.0 s"
    assert len(polls(api, club)) == 3  # no question twice

    board = await say(game, ben, club, "/leaderboard")
    assert "Ann — 2850" in (board.text or "") and "Ben — 1800" in (board.text or "")
    # Over: /quiz plays again.
    after = await say(game, ben, club, "/quiz")
    assert after.kind == "poll"


async def test_stop_ends_a_round_with_standings_so_far(game: BotHarness) -> None:
    api, clock = game.api, game.clock
    ann, ben = api.user(2101, "Ann"), api.user(2102, "Ben")
    club = api.group(-100710, "Stoppers", admins=[ann], members=[ben])

    refused = await say(game, ben, club, "/game 3 20")
    assert "administrators" in (refused.text or "")
    await say(game, ann, club, "/game 3 20")
    clock.advance(seconds=LEAD.total_seconds())
    poll = await next_poll(game, club, 1)
    running = await say(game, ben, club, "/quiz")
    assert "round is running" in (running.text or "")
    clock.advance(seconds=2)
    await answer(game, ben, poll, right(poll), 1)

    refused_stop = await say(game, ben, club, "/stop")
    assert "administrators" in (refused_stop.text or "")
    stopped = await say(game, ann, club, "/stop")
    assert "Round stopped" in (stopped.text or "") and "1 of 3" in (stopped.text or "")
    assert "🥇 Ben — 950 points · 1/1 right" in (stopped.text or "")
    assert poll.poll is not None and poll.poll["is_closed"]

    clock.advance(minutes=5)
    await tick(game)
    assert len(polls(api, club)) == 1  # nothing more after /stop
    again = await say(game, ann, club, "/stop")
    assert "No quiz round" in (again.text or "")


def _answered(h: BotHarness, count: int) -> bool:
    """Return True once `count` round answers are stored."""
    return count_rows(h.engine, RoundAnswer) >= count


async def test_a_poll_whose_time_ran_out_is_closed_and_the_round_goes_on(
    game: BotHarness,
) -> None:
    api, clock = game.api, game.clock
    ann, ben = api.user(2201, "Ann"), api.user(2202, "Ben")
    club = api.group(-100720, "Slow Club", admins=[ann], members=[ben])
    await say(game, ann, club, "/game 3 30")
    clock.advance(seconds=LEAD.total_seconds())
    first = await next_poll(game, club, 1)
    # Ben never pressed Join: he joins by answering, which does not close the poll early.
    clock.advance(seconds=5)
    await answer(game, ben, first, right(first), 1)
    await tick(game)
    assert first.poll is not None and not first.poll["is_closed"]

    clock.advance(seconds=26)
    api.expire_poll(first)  # Telegram closed it when open_period ran out
    second = await next_poll(game, club, 2)
    assert second.poll is not None and second.poll["question"].startswith("[2/3] ")
    assert "📊 After 1 of 3: 🥇 Ben 917" in texts_in(api, club)
    assert api.calls_to("stopPoll")  # asked; "already closed" is fine
    await tick(game)
    assert len(polls(api, club)) == 2


async def test_a_round_survives_a_restart_without_sending_a_question_twice(
    engine: Engine, make_settings: Callable[..., Settings]
) -> None:
    store_read_set(engine, make_set(5))
    clock = Clock()
    async with FakeBotApi() as api:
        settings = round_settings(make_settings, api)
        ann, ben = api.user(2301, "Ann"), api.user(2302, "Ben")
        club = api.group(-100730, "Crash Club", admins=[ann], members=[ben])
        async with start_bot(api, settings, engine, clock) as app:
            h = BotHarness(api, app, engine, clock, settings)
            announced = await say(h, ann, club, "/game 3 30")
            await api.press(ben, announced, "Join")
            await api.wait_for(lambda: api.callback_answers, what="join")
            clock.advance(seconds=LEAD.total_seconds())
            first = await next_poll(h, club, 1)
            clock.advance(seconds=6)
            await answer(h, ben, first, right(first), 1)
        # The bot is down while the poll's time runs out.
        clock.advance(seconds=60)
        api.expire_poll(first)
        async with start_bot(api, settings, engine, clock) as app:
            h = BotHarness(api, app, engine, clock, settings)
            second = await next_poll(h, club, 2)
            clock.advance(seconds=10)
            await answer(h, ben, second, right(second), 2)
            third = await next_poll(h, club, 3)
            clock.advance(seconds=30)
            await api.answer_poll(ben, third, [wrong(third)])
            podium = await api.wait_for_message(
                club, predicate=lambda m: "Round over" in (m.text or "")
            )
    questions = [p.poll["question"] for p in polls(api, club) if p.poll]
    assert len(questions) == 3 and len(set(questions)) == 3
    # 6 s: 900, 10 s: 833, wrong: 0.
    assert "🥇 Ben — 1733 points · 2/3 right" in (podium.text or "")


async def test_two_groups_play_at_once_without_mixing(game: BotHarness) -> None:
    api, clock = game.api, game.clock
    ann, ben = api.user(2401, "Ann"), api.user(2402, "Ben")
    north = api.group(-100741, "North", admins=[ann])
    south = api.group(-100742, "South", admins=[ben])
    for admin, group in ((ann, north), (ben, south)):
        announced = await say(game, admin, group, "/game 3 10")
        await api.press(admin, announced, "Join")
    await api.wait_for(lambda: len(api.callback_answers) == 2, what="joins")
    clock.advance(seconds=LEAD.total_seconds())
    for number in (1, 2, 3):
        north_poll = await next_poll(game, north, number)
        south_poll = await next_poll(game, south, number)
        clock.advance(seconds=2)
        await answer(game, ann, north_poll, right(north_poll), 2 * number - 1)
        await answer(game, ben, south_poll, wrong(south_poll), 2 * number)
        clock.advance(seconds=10)
    for group, winner, loser in ((north, "Ann", "Ben"), (south, "Ben", "Ann")):
        podium = await api.wait_for_message(
            group, predicate=lambda m: "Round over" in (m.text or "")
        )
        assert winner in (podium.text or "") and loser not in (podium.text or "")
        assert len(polls(api, group)) == 3
    north_board = await say(game, ann, north, "/leaderboard")
    assert "Ann — 2700" in (north_board.text or "") and "Ben" not in (north_board.text or "")


async def test_a_group_migrated_mid_round_plays_on_under_its_new_id(game: BotHarness) -> None:
    api, clock = game.api, game.clock
    ann = api.user(2501, "Ann")
    club = api.group(-100750, "Old Club", admins=[ann], chat_type="group")
    announced = await say(game, ann, club, "/game 3 10")
    await api.press(ann, announced, "Join")
    clock.advance(seconds=LEAD.total_seconds())
    first = await next_poll(game, club, 1)
    clock.advance(seconds=1)
    await answer(game, ann, first, right(first), 1)
    new = api.migrate(club, -1001000750)
    clock.advance(seconds=10)
    second = await next_poll(game, new, 1)
    assert second.poll is not None and second.poll["question"].startswith("[2/3] ")
    clock.advance(seconds=1)
    await answer(game, ann, second, right(second), 2)
    line = await api.wait_for_message(new, predicate=lambda m: "After" in (m.text or ""))
    assert line.text == "📊 After 2 of 3: 🥇 Ann 1900"
    running = await say(game, ann, new, "/quiz")
    assert "round is running" in (running.text or "")


async def asked(h: BotHarness, user: FakeUser, number: int) -> BotMessage:
    """Wait for question `number` of a private round."""
    heading = f"🎮 Question {number} of 3"
    found = await h.api.wait_for_message(
        user, predicate=lambda m: (m.text or "").startswith(heading), since=0
    )
    await h.api.wait_for(lambda: _sent(h, found.message_id), what="question recorded")
    return found


def _sent(h: BotHarness, message_id: int) -> bool:
    """Return True once the bot recorded a private round question as sent."""
    with Session(h.engine) as session:
        found = session.exec(select(RoundQuestion).where(RoundQuestion.message_id == message_id))
        return found.first() is not None


async def test_a_private_round_asks_in_a_row_and_sums_up(game: BotHarness) -> None:
    api = game.api
    eve = api.user(2601, "Eve")
    await api.send_text(eve, "/game 3")
    start, first = await api.wait_for_messages(eve, count=2)
    assert "3 questions in a row" in (start.text or "")
    assert (first.text or "").startswith("🎮 Question 1 of 3")
    for number, pick in ((1, correct_button), (2, wrong_button), (3, correct_button)):
        question = await asked(game, eve, number)
        game.clock.advance(seconds=4)
        await api.press(eve, question, pick(game, question))
        await api.wait_for_edit(question)
        assert buttons(question) == []  # the next question comes by itself
    summary = await api.wait_for_message(eve, predicate=lambda m: "Round over" in (m.text or ""))
    text = summary.text or ""
    assert "Score: 2 of 3 right." in text and "Time: 12 s in all, 4.0 s a question." in text
    assert "To review:" in text and "What is answer number 2? — Right 2" in text
    again = await say(game, eve, api.chat(eve), "/quiz")
    assert "Round over" not in (again.text or "") and buttons(again)


async def test_a_private_round_with_a_timer_moves_on_when_time_is_up(game: BotHarness) -> None:
    api = game.api
    eve = api.user(2701, "Eve")
    await api.send_text(eve, "/game 3 10")
    start, first = await api.wait_for_messages(eve, count=2)
    assert "10 s for each question" in (start.text or "")
    running = await say(game, eve, api.chat(eve), "/quiz")
    assert "round is running" in (running.text or "")
    game.clock.advance(seconds=11)
    await tick(game)
    up = await api.wait_for_message(eve, predicate=lambda m: "Time's up" in (m.text or ""))
    assert "The answer was" in (up.text or "") and buttons(first) == []
    await asked(game, eve, 2)
    stopped = await say(game, eve, api.chat(eve), "/stop")
    assert "Round stopped" in (stopped.text or "") and "Score: 0 of 2 right." in (
        stopped.text or ""
    )


def group_requests(api: FakeBotApi, chat: FakeChat) -> int:
    """Count the requests the bot made to a group that Telegram's per-group limit counts."""
    counted = {"sendMessage", "sendPoll", "stopPoll"}
    return sum(
        1 for call in api.calls if call.method in counted and call.params.get("chat_id") == chat.id
    )


async def test_a_fast_round_stays_within_twenty_messages_a_minute(game: BotHarness) -> None:
    api, clock = game.api, game.clock
    ann = api.user(2801, "Ann")
    club = api.group(-100780, "Fast Club", admins=[ann])
    store_read_set(game.engine, make_set(12, slug="big", title="Big set"))
    await say(game, ann, club, "/use big")
    announced = await say(game, ann, club, "/game 10 10")
    await api.press(ann, announced, "Join")
    await api.wait_for(lambda: api.callback_answers, what="join")
    sent_at: list[float] = [0.0]  # the announcement, at second 0 of the round
    seen, answered, elapsed = group_requests(api, club), 0, 0
    # Ann answers every question within a second: the bot may close each at once, but must
    # not send the next one sooner than the limit allows.
    while "Round over" not in " ".join(texts_in(api, club)) and elapsed < 300:
        clock.advance(seconds=1)
        elapsed += 1
        await tick(game)
        now = group_requests(api, club)
        sent_at += [float(elapsed)] * (now - seen)
        seen = now
        open_polls = [p for p in polls(api, club) if p.poll and not p.poll["is_closed"]]
        if open_polls and len(polls(api, club)) > answered:
            poll = open_polls[-1]
            await api.wait_for(lambda p=poll: _recorded(game, p), what="poll recorded")
            answered += 1
            await answer(game, ann, poll, right(poll), answered)
            now = group_requests(api, club)
            sent_at += [float(elapsed)] * (now - seen)
            seen = now
    assert "Round over" in " ".join(texts_in(api, club)) and len(polls(api, club)) == 10
    assert len(sent_at) == 1 + 10 + 10 + 9 + 1  # announcement, polls, stops, standings, podium
    busiest = max(sum(1 for t in sent_at if start <= t < start + 60) for start in sent_at)
    assert 15 <= busiest <= 20
