"""Group practice is said, not silent: boards and /score in a group keep to group figures."""

from __future__ import annotations

from tests.bot.conftest import BotHarness
from tests.bot.test_group_and_boards import (
    _answers,
    _poll_recorded,
    ask_in,
    group_poll,
    poll_answer_index,
)
from tests.bot.test_private_game import ask, correct_button


async def test_a_question_scored_privately_is_practice_in_the_group_and_said_so(
    harness: BotHarness,
) -> None:
    api = harness.api
    ann = api.user(2001, "Ann")
    club = api.group(-100500, "Quiz Club", admins=[ann])
    # Ann scores the first planets question in her private chat...
    private = await ask(harness, ann)
    await api.press(ann, private, correct_button(harness, private))
    assert "+1 point" in ((await api.wait_for_edit(private)).text or "")
    # ...then answers the same question right in the group: no new point, and it is said.
    poll = await group_poll(harness, ann, club)
    assert poll.poll is not None and "largest" in poll.poll["question"]
    assert _poll_recorded(harness.engine, poll)
    await api.answer_poll(ann, poll, [poll_answer_index(harness.engine, poll)])
    await api.wait_for(lambda: _answers(harness.engine) == 2, what="the poll answer recorded")

    board = (await ask_in(harness, ann, club, "/leaderboard")).text or ""
    assert "No points yet. Send /quiz" not in board
    assert "Ann — 0 · 1 practice" in board and "Practice — already scored" in board
    group_score = (await ask_in(harness, ann, club, "/score")).text or ""
    assert "Points: 0" in group_score and "Daily streak" not in group_score
    assert "Practice — already scored: 1 correct, no new points" in group_score
    own = (await ask(harness, ann, "/score")).text or ""
    assert "Points: 1" in own and "Daily streak" in own and "Practice" not in own


async def test_a_group_with_real_points_lists_them_first(harness: BotHarness) -> None:
    api = harness.api
    ben = api.user(2002, "Ben")
    club = api.group(-100501, "Second Club", admins=[ben])
    poll = await group_poll(harness, ben, club)
    await api.answer_poll(ben, poll, [poll_answer_index(harness.engine, poll)])
    await api.wait_for(lambda: _answers(harness.engine) == 1, what="the poll answer recorded")
    board = (await ask_in(harness, ben, club, "/leaderboard")).text or ""
    assert "🥇 Ben — 1" in board and "practice" not in board
