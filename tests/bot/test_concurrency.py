"""Updates run concurrently, yet a player's own updates keep their order, and a burst of
answers to one group poll is scored exactly once."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from telegram import Update

from bot.transport.metrics import BotMetrics
from bot.transport.processor import OrderedUpdateProcessor
from bot.views import texts
from tests.bot.conftest import BotHarness
from tests.bot.test_group_and_boards import ask_in, group_poll, poll_answer_index
from tests.bot.test_private_game import ask, correct_button
from tests.reliability.conftest import count_answers

VOTERS = 300


async def test_a_press_then_quiz_at_once_gets_the_next_question_after_the_result(
    harness: BotHarness,
) -> None:
    h, api = harness, harness.api
    ann = api.user(1101, "Ann")
    first = await ask(h, ann)
    # The verdict's edit is slow; the /quiz sent right after the press must still wait for it.
    api.fail_next("editMessageText", delay=0.3)
    await api.press(ann, first, correct_button(h, first))
    await api.send_text(ann, "/quiz")
    second = await api.wait_for_message(chat=ann, since=first.seq)
    result = api.message(ann, first.message_id)
    # Telegram numbers every message and edit in the order they happened.
    assert result.edits, "the press got no result"
    assert result.edits[0].seq < second.seq, "the next question overtook the result"
    assert second.text != first.text
    verdict = api.callback_answers[-1]
    assert verdict.text == texts.CORRECT_ALERT
    assert count_answers(h.engine) == 1


def group_points(engine: Engine, group_id: int) -> dict[int, int]:
    """Return the group board's points per user, read from the database."""
    with engine.connect() as connection:
        rows = connection.execute(
            sa.text("SELECT user_id, points FROM scores WHERE scope = :scope"), {"scope": group_id}
        ).all()
        connection.rollback()
    return {user: points for user, points in rows if points}


async def test_a_burst_of_poll_answers_is_scored_once_each_and_the_board_is_right(
    harness: BotHarness,
) -> None:
    h, api = harness, harness.api
    host = api.user(1200, "Host")
    voters = [api.user(1300 + n, f"V{n:03d}") for n in range(VOTERS)]
    club = api.group(-100777, "Big Club", admins=[host], members=voters)
    poll = await group_poll(h, host, club)
    assert poll.poll is not None
    right = poll_answer_index(h.engine, poll)
    wrong = (right + 1) % len(poll.poll["options"])
    # Every vote is waiting at Telegram before the bot fetches the first.
    for n, voter in enumerate(voters):
        await api.answer_poll(voter, poll, [right if n % 3 else wrong])
    await api.wait_for(
        lambda: count_answers(h.engine) == VOTERS, timeout=60, what="every vote recorded"
    )
    await api.wait_until_confirmed(timeout=30)
    winners = {voter.id for n, voter in enumerate(voters) if n % 3}
    assert group_points(h.engine, club.id) == dict.fromkeys(winners, 1)
    board = await ask_in(h, host, club, "/leaderboard")
    lines = (board.text or "").splitlines()
    # Ties go to who scored first: the top line is one of the winners, with 1 point.
    assert "Big Club" in lines[0]
    assert lines[2].endswith(" — 1") and lines[2].split(" ", 1)[1][:4] in {
        f"V{n:03d}" for n in range(VOTERS) if n % 3
    }


def poll_state(update_id: int, poll_id: str, voters: int) -> Update:
    """Return a `poll` update: the whole state of an anonymous poll, with no chat or user."""
    options = [
        {"text": "Jupiter", "voter_count": voters, "persistent_id": "0"},
        {"text": "Mars", "voter_count": 0, "persistent_id": "1"},
    ]
    poll = {
        "id": poll_id,
        "question": "Which planet is the largest?",
        "options": options,
        "total_voter_count": voters,
        "is_closed": False,
        "is_anonymous": True,
        "type": "quiz",
        "allows_multiple_answers": False,
        "allows_revoting": False,
        "members_only": False,
        "correct_option_ids": [0],
    }
    update = Update.de_json({"update_id": update_id, "poll": poll}, None)
    assert update is not None
    return update


async def test_one_polls_states_are_stored_in_the_order_telegram_sent_them() -> None:
    processor = OrderedUpdateProcessor(BotMetrics(), None, max_concurrent_updates=32)
    gate, arrived, stored = asyncio.Event(), asyncio.Event(), list[tuple[str, int]]()

    async def store(update: Update, *, slow: bool = False) -> None:
        if slow:
            await gate.wait()
        assert update.poll is not None
        stored.append((update.poll.id, update.poll.total_voter_count))
        arrived.set()

    first, second = poll_state(1, "p1", 1), poll_state(2, "p1", 2)
    other = poll_state(3, "p2", 5)
    tasks = [
        asyncio.create_task(processor.process_update(first, store(first, slow=True))),
        asyncio.create_task(processor.process_update(second, store(second))),
        asyncio.create_task(processor.process_update(other, store(other))),
    ]
    await arrived.wait()
    # Another poll is not held up, but the later state of the same poll waits for the earlier.
    assert stored == [("p2", 5)]
    gate.set()
    await asyncio.gather(*tasks)
    assert stored == [("p2", 5), ("p1", 1), ("p1", 2)]
