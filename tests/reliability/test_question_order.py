"""Consecutive questions never give each other away: two questions written from the same
source sentence (or, without one, with the same explanation) are never asked back to back
to the same player or chat - privately, in a group, or as the daily question."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable

import pytest
from sqlalchemy.engine import Engine

from bot.service.sets import store_read_set
from bot.settings import Settings
from tests.daily.conftest import DailyHarness
from tests.fakebot import BotMessage
from tests.helpers import make_question, make_set
from tests.reliability.conftest import manual_bot

MEETING = "He attended the 21st meeting of the Council on 17 September 2021."
ANTHEM = "The anthem was played twice."
QUESTIONS = [
    make_question(1, source=MEETING, explanation=MEETING),
    make_question(2, source=f"  {MEETING.upper()} ", explanation="Other words."),  # same sentence
    make_question(3, explanation=ANTHEM),
    make_question(4, explanation=ANTHEM.lower()),  # no source: the same explanation
    make_question(5, source="A different sentence entirely."),
]
# Unseen questions come in file order, except that 2 may not follow 1, nor 4 follow 3.
EXPECTED = [1, 3, 2, 4, 5]


@pytest.fixture
async def game(
    engine: Engine, make_settings: Callable[..., Settings]
) -> AsyncIterator[DailyHarness]:
    """Run the bot with the five-question set and its twins, the daily job paused."""
    store_read_set(engine, make_set(slug="meeting", title="Meeting", questions=QUESTIONS))
    twins = [QUESTIONS[4], QUESTIONS[0], QUESTIONS[1]]  # 5, then the two from one sentence
    store_read_set(engine, make_set(slug="twins", title="Twins", questions=twins))
    async with manual_bot(engine, make_settings) as harness:
        yield harness


def number_of(message: BotMessage) -> int:
    """Return which question of QUESTIONS a question message or quiz poll shows."""
    shown = message.poll["question"] if message.poll else message.text or ""
    [number] = [n for n in range(1, 6) if f"answer number {n}?" in shown]
    return number


async def test_private_questions_from_one_sentence_are_never_back_to_back(
    game: DailyHarness,
) -> None:
    alice = game.api.user(1001, "Alice")
    asked = [number_of(await game.say(alice, "/quiz")) for _ in EXPECTED]
    assert asked == EXPECTED


async def test_group_polls_from_one_sentence_are_never_back_to_back(game: DailyHarness) -> None:
    ann = game.api.user(2001, "Ann")
    club = game.api.group(-100500, "Quiz Club", admins=[ann])
    asked = [number_of(await game.say(ann, "/quiz", chat=club)) for _ in EXPECTED]
    assert asked == EXPECTED


async def test_the_daily_question_does_not_follow_its_sentence_twin(game: DailyHarness) -> None:
    alice = game.api.user(1001, "Alice")
    await game.say(alice, "/daily 08:00 UTC")
    assert number_of(await game.say(alice, "/quiz")) == 1
    game.at(2026, 3, 3, 8, 0)
    assert (await game.tick()).sent == 1
    assert number_of(game.sent_to(alice)[-1]) == 3


@pytest.mark.parametrize("in_group", [False, True], ids=["private", "group"])
async def test_a_seen_question_comes_before_the_only_unseen_one_left_if_it_is_a_twin(
    game: DailyHarness, in_group: bool
) -> None:
    ann = game.api.user(2001, "Ann")
    chat = game.api.group(-100500, "Quiz Club", admins=[ann]) if in_group else None
    await game.say(ann, "/use twins", chat=chat)
    asked = [number_of(await game.say(ann, "/quiz", chat=chat)) for _ in range(4)]
    # After 1, only its twin 2 is unseen: 5 comes again first, then 2.
    assert asked == [5, 1, 5, 2]
