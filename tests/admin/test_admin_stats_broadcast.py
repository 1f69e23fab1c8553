"""/stats figures and /broadcast delivery counts, through the real bot."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlmodel import Session

from bot.service.quiz import PLAY_ID, QuizService
from bot.service.types import Place, Player, ShownQuestion, Trigger
from db.models import Chat, DailySubscription
from tests.admin.conftest import admin_of, final_reply, say
from tests.bot.conftest import BotHarness
from tests.bot.test_private_game import correct_button, wrong_button
from tests.fakebot import BotMessage, FakeUser

TODAY = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


async def _answer(h: BotHarness, user: FakeUser, *, right: bool) -> None:
    """Ask for a question and answer it right or wrong."""
    question = await say(h, user, "/quiz")
    pick = correct_button(h, question) if right else wrong_button(h, question)
    await h.api.press(user, question, pick)
    await h.api.wait_for_edit(question)


def _subscribe(h: BotHarness, chat_id: int, *, active: bool) -> None:
    """Store a daily subscription directly (the daily feature owns the command)."""
    with Session(h.engine) as session:
        session.add(
            DailySubscription(
                chat_id=chat_id,
                local_time="08:00",
                timezone="UTC",
                next_due_at=TODAY,
                active=active,
                created_at=TODAY,
                updated_at=TODAY,
            )
        )
        session.commit()


def _block_in_db(h: BotHarness, chat_id: int) -> None:
    """Mark a chat blocked, as a failed send would."""
    with Session(h.engine) as session:
        chat = session.get(Chat, chat_id)
        assert chat is not None
        chat.blocked_at = TODAY
        session.add(chat)
        session.commit()


async def test_stats_counts_users_subscriptions_answers_and_most_missed(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    alice, bob, carol = (
        h.api.user(i, n) for i, n in ((1001, "Alice"), (1002, "Bob"), (1003, "Carol"))
    )
    await say(h, admin, "/start")
    for user in (alice, bob, carol):
        await say(h, user, "/use planets")
    # Planets asks "largest" first, then "closest". Ten days ago, five days ago, then today.
    h.clock.now = datetime(2026, 2, 20, 12, 0, tzinfo=UTC)
    await _answer(h, alice, right=False)  # largest: missed (older than 7 days)
    h.clock.now = datetime(2026, 2, 27, 12, 0, tzinfo=UTC)
    await _answer(h, bob, right=True)  # largest: right
    h.clock.now = TODAY
    await _answer(h, alice, right=False)  # closest: missed
    await _answer(h, carol, right=False)  # largest: missed
    await _answer(h, carol, right=True)  # closest: right
    # The terminal player is not a Telegram user: its answers and itself are not counted.
    terminal = QuizService(h.engine, clock=h.clock)
    shown = terminal.next_question(
        Place(PLAY_ID), Player(PLAY_ID, "Terminal"), trigger=Trigger.PLAY
    )
    assert isinstance(shown, ShownQuestion)
    terminal.answer(shown.delivery_id, Player(PLAY_ID, "Terminal"), 0)
    _subscribe(h, alice.id, active=True)
    _subscribe(h, bob.id, active=False)
    _subscribe(h, carol.id, active=True)
    _block_in_db(h, carol.id)

    text = (await say(h, admin, "/stats")).text
    assert "Users: 4" in text
    assert "Active daily subscriptions: 1" in text
    assert "Answers today: 3 · last 7 days: 4" in text
    lines = text.splitlines()
    first = lines.index("Most-missed questions") + 1
    assert lines[first] == "1. planets · 67% missed (2 of 3) · Which planet is the largest?"
    assert lines[first + 1] == (
        "2. planets · 50% missed (1 of 2) · Which planet is closest to the Sun?"
    )
    assert lines[first + 2] == ""  # only questions someone missed, terminal answers excluded


async def test_stats_on_an_empty_bot(admin_harness: BotHarness) -> None:
    h = admin_harness
    text = (await say(h, admin_of(h), "/stats")).text
    assert "Users: 0" in text and "Answers today: 0 · last 7 days: 0" in text
    assert "None missed yet." in text


async def test_broadcast_reaches_active_private_chats_and_counts_the_blocked(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    alice, bob, carol = (
        h.api.user(i, n) for i, n in ((1001, "Alice"), (1002, "Bob"), (1003, "Carol"))
    )
    group = h.api.group(-100555, "Quiz club", admins=[alice])
    for user in (admin, alice, bob, carol):
        await say(h, user, "/start")
    await h.api.send_text(alice, "/quiz", chat=group)
    await h.api.wait_for_message(chat=group)
    QuizService(h.engine).register(Player(PLAY_ID, "Terminal"), Place(PLAY_ID))
    h.api.block(bob)

    await send_broadcast(h, admin, "New <questions> & prizes!\nGood luck.")
    done = await final_reply(h, admin)
    assert done.text == (
        "📣 Broadcast finished: 2 delivered, 1 blocked, 0 failed (of 3).\n"
        "Chats that blocked the bot get no more broadcasts until they write again."
    )
    for user in (alice, carol):
        received = h.api.last_message(user)
        assert received.text == "New <questions> & prizes!\nGood luck."
        assert received.entities == []  # plain text: nothing the admin typed became markup
    assert len(h.api.messages(group)) == 1  # just the quiz poll
    with Session(h.engine) as session:
        bob_chat = session.get(Chat, bob.id)
        alice_chat = session.get(Chat, alice.id)
        assert bob_chat is not None and bob_chat.blocked_at is not None
        assert alice_chat is not None and alice_chat.blocked_at is None

    await send_broadcast(h, admin, "Second round")
    second = await final_reply(h, admin)
    assert second.text == "📣 Broadcast finished: 2 delivered, 0 blocked, 0 failed (of 2)."
    assert "Second round" not in [m.text for m in h.api.messages(admin)]  # not asked for it


async def send_broadcast(
    h: BotHarness, admin: FakeUser, text: str, button: str = "Send to"
) -> BotMessage:
    """Send /broadcast TEXT, check the preview shows TEXT, press a button; return the preview."""
    await h.api.send_text(admin, f"/broadcast {text}")
    preview = await h.api.wait_for_message(chat=admin)
    assert preview.text is not None and preview.text.endswith("\n\n" + text)
    await h.api.press(admin, preview, button)
    return preview


async def test_broadcast_without_text_explains_itself(admin_harness: BotHarness) -> None:
    h = admin_harness
    reply = await say(h, admin_of(h), "/broadcast   ")
    assert "Send /broadcast followed by the message" in reply.text
    assert "plain text" in reply.text
    assert len(h.api.messages()) == 1
