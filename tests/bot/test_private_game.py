"""A whole private game through the real bot and the fake Telegram server."""

from __future__ import annotations

from sqlmodel import Session, select

from bot.service.quiz import AnswerStatus
from bot.views import texts
from bot.views.i18n import ENGLISH
from db.models import Answer, Score
from tests.bot.conftest import BotHarness
from tests.fakebot import BotMessage


def buttons(message: BotMessage) -> list[str]:
    """Return the texts of a message's inline buttons, row by row."""
    markup = message.reply_markup or {}
    return [b["text"] for row in markup.get("inline_keyboard", []) for b in row]


def button_data(message: BotMessage) -> list[str]:
    """Return the callback_data of a message's inline buttons."""
    markup = message.reply_markup or {}
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


async def ask(h: BotHarness, user: object, text: str = "/quiz") -> BotMessage:
    """Send a command and return the bot's reply."""
    await h.api.send_text(user, text)  # type: ignore[arg-type]
    return await h.api.wait_for_message(chat=user)  # type: ignore[arg-type]


def correct_button(h: BotHarness, message: BotMessage) -> str:
    """Work out which shown option is right from the stored delivery (as the server does)."""
    from db.models import Delivery, QuestionRow

    delivery_id = int(button_data(message)[0].split(":")[1])
    with Session(h.engine) as session:
        delivery = session.get(Delivery, delivery_id)
        assert delivery is not None
        question = session.get(QuestionRow, delivery.question_id)
        assert question is not None
        position = list(delivery.option_order).index(question.correct_index)
    return buttons(message)[position]


def wrong_button(h: BotHarness, message: BotMessage) -> str:
    """Return a button that is not the right answer."""
    right = correct_button(h, message)
    return next(b for b in buttons(message) if b != right)


async def test_start_greets_and_registers_the_menu(harness: BotHarness) -> None:
    alice = harness.api.user(1001, "Alice <3")
    reply = await ask(harness, alice, "/start")
    assert "Alice &lt;3" in (reply.raw_text or "")
    assert "Alice <3" in (reply.text or "")
    assert buttons(reply) == [texts.MENU_QUIZ, texts.MENU_DAILY, texts.MENU_BOARD]
    names = [c["command"] for c in harness.api.commands()]
    assert {"quiz", "score", "leaderboard", "sets", "use", "daily", "help"} <= set(names)


async def test_full_private_game_scores_streaks_and_explains(harness: BotHarness) -> None:
    api = harness.api
    alice = api.user(1001, "Alice")
    await ask(harness, alice, "/use tricky")
    first = await ask(harness, alice)
    assert len(buttons(first)) == 4
    assert all(len(d.encode()) <= 64 for d in button_data(first))
    await api.press(alice, first, correct_button(harness, first))
    edited = await api.wait_for_edit(first)
    assert "✅ Correct" in edited.text and "+1 point" in edited.text
    assert "Points: 1" in edited.text
    assert buttons(edited) == [texts.NEXT_BUTTON, texts.REPORT_BUTTON]

    await api.press(alice, edited, texts.NEXT_BUTTON)
    second = await api.wait_for_message(chat=alice)
    assert second.text.splitlines()[2] != first.text.splitlines()[2]  # never the same twice
    await api.press(alice, second, wrong_button(harness, second))
    edited = await api.wait_for_edit(second)
    assert "❌ Not quite" in edited.text and "The answer is" in edited.text
    assert "Streak: 0 · Points: 1" in edited.text

    third = await ask(harness, alice)
    await api.press(alice, third, correct_button(harness, third))
    await api.wait_for_edit(third)

    card = await ask(harness, alice, "/score")
    assert "Points: 2" in card.text
    assert "Answered: 3 · Correct: 2 (67%)" in card.text
    assert "Streak: 1 (best 1)" in card.text
    assert "Rank: #1 of 1" in card.text


async def test_all_seen_brings_back_the_missed_question_as_practice(harness: BotHarness) -> None:
    api = harness.api
    bob = api.user(1002, "Bob")
    await ask(harness, bob, "/use planets")
    q1 = await ask(harness, bob)
    missed_text = q1.text.splitlines()[2]
    await api.press(bob, q1, wrong_button(harness, q1))
    await api.wait_for_edit(q1)
    q2 = await ask(harness, bob)
    await api.press(bob, q2, correct_button(harness, q2))
    await api.wait_for_edit(q2)
    harness.clock.advance(minutes=5)  # the missed card (Again) is due after a minute
    q3 = await ask(harness, bob)
    assert q3.text.splitlines()[2] == missed_text
    await api.press(bob, q3, correct_button(harness, q3))
    edited = await api.wait_for_edit(q3)
    assert "+1 point" in edited.text  # never scored before, so it still earns the point
    harness.clock.advance(days=30)
    q4 = await ask(harness, bob)
    assert q4.text.splitlines()[2] != missed_text
    await api.press(bob, q4, correct_button(harness, q4))
    edited = await api.wait_for_edit(q4)
    assert "Practice round" in edited.text and "Points: 2" in edited.text


async def test_double_stale_forged_and_malformed_presses_score_nothing(
    harness: BotHarness,
) -> None:
    api = harness.api
    alice, mallory = api.user(1001, "Alice"), api.user(1666, "Mallory")
    q = await ask(harness, alice)
    right = correct_button(harness, q)
    right_data = button_data(q)[buttons(q).index(right)]
    data = button_data(q)[0]
    await api.press(alice, q, right)
    await api.wait_for_edit(q)
    # Double press and stale press on the old keyboard (still shown on another device).
    update = await api.press(alice, q, callback_data=right_data)
    answer = await api.wait_for_callback_answer(update["callback_query"]["id"])
    assert answer.text == texts.press_notice(ENGLISH, AnswerStatus.ALREADY_ANSWERED)
    # Someone else presses Alice's question (e.g. a forwarded message).
    update = await api.press(mallory, q, callback_data=data)
    answer = await api.wait_for_callback_answer(update["callback_query"]["id"])
    assert "sent to someone else" in (answer.text or "")
    # Forged: a delivery that does not exist, a position out of range, garbage.
    delivery_id = int(data.split(":")[1])
    for forged in (f"a:{delivery_id + 999}:0", f"a:{delivery_id}:9", "a:x:y", "zzz", "a:1"):
        update = await api.press(alice, q, callback_data=forged)
        answer = await api.wait_for_callback_answer(update["callback_query"]["id"])
        assert answer.text, forged
    with Session(harness.engine) as session:
        answers = session.exec(select(Answer)).all()
        scores = session.exec(select(Score)).all()
    assert [(a.user_id, a.points) for a in answers] == [(1001, 1)]
    assert [(s.user_id, s.points) for s in scores] == [(1001, 1)]


async def test_html_in_questions_is_escaped_everywhere(harness: BotHarness) -> None:
    api = harness.api
    alice = api.user(1001, "Alice")
    await ask(harness, alice, "/use tricky")
    q = await ask(harness, alice)
    while "1 < 2" not in q.text:
        await api.press(alice, q, correct_button(harness, q))
        await api.wait_for_edit(q)
        q = await ask(harness, alice)
    assert "are <b>fine</b>" in q.text  # shown literally, not as bold
    assert "a < b" in " ".join(buttons(q))
    await api.press(alice, q, wrong_button(harness, q))
    edited = await api.wait_for_edit(q)
    assert 'Because 1 < 2 & it\'s "so".' in edited.text
    sets = await ask(harness, alice, "/sets")
    assert 'Tricky <Markup> & "Quotes"' in sets.text


async def test_unknown_input_and_help(harness: BotHarness) -> None:
    alice = harness.api.user(1001, "Alice")
    hint = await ask(harness, alice, "hello there")
    assert "/help" in hint.text
    hint = await ask(harness, alice, "/nonsense")
    assert "/help" in hint.text
    text = (await ask(harness, alice, "/help")).text
    for command in ("/quiz", "/score", "/leaderboard", "/daily", "/sets", "/use"):
        assert command in text


async def test_sets_and_use(harness: BotHarness) -> None:
    alice = harness.api.user(1001, "Alice")
    listing = await ask(harness, alice, "/sets")
    assert (
        "planets" in listing.text and "tricky" in listing.text and "(3 questions)" in listing.text
    )
    bad = await ask(harness, alice, "/use nope")
    assert "no set called" in bad.text
    done = await ask(harness, alice, "/use tricky")
    assert "now plays" in done.text
    listing = await ask(harness, alice, "/sets")
    active = next(line for line in listing.text.splitlines() if line.startswith("▶️"))
    assert "tricky" in active
