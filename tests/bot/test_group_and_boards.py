"""Groups play quiz polls; leaderboards order players; a restart keeps the game going."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.settings import Settings
from db.models import Answer, Delivery, QuestionRow
from tests.bot.conftest import BotHarness, Clock, start_bot
from tests.bot.test_private_game import ask, correct_button, wrong_button
from tests.fakebot import BotMessage, FakeBotApi


def poll_answer_index(engine: Engine, poll_message: BotMessage) -> int:
    """Return the shown position of the right option of a quiz poll."""
    assert poll_message.poll is not None
    with Session(engine) as session:
        delivery = session.exec(
            select(Delivery).where(Delivery.poll_id == poll_message.poll["id"])
        ).one()
        question = session.get(QuestionRow, delivery.question_id)
        assert question is not None
        return list(delivery.option_order).index(question.correct_index)


async def group_poll(h: BotHarness, user: object, group: object) -> BotMessage:
    """Ask for a question in a group and return the quiz poll the bot sent."""
    await h.api.send_text(user, "/quiz", chat=group)  # type: ignore[arg-type]
    message = await h.api.wait_for_message(chat=group)  # type: ignore[arg-type]
    assert message.kind == "poll" and message.poll is not None
    # The poll id is stored right after Telegram answers; wait until the bot has recorded it.
    await h.api.wait_for(lambda: _poll_recorded(h.engine, message), what="poll recorded")
    return message


def _poll_recorded(engine: Engine, message: BotMessage) -> bool:
    """Return True once the delivery carrying this poll is stored."""
    assert message.poll is not None
    with Session(engine) as session:
        found = session.exec(select(Delivery).where(Delivery.poll_id == message.poll["id"]))
        return found.first() is not None


async def test_group_game_scores_poll_answers_of_three_users(harness: BotHarness) -> None:
    api = harness.api
    ann, ben, cat = api.user(2001, "Ann"), api.user(2002, "Ben"), api.user(2003, "Cat")
    club = api.group(-100500, "Quiz Club", admins=[ann], members=[ben, cat])
    poll = await group_poll(harness, ann, club)
    assert poll.poll is not None
    assert poll.poll["type"] == "quiz" and poll.poll["is_anonymous"] is False
    right = poll_answer_index(harness.engine, poll)
    wrong = (right + 1) % len(poll.poll["options"])
    await api.answer_poll(ann, poll, [right])
    await api.answer_poll(ben, poll, [right])
    await api.answer_poll(cat, poll, [wrong])
    await api.wait_for(lambda: _answers(harness.engine) == 3, what="3 answers recorded")

    board = await ask_in(harness, ann, club, "/leaderboard")
    lines = board.text.splitlines() if board.text else []
    assert "Quiz Club" in lines[0]
    assert [line.split(" ", 1)[1] for line in lines[2:4]] == ["Ann — 1", "Ben — 1"]
    assert "Cat" not in board.text  # no points yet: not on the board, but ranked (below)
    score = await ask_in(harness, cat, club, "/score")
    assert "Quiz Club" in score.text and "Points: 0" in score.text
    assert "Rank: #3 of 3" in score.text


def _answers(engine: Engine) -> int:
    """Count stored answers."""
    with Session(engine) as session:
        return len(session.exec(select(Answer)).all())


async def ask_in(h: BotHarness, user: object, chat: object, text: str) -> BotMessage:
    """Send a command in a chat and return the reply."""
    await h.api.send_text(user, text, chat=chat)  # type: ignore[arg-type]
    return await h.api.wait_for_message(chat=chat)  # type: ignore[arg-type]


async def test_group_use_is_for_group_admins(harness: BotHarness) -> None:
    api = harness.api
    ann, ben = api.user(2001, "Ann"), api.user(2002, "Ben")
    club = api.group(-100500, "Quiz Club", admins=[ann], members=[ben])
    refused = await ask_in(harness, ben, club, "/use tricky")
    assert "administrators" in refused.text
    done = await ask_in(harness, ann, club, "/use tricky")
    assert "now plays" in done.text


async def test_two_users_leaderboard_order_and_own_line(harness: BotHarness) -> None:
    api = harness.api
    alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
    for user, right_answers in ((alice, 1), (bob, 2)):
        for _ in range(right_answers):
            q = await ask(harness, user)
            await api.press(user, q, correct_button(harness, q))
            await api.wait_for_edit(q)
            harness.clock.advance(seconds=10)
    q = await ask(harness, alice)
    await api.press(alice, q, wrong_button(harness, q))
    await api.wait_for_edit(q)
    board = await ask(harness, alice, "/leaderboard")
    assert board.text is not None
    assert "🥇 Bob — 2" in board.text and "🥈 Alice — 1" in board.text
    assert board.text.index("Bob") < board.text.index("Alice")
    assert "reached them first" in board.text
    week = await ask(harness, alice, "/leaderboard week")
    assert "last 7 days" in week.text and "🥇 Bob — 2" in week.text
    harness.clock.advance(days=8)
    week = await ask(harness, alice, "/leaderboard week")
    assert "No points yet" in week.text


async def test_ties_go_to_who_reached_the_points_first(harness: BotHarness) -> None:
    api = harness.api
    alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
    for user in (bob, alice):
        q = await ask(harness, user)
        await api.press(user, q, correct_button(harness, q))
        await api.wait_for_edit(q)
        harness.clock.advance(seconds=5)
    board = await ask(harness, alice, "/leaderboard")
    assert board.text is not None
    assert board.text.index("Bob") < board.text.index("Alice")
    assert "🥇 Bob — 1" in board.text and "🥇 Alice — 1" in board.text  # a shared rank


async def test_restart_keeps_scores_active_set_and_open_questions(
    engine: Engine, make_settings: Callable[..., Settings]
) -> None:
    from tests.bot.conftest import SECOND_SET, TRICKY_SET, load_sets

    load_sets(engine, TRICKY_SET, SECOND_SET)
    clock = Clock()
    async with FakeBotApi() as api:
        settings = make_settings(api)
        alice = api.user(1001, "Alice")
        async with start_bot(api, settings, engine, clock):
            harness = BotHarness(api, None, engine, clock, settings)  # type: ignore[arg-type]
            await ask(harness, alice, "/use tricky")
            q1 = await ask(harness, alice)
            await api.press(alice, q1, correct_button(harness, q1))
            await api.wait_for_edit(q1)
            open_question = await ask(harness, alice)
            right = correct_button(harness, open_question)
        # The bot is stopped; a new process starts on the same database.
        async with start_bot(api, settings, engine, clock):
            await api.press(alice, open_question, right)
            edited = await api.wait_for_edit(open_question)
            assert "+1 point" in edited.text and "Points: 2" in edited.text
            listing = await ask(harness, alice, "/sets")
            assert "▶️ <code>tricky</code>" in (listing.raw_text or "")
            card = await ask(harness, alice, "/score")
            assert "Points: 2" in card.text and "Streak: 2 (best 2)" in card.text
