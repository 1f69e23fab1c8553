"""Faults from Telegram, injected by the fake server: the bot keeps serving, and every answer
is recorded exactly once whatever happens to the calls that show it.

The bot runs in-process with half-second Bot API timeouts (see conftest), so "slower than the
timeout" costs a second, not five.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from typing import Any

import pytest

from bot.context import services_of
from bot.service.quiz import AnswerStatus
from bot.views import texts
from bot.views.i18n import ENGLISH
from tests.bot.conftest import BotHarness
from tests.fakebot import FakeUser
from tests.reliability.conftest import (
    SLOW_CALL,
    SLOW_GET_UPDATES,
    Chaos,
    Press,
    answers_by_delivery,
    ask_questions,
    check_ledger,
    count_answers,
    expected_points,
    global_points,
    logged_texts,
    press,
    token_leaks,
)

VERDICTS = {True: texts.CORRECT_ALERT, False: texts.WRONG_ALERT}
ALREADY = texts.press_notice(ENGLISH, AnswerStatus.ALREADY_ANSWERED)


def callback_calls(h: BotHarness) -> Counter[str]:
    """Count the answerCallbackQuery calls the bot made per query id (failed ones included)."""
    return Counter(
        str(c.params.get("callback_query_id")) for c in h.api.calls_to("answerCallbackQuery")
    )


async def handled(h: BotHarness, presses: list[Press], *, timeout: float = 30) -> None:  # noqa: ASYNC109
    """Wait until the bot has tried to answer every press (one call per handled press)."""
    wanted = {p.query_id for p in presses}
    await h.api.wait_for(
        lambda: wanted <= set(callback_calls(h)),
        timeout=timeout,
        what=f"the bot handling all {len(wanted)} presses",
    )


async def points_shown(h: BotHarness, user: FakeUser) -> int:
    """Ask /score and return the points the bot shows."""
    await h.api.send_text(user, "/score")
    card = await h.api.wait_for_message(chat=user, timeout=10)
    found = re.search(r"Points: (\d+)", card.text or "")
    assert found, card.text
    return int(found.group(1))


async def test_random_500s_drops_and_timeouts_lose_no_answer(
    rbot: BotHarness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    h, api = rbot, rbot.api
    users = [api.user(1100 + n, f"Player{n}") for n in range(10)]
    asked = await ask_questions(api, h.engine, users, 3)
    # 5% of every call answers 500, getUpdates included; a few more drop or time out.
    sends = Chaos(api, seed=11, error_rate=0.05, drop_rate=0.02, slow_rate=0.02)
    sends.skip = frozenset({"getUpdates"})  # polls get their own die: 500s only
    polls = Chaos(api, seed=12, error_rate=0.05, only=frozenset({"getUpdates"}))
    sends.install(monkeypatch)
    polls.install(monkeypatch)
    sends.active = polls.active = True
    rng = random.Random(3)
    presses: list[Press] = []
    for question in rng.sample(asked, len(asked)):
        presses.append(await press(api, question, rng.randrange(question.options)))
    # Four players press their first question again, on another option.
    again = [await press(api, q, (q.right + 1) % q.options) for q in asked[::9]]
    await handled(h, presses + again)
    sends.active = polls.active = False

    assert sum(sends.injected.values()) + sum(polls.injected.values()) > 0, "no fault injected"
    # Each press was handled exactly once: one pop-up attempt per press, never two.
    assert max(callback_calls(h).values()) == 1
    # Exactly one answer per question, the first press's option; second presses add nothing.
    assert count_answers(h.engine) == len(asked)
    rows = answers_by_delivery(h.engine)
    for p in presses:
        assert [(u, c) for u, _, c, _ in rows[p.delivery_id]] == [(p.user_id, p.correct)]
    for p in again:
        answer = api.callback_answer(p.query_id)
        assert answer is None or answer.text == ALREADY  # None: that pop-up hit a fault
    # The bot keeps serving: with the faults gone, every player's score is right.
    expected = expected_points(presses)
    assert global_points(h.engine) == expected
    for user in users:
        assert await points_shown(h, user) == expected[user.id]
    check_ledger(h.engine)
    assert token_leaks(api.token, logged_texts(caplog)) == []


EDIT_FAULTS: dict[str, dict[str, Any]] = {
    "500": {"status": 500},
    "dropped": {"drop": True},
    "slower than the timeout": {"delay": SLOW_CALL},
}


@pytest.mark.parametrize("fault", sorted(EDIT_FAULTS))
async def test_an_answer_counts_once_when_the_edit_showing_it_fails(
    rbot: BotHarness, fault: str
) -> None:
    h, api = rbot, rbot.api
    alice = api.user(1001, "Alice")
    [question] = await ask_questions(api, h.engine, [alice], 1)
    api.fail_next("editMessageText", **EDIT_FAULTS[fault])
    first = await press(api, question, question.right)
    assert (await api.wait_for_callback_answer(first.query_id)).text == VERDICTS[True]
    # Pressing again (the buttons may still be there) changes nothing.
    second = await press(api, question, (question.right + 1) % question.options)
    assert (await api.wait_for_callback_answer(second.query_id)).text == ALREADY
    assert count_answers(h.engine) == 1
    assert await points_shown(h, alice) == 1
    check_ledger(h.engine)


POPUP_FAULTS: dict[str, dict[str, Any]] = {
    "500": {"status": 500},
    "dropped": {"drop": True},
    "slower than the timeout": {"delay": SLOW_CALL},
    # Three 429s in a row: more than AIORateLimiter's two retries.
    "flood control beyond the retry budget": {"retry_after": 1, "count": 3},
}


@pytest.mark.parametrize("fault", sorted(POPUP_FAULTS))
async def test_the_result_is_shown_when_the_verdict_pop_up_fails(
    rbot: BotHarness, fault: str
) -> None:
    h, api = rbot, rbot.api
    alice = api.user(1001, "Alice")
    [question] = await ask_questions(api, h.engine, [alice], 1)
    api.fail_next("answerCallbackQuery", **POPUP_FAULTS[fault])
    await press(api, question, question.right)
    edited = await api.wait_for_edit(question.message, timeout=10)
    assert "✅ Correct" in (edited.text or "") and "Points: 1" in (edited.text or "")
    # Never "something went wrong, try again" for an answer that counted.
    assert all("went wrong" not in (a.text or "") for a in api.callback_answers)
    assert count_answers(h.engine) == 1
    assert await points_shown(h, alice) == 1
    check_ledger(h.engine)


async def test_a_burst_of_flood_control_is_waited_out(rbot: BotHarness) -> None:
    h, api = rbot, rbot.api
    alice = api.user(1001, "Alice")
    [question] = await ask_questions(api, h.engine, [alice], 1)
    # Two 429s with retry_after=1 in a row: within AIORateLimiter's two retries.
    api.fail_next("answerCallbackQuery", retry_after=1, count=2)
    pressed = await press(api, question, question.right)
    answer = await api.wait_for_callback_answer(pressed.query_id, timeout=10)
    assert answer.text == VERDICTS[True]
    edited = await api.wait_for_edit(question.message, timeout=10)
    assert "✅ Correct" in (edited.text or "")
    assert api.stats.too_many_requests == 2
    assert len(api.calls_to("answerCallbackQuery")) == 3  # two refused, one answered
    assert count_answers(h.engine) == 1
    check_ledger(h.engine)


POLL_FAULTS: dict[str, dict[str, Any]] = {
    "500": {"status": 500},
    "dropped": {"drop": True},
    "slower than the timeout": {"delay": SLOW_GET_UPDATES},
}


@pytest.mark.parametrize("fault", sorted(POLL_FAULTS))
async def test_a_polling_error_never_handles_an_update_twice(rbot: BotHarness, fault: str) -> None:
    h, api = rbot, rbot.api
    alice = api.user(1001, "Alice")
    asked = await ask_questions(api, h.engine, [alice], 3)
    # The getUpdates that would confirm the next press fails; PTB must not fetch it again.
    api.fail_next("getUpdates", **POLL_FAULTS[fault])
    presses: list[Press] = []
    for question in asked:
        presses.append(await press(api, question, question.right))
        await api.wait_for_callback_answer(presses[-1].query_id, timeout=15)
    await api.send_text(alice, "/quiz")
    await api.wait_for_message(chat=alice, timeout=15)
    await api.wait_until_confirmed(timeout=15)

    # The fault happened, as the bot saw it.
    outcome = {
        "500": "NetworkError",
        "dropped": "NetworkError",
        "slower than the timeout": "TimedOut",
    }
    seen = services_of(h.app).metrics.registry.get_sample_value(
        "quizbot_telegram_requests_total", {"method": "getUpdates", "outcome": outcome[fault]}
    )
    assert seen and seen >= 1
    assert max(callback_calls(h).values()) == 1  # each press handled once
    assert [a.text for a in api.callback_answers] == [VERDICTS[True]] * 3
    assert count_answers(h.engine) == 3
    # Four /quiz in all (three before, one after): four deliveries, four question messages.
    quiz_messages = [m for m in api.messages(alice) if m.callback_data or m.is_edited]
    assert len(quiz_messages) == 4
    with h.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM deliveries").scalar_one() == 4
        connection.rollback()
    assert global_points(h.engine) == {alice.id: 3}
    check_ledger(h.engine)
