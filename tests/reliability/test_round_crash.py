"""A group round across two `kill -9`s of `quizbot run`: each question once, every answer kept.

The round's pacing is set short (ROUND_LEAD_SECONDS, ROUND_MIN_QUESTION_SECONDS) and every
player answers every question, so each question closes at once and no timer has to run out:
the test waits only for the bot's own work. Waits poll the fake server and the database
against a deadline. On PostgreSQL too when TEST_DATABASE_URL is set.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.service.round_types import speed_points
from bot.service.sets import store_read_set
from tests.bot.test_game_rounds import polls, right, wrong
from tests.fakebot import BotMessage, FakeBotApi, FakeChat, FakeUser
from tests.helpers import make_set
from tests.reliability.conftest import BotProcess, reader, token_leaks

SECONDS = 30  # never runs out: everyone answers, which closes a question at once
PACE = {
    "ROUND_LEAD_SECONDS": "3",
    "ROUND_MIN_QUESTION_SECONDS": "1",
    "ROUND_CHECK_SECONDS": "0.2",
    "DEFAULT_SET": "sample",
}
WAIT = 20.0  # the deadline of every wait; the whole test takes about 10 s
RECHECK = 0.05  # how often the database is looked at between the fake server's events
# A request held this long outlives the process that made it (killed at once), and is over
# before the test ends (so the fake server need not wait for it when it stops).
HANG = 5.0

Row = tuple[int, int, bool, int, int]  # position, user, correct, points, answer_ms


def _rows(engine: Engine, sql: str) -> list[tuple[Any, ...]]:
    """Run a query on a fresh connection (what the bot process committed)."""
    with engine.connect() as connection:
        found = [tuple(row) for row in connection.execute(sa.text(sql))]
        connection.rollback()
    return found


def round_state(engine: Engine) -> tuple[str, int]:
    """Return the one round's phase and the position of its last question."""
    [(phase, position)] = _rows(engine, "SELECT phase, position FROM rounds")
    return str(phase), int(position)


def recorded_polls(engine: Engine) -> set[str]:
    """Return the poll ids of the round's questions the bot recorded as sent."""
    return {str(poll) for (poll,) in _rows(engine, "SELECT poll_id FROM round_questions") if poll}


def round_answers(engine: Engine) -> set[Row]:
    """Return every stored round answer."""
    rows = _rows(engine, "SELECT position, user_id, correct, points, answer_ms FROM round_answers")
    return {(int(p), int(u), bool(c), int(pts), int(ms)) for p, u, c, pts, ms in rows}


def scores(engine: Engine, scope: int) -> dict[int, tuple[int, int, int]]:
    """Return each player's (points, answered, right) on a board."""
    rows = _rows(
        engine, f"SELECT user_id, points, answered, correct FROM scores WHERE scope = {scope}"
    )
    return {int(u): (int(p), int(a), int(c)) for u, p, a, c in rows}


async def until(api: FakeBotApi, check: Callable[[], bool], what: str) -> None:
    """Wait until `check` holds, looking on every bot call and every RECHECK s; fail at WAIT."""
    deadline = asyncio.get_running_loop().time() + WAIT
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out after {WAIT}s waiting for {what}\n{api.describe()}")
        with contextlib.suppress(AssertionError):
            await api.wait_for(check, timeout=RECHECK, what=what)


async def question(api: FakeBotApi, engine: Engine, club: FakeChat, number: int) -> BotMessage:
    """Wait for the round's `number`-th poll and for the bot to record it (answers match it)."""
    poll = await api.wait_for(
        lambda: polls(api, club)[number - 1] if len(polls(api, club)) >= number else None,
        timeout=WAIT,
        what=f"question {number}",
    )
    assert poll.poll is not None
    poll_id = str(poll.poll["id"])
    await until(api, lambda: poll_id in recorded_polls(engine), f"question {number} recorded")
    return poll


async def answer(
    api: FakeBotApi, engine: Engine, user: FakeUser, poll: BotMessage, option: int, stored: int
) -> None:
    """Vote, and wait until the bot stored `stored` round answers in all (the next is slower)."""
    await api.answer_poll(user, poll, [option])
    await until(api, lambda: len(round_answers(engine)) >= stored, f"{stored} answers stored")


async def test_kill_9_between_questions_and_mid_question_finishes_the_round_once(
    tmp_path: Path, database_url: str, engine: Engine
) -> None:
    store_read_set(engine, make_set(5))
    looker = reader(database_url) if database_url.startswith("sqlite") else engine
    async with (
        FakeBotApi() as api,
        BotProcess(tmp_path, api, env=PACE, database=database_url) as bot,
    ):
        ann, ben, cat = api.user(2901, "Ann"), api.user(2902, "Ben"), api.user(2903, "Cat")
        club = api.group(-100990, "Crash Club", admins=[ann], members=[ben, cat])
        await bot.start()
        await api.send_text(ann, f"/game 3 {SECONDS}", chat=club)
        announced = await api.wait_for_message(club, timeout=WAIT)
        assert f"3 questions, {SECONDS} s each." in (announced.text or "")
        assert "First question in 3 s!" in (announced.text or "")
        for player in (ann, ben, cat):
            await api.press(player, announced, "Join")
        await api.wait_for(lambda: len(api.callback_answers) == 3, timeout=WAIT, what="3 joins")
        assert recorded_polls(looker) == set() and round_state(looker) == ("waiting", -1), (
            "the first question came before everyone joined: it would not close early"
        )

        # Question 1: Ann right, then Ben right (slower), Cat wrong; the poll closes at once.
        first = await question(api, looker, club, 1)
        # The standings line after it hangs at Telegram, and a round's steps run one after
        # another: the kill lands after question 1 closed and before question 2 is claimed.
        api.fail_next("sendMessage", delay=HANG, chat_id=club.id)
        await answer(api, looker, ann, first, right(first), 1)
        await answer(api, looker, ben, first, right(first), 2)
        await api.answer_poll(cat, first, [wrong(first)])
        await api.wait_for_call(
            "sendMessage",
            predicate=lambda call: "After 1 of 3" in str(call.params.get("text")),
            timeout=WAIT,
        )
        await bot.kill()
        api.clear_failures()
        assert first.poll is not None and first.poll["is_closed"]
        assert len(polls(api, club)) == 1 and round_state(looker) == ("waiting", 0)
        before_first_kill = round_answers(looker)
        assert len(before_first_kill) == 3

        await bot.start()
        second = await question(api, looker, club, 2)
        await answer(api, looker, ann, second, right(second), 4)
        await answer(api, looker, ben, second, right(second), 5)
        await api.answer_poll(cat, second, [wrong(second)])
        third = await question(api, looker, club, 3)
        await answer(api, looker, ann, third, right(third), 7)
        await bot.kill()  # question 3 is open
        assert round_state(looker) == ("asking", 2)
        before_second_kill = round_answers(looker)
        # Ben and Cat answer while the bot is down: Telegram keeps their updates.
        await api.answer_poll(ben, third, [right(third)])
        await api.answer_poll(cat, third, [wrong(third)])

        await bot.start()
        podium = await api.wait_for_message(
            club, predicate=lambda m: "Round over" in (m.text or ""), timeout=WAIT
        )
        await api.send_text(ben, "/leaderboard", chat=club)
        board = await api.wait_for_message(
            club, predicate=lambda m: "Leaderboard" in (m.text or ""), timeout=WAIT
        )
        assert await bot.stop() == 0, bot.logs()[-1]

    # Each question was sent exactly once, and each poll stopped once.
    sent = [str(call.params["question"]) for call in api.calls_to("sendPoll")]
    assert [text[:6] for text in sent] == ["[1/3] ", "[2/3] ", "[3/3] "]
    assert len(set(sent)) == 3
    shown = polls(api, club)
    assert all(p.poll is not None and p.poll["is_closed"] for p in shown)
    stopped = Counter(int(str(call.params["message_id"])) for call in api.calls_to("stopPoll"))
    assert stopped == Counter(p.message_id for p in shown)

    # Every answer recorded before a kill is still there, unchanged; none counted twice.
    final = round_answers(looker)
    assert before_first_kill <= before_second_kill <= final
    players = {ann.id: "Ann", ben.id: "Ben", cat.id: "Cat"}
    assert sorted((p, u, c) for p, u, c, _, _ in final) == [
        (position, user, user != cat.id) for position in range(3) for user in players
    ]
    for _, _, correct, points, ms in final:
        # Speed points by the bot's clock (to the millisecond stored): 1000 down to 500.
        assert abs(points - speed_points(ms / 1000, SECONDS)) <= 1 if correct else points == 0
    by = {(p, u): ms for p, u, _, _, ms in final}
    assert by[2, ben.id] > by[2, ann.id]  # Ben's last answer waited for the restart

    # The podium and the group's board add up the answers.
    totals = {
        user: (
            sum(pts for _, u, _, pts, _ in final if u == user),
            sum(c for _, u, c, _, _ in final if u == user),
            sum(ms for _, u, _, _, ms in final if u == user),
        )
        for user in players
    }
    assert totals[ann.id][0] >= totals[ben.id][0] > totals[cat.id][0] == 0
    lines = (podium.text or "").splitlines()
    for medal, user, line in zip("🥇🥈🥉", (ann.id, ben.id, cat.id), lines[1:4], strict=True):
        points, right_answers, ms = totals[user]
        assert line == (
            f"{medal} {players[user]} — {points} points · {right_answers}/3 right"
            f" · avg {ms / 3 / 1000:.1f} s"
        )
    assert sum("Round over" in (m.text or "") for m in api.messages(club)) == 1
    assert scores(looker, club.id) == {
        user: (totals[user][0], 3, totals[user][1]) for user in players
    }
    assert scores(looker, 0) == {ann.id: (3, 3, 3), ben.id: (3, 3, 3), cat.id: (0, 3, 0)}
    [answers] = _rows(looker, f"SELECT count(*) FROM answers WHERE scope = {club.id}")
    assert answers == (9,)
    for user in (ann.id, ben.id):
        assert f"{players[user]} — {totals[user][0]}" in (board.text or "")
    assert token_leaks(api.token, bot.logs()) == []
    if looker is not engine:
        looker.dispose()
