"""Re-importing a set while its questions are out: a press is judged against what was shown.

A set is loaded again with the same question texts but options reordered, added or removed
while private questions, group quiz polls and daily questions are waiting for answers, or
while daily questions are prepared but not yet sent.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.service.sets import store_read_set
from bot.settings import Settings
from questions import schema
from tests.bot.test_private_game import buttons
from tests.daily.conftest import DailyHarness
from tests.fakebot import BotMessage, FakeChat, FakeUser
from tests.helpers import make_question, make_set
from tests.reliability.conftest import manual_bot

RIGHT, WRONG_A, WRONG_B = "Right 1", "Wrong 1a", "Wrong 1b"


def questions(first: schema.Question, count: int = 3) -> list[schema.Question]:
    """Return a set's questions: `first`, then questions 2..count as make_question builds them."""
    return [first, *(make_question(n) for n in range(2, count + 1))]


def alpha(first: schema.Question | None = None) -> schema.QuestionSet:
    """The default set (first by slug); its first question as given."""
    return make_set(slug="alpha", title="Alpha", questions=questions(first or make_question(1)))


def beta(first: schema.Question | None = None) -> schema.QuestionSet:
    """A second set, with its own first question."""
    first = first or make_question(1, text="Which one is right in beta?")
    return make_set(slug="beta", title="Beta", questions=questions(first))


REVERSED = make_question(1, options=(WRONG_B, WRONG_A, RIGHT), answer=2)
ONE_FEWER = make_question(1, options=(RIGHT, WRONG_B), answer=0)
ONE_MORE = make_question(1, options=("Wrong 1c", WRONG_A, WRONG_B, RIGHT), answer=3)


def handler_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Return what reached the bot's error handler or the dispatcher's error log."""
    return [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


@pytest.fixture
async def game(
    engine: Engine, make_settings: Callable[..., Settings], caplog: pytest.LogCaptureFixture
) -> AsyncIterator[DailyHarness]:
    """Run the bot with sets alpha and beta, a manual clock and the daily job paused."""
    caplog.set_level(logging.INFO)
    store_read_set(engine, alpha())
    store_read_set(engine, beta())
    async with manual_bot(engine, make_settings) as harness:
        yield harness


async def question_for(h: DailyHarness, user: FakeUser) -> BotMessage:
    """Send /quiz in a private chat and return the question with its buttons."""
    await h.api.send_text(user, "/quiz")
    message = await h.api.wait_for_message(chat=user)
    assert buttons(message), message.text
    return message


def button(message: BotMessage, option: str) -> str:
    """Return the label of the button that shows `option`."""
    [label] = [b for b in buttons(message) if b.split(". ", 1)[1] == option]
    return label


async def group_poll(h: DailyHarness, user: FakeUser, group: FakeChat) -> BotMessage:
    """Send /quiz in a group and return the quiz poll once its delivery is recorded."""
    await h.api.send_text(user, "/quiz", chat=group)
    poll = await h.api.wait_for_message(chat=group)
    await h.api.wait_for(lambda: _poll_recorded(h.engine, poll), what="poll recorded")
    return poll


async def press(h: DailyHarness, user: FakeUser, message: BotMessage, option: str) -> str:
    """Press the button showing `option`; return the pop-up the bot answered with."""
    update = await h.api.press(user, message, button(message, option))
    return (await h.api.wait_for_callback_answer(update)).text or ""


def answers(engine: Engine) -> dict[int, tuple[bool, int]]:
    """Map each user to (correct, points) of their answer (one answer each in these tests)."""
    with engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT user_id, correct, points FROM answers")).all()
    return {int(user): (bool(correct), int(points)) for user, correct, points in rows}


def option_texts(poll: BotMessage) -> list[str]:
    """Return the option texts of a quiz poll as shown."""
    assert poll.poll is not None
    return [option["text"] for option in poll.poll["options"]]


async def wait_answers(h: DailyHarness, count: int) -> dict[int, tuple[bool, int]]:
    """Wait until `count` answers are stored and return them."""
    await h.api.wait_for(lambda: len(answers(h.engine)) >= count, what=f"{count} answers")
    return answers(h.engine)


# --- 1: reordered options -----------------------------------------------------------------


async def test_reordered_options_judge_private_presses_by_what_was_shown(
    game: DailyHarness, caplog: pytest.LogCaptureFixture
) -> None:
    alice, bob = game.api.user(1001, "Alice"), game.api.user(1002, "Bob")
    asked_alice, asked_bob = await question_for(game, alice), await question_for(game, bob)
    right_label = button(asked_bob, RIGHT)
    store_read_set(game.engine, alpha(REVERSED))
    assert "Correct" in await press(game, alice, asked_alice, RIGHT)
    assert "Not quite" in await press(game, bob, asked_bob, WRONG_A)
    assert await wait_answers(game, 2) == {alice.id: (True, 1), bob.id: (False, 0)}
    # The result shown names the option that was shown as right.
    edited = await game.api.wait_for_edit(asked_bob)
    assert f"The answer is <b>{right_label}</b>" in (edited.raw_text or "")
    assert handler_errors(caplog) == []


async def test_reordered_options_judge_group_poll_answers_by_what_was_shown(
    game: DailyHarness, caplog: pytest.LogCaptureFixture
) -> None:
    api = game.api
    ann, ben = api.user(2001, "Ann"), api.user(2002, "Ben")
    club = api.group(-100500, "Quiz Club", admins=[ann], members=[ben])
    poll = await group_poll(game, ann, club)
    shown = option_texts(poll)
    store_read_set(game.engine, alpha(REVERSED))
    await api.answer_poll(ann, poll, [shown.index(RIGHT)])
    await api.answer_poll(ben, poll, [shown.index(WRONG_B)])
    assert await wait_answers(game, 2) == {ann.id: (True, 1), ben.id: (False, 0)}
    assert handler_errors(caplog) == []


async def test_reordered_options_judge_daily_questions_by_what_was_shown(
    game: DailyHarness, caplog: pytest.LogCaptureFixture
) -> None:
    api = game.api
    alice, ann, ben = api.user(1001, "Alice"), api.user(2001, "Ann"), api.user(2002, "Ben")
    club = api.group(-100500, "Quiz Club", admins=[ann], members=[ben])
    await game.say(alice, "/daily 08:00 UTC")
    await game.say(ann, "/daily 08:00 UTC", chat=club)
    game.at(2026, 3, 3, 8, 0)
    assert (await game.tick()).sent == 2
    daily, poll = game.sent_to(alice)[-1], game.sent_to(club)[-1]
    shown = option_texts(poll)
    store_read_set(game.engine, alpha(REVERSED))
    assert "Correct" in await press(game, alice, daily, RIGHT)
    await api.answer_poll(ann, poll, [shown.index(WRONG_A)])
    await api.answer_poll(ben, poll, [shown.index(RIGHT)])
    assert await wait_answers(game, 3) == {
        alice.id: (True, 1),
        ann.id: (False, 0),
        ben.id: (True, 1),
    }
    assert handler_errors(caplog) == []


def _poll_recorded(engine: Engine, poll: BotMessage) -> bool:
    """Return True once the bot stored the poll id of its delivery."""
    assert poll.poll is not None
    with engine.connect() as connection:
        found = connection.execute(
            sa.text("SELECT 1 FROM deliveries WHERE poll_id = :p"), {"p": poll.poll["id"]}
        ).first()
    return found is not None


# --- 2: a prepared daily question that changed ----------------------------------------------


async def test_one_changed_prepared_daily_question_stops_no_other_chat(
    game: DailyHarness, caplog: pytest.LogCaptureFixture
) -> None:
    api = game.api
    players = [api.user(3000 + n, f"P{n}") for n in range(20)]
    changed = players[:2]
    for player in players:
        await game.say(player, "/daily 08:00 UTC")
    for player in changed:
        await game.say(player, "/use beta")
    game.at(2026, 3, 3, 7, 55)
    assert (await game.tick()).prepared == 20
    # A day prepared by an earlier version of the bot shows options rebuilt from the question.
    with game.engine.begin() as connection:
        connection.execute(
            sa.text(
                "UPDATE deliveries SET shown_options = NULL, shown_correct = NULL"
                " WHERE chat_id = :chat"
            ),
            {"chat": changed[1].id},
        )
    fewer = make_question(1, text="Which one is right in beta?", options=(RIGHT, WRONG_B))
    store_read_set(game.engine, beta(fewer))
    game.at(2026, 3, 3, 8, 0)
    report = await game.tick()
    assert (report.sent, report.errors) == (20, 0)
    for player in players:
        [daily] = [m for m in game.sent_to(player) if (m.text or "").startswith("📅")]
        expected = 2 if player in changed else 3  # the changed question, picked again as it is now
        assert len(buttons(daily)) == expected, player.first_name
    # The re-picked question is answered and judged as it was shown.
    daily = game.sent_to(changed[0])[-1]
    assert "Correct" in await press(game, changed[0], daily, RIGHT)
    assert handler_errors(caplog) == []


# --- 3: options added or removed ------------------------------------------------------------


@pytest.mark.parametrize("changed", [ONE_FEWER, ONE_MORE], ids=["removed", "added"])
async def test_added_or_removed_option_still_judges_pending_questions(
    game: DailyHarness, caplog: pytest.LogCaptureFixture, changed: schema.Question
) -> None:
    api = game.api
    alice, bob = api.user(1001, "Alice"), api.user(1002, "Bob")
    ann, ben = api.user(2001, "Ann"), api.user(2002, "Ben")
    club = api.group(-100500, "Quiz Club", admins=[ann], members=[ben])
    asked_alice, asked_bob = await question_for(game, alice), await question_for(game, bob)
    poll = await group_poll(game, ann, club)
    store_read_set(game.engine, alpha(changed))
    assert "Correct" in await press(game, alice, asked_alice, RIGHT)
    assert "Not quite" in await press(game, bob, asked_bob, WRONG_A)  # removed in ONE_FEWER
    shown = option_texts(poll)
    await api.answer_poll(ann, poll, [shown.index(RIGHT)])
    await api.answer_poll(ben, poll, [shown.index(WRONG_A)])
    assert await wait_answers(game, 4) == {
        alice.id: (True, 1),
        bob.id: (False, 0),
        ann.id: (True, 1),
        ben.id: (False, 0),
    }
    assert handler_errors(caplog) == []


async def test_a_press_that_can_no_longer_be_judged_gets_a_friendly_notice(
    game: DailyHarness, caplog: pytest.LogCaptureFixture
) -> None:
    api = game.api
    alice, ann = api.user(1001, "Alice"), api.user(2001, "Ann")
    club = api.group(-100500, "Quiz Club", admins=[ann])
    asked = await question_for(game, alice)
    poll = await group_poll(game, ann, club)
    # Sent by an earlier version of the bot, which kept only the option order.
    with game.engine.begin() as connection:
        connection.execute(
            sa.text("UPDATE deliveries SET shown_options = NULL, shown_correct = NULL")
        )
    store_read_set(game.engine, alpha(ONE_MORE))
    notice = await press(game, alice, asked, RIGHT)
    assert "changed" in notice and "/quiz" in notice
    await api.answer_poll(ann, poll, [option_texts(poll).index(RIGHT)])
    # The poll answer is not scored either, and nothing reached the error handler.
    await api.send_text(ann, "/score", chat=club)
    score = await api.wait_for_message(chat=club)
    assert "not answered any questions" in (score.text or "")
    assert answers(game.engine) == {}
    assert not asked.is_edited
    assert handler_errors(caplog) == []


# --- 4: poll options are plain text -----------------------------------------------------------


def markup_options(number: int) -> tuple[str, ...]:
    """Options that mean something in HTML; a poll must show them exactly as written."""
    return (f"<no{number}>", f"&lt;no{number}&gt;", f"R&D {number}", f"<b>bold {number}</b>")


async def test_quiz_poll_options_are_sent_as_plain_text(
    game: DailyHarness, caplog: pytest.LogCaptureFixture
) -> None:
    api = game.api
    ann = api.user(2001, "Ann")
    club = api.group(-100500, "Quiz Club", admins=[ann])
    markup = [make_question(n, options=markup_options(n)) for n in (1, 2)]
    store_read_set(game.engine, make_set(slug="alpha", title="Alpha", questions=markup))
    await game.say(ann, "/daily 08:00 UTC", chat=club)
    poll = await group_poll(game, ann, club)
    game.at(2026, 3, 3, 8, 0)
    assert (await game.tick()).sent == 1
    daily = game.sent_to(club)[-1]
    assert daily.poll is not None and daily.poll["question"].startswith("📅")
    assert {*option_texts(poll), *option_texts(daily)} == {
        *markup_options(1),
        *markup_options(2),
    }
    for call in api.calls_to("sendPoll"):
        assert all("text_parse_mode" not in option for option in call.params["options"])
    assert handler_errors(caplog) == []
