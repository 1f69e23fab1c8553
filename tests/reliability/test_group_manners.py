"""Manners in groups: the bot answers only commands meant for it."""

from __future__ import annotations

import pytest

from bot.views import texts
from tests.bot.conftest import BotHarness
from tests.reliability.test_bad_input import handler_errors

OTHER_BOTS = ["/quiz@OtherBot", "/frobnicate@OtherBot", "/help@other_bot hello", "/start@Other"]


async def test_commands_for_other_bots_get_no_reply_in_a_group(
    rbot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    api = rbot.api
    ann = api.user(2001, "Ann")
    club = api.group(-100500, "Quiz Club", admins=[ann])
    ours = api.bot_user["username"]
    for text in OTHER_BOTS:
        await api.send_text(ann, text, chat=club)
    # Updates of one chat are handled in order: once these are answered, so were the others.
    await api.send_text(ann, f"/frobnicate@{ours.upper()}", chat=club)
    await api.send_text(ann, f"/quiz@{ours}", chat=club)
    replies = await api.wait_for_messages(club, count=2, since=0)
    assert replies[0].text == texts.UNKNOWN_INPUT
    assert replies[1].kind == "poll"
    assert len(api.messages(club)) == 2
    assert handler_errors(caplog) == []
