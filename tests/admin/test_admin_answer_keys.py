"""An admin's file keyed with Telegram's 0-based `correct_option_id` plays with that key."""

from __future__ import annotations

import json

from tests.admin.conftest import admin_of, send_file, set_rows
from tests.bot.conftest import BotHarness
from tests.bot.test_group_and_boards import ask_in, group_poll

BOT_API_SET = {
    "slug": "bot-api",
    "title": "Written for sendPoll",
    "questions": [
        {
            "text": "Which planet is the largest?",
            "options": ["Mars", "Jupiter", "Venus"],
            "correct_option_id": 1,
        }
    ],
}


async def test_correct_option_id_upload_is_the_poll_key(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    reply = await send_file(h, admin, "bot-api.json", json.dumps(BOT_API_SET).encode())
    assert reply.text.startswith("✅ Written for sendPoll (bot-api), new set:"), reply.text
    club = h.api.group(-100777, "Planets", admins=[admin])
    await ask_in(h, admin, club, "/use bot-api")
    poll = await group_poll(h, admin, club)
    assert poll.poll is not None
    texts = [option["text"] for option in poll.poll["options"]]
    assert [texts[i] for i in poll.poll["correct_option_ids"]] == ["Jupiter"]


async def test_disagreeing_keys_are_refused_naming_both(admin_harness: BotHarness) -> None:
    h = admin_harness
    before = set_rows(h.engine)
    item = dict(BOT_API_SET["questions"][0], answer="Mars")  # type: ignore[arg-type]
    data = dict(BOT_API_SET, questions=[item])
    reply = await send_file(h, admin_of(h), "bot-api.json", json.dumps(data).encode())
    assert reply.text.startswith("❌ bot-api.json was not imported; nothing was changed.")
    assert "`answer` says option 1 but `correct_option_id` says option 2" in reply.text
    assert set_rows(h.engine) == before


async def test_answer_zero_upload_gets_the_hint(admin_harness: BotHarness) -> None:
    h = admin_harness
    item = {"text": "Which planet is the largest?", "options": ["Mars", "Jupiter"], "answer": 0}
    data = {"slug": "zero", "title": "Zero", "questions": [item]}
    reply = await send_file(h, admin_of(h), "zero.json", json.dumps(data).encode())
    assert "for 0-based indexes use `answer_index`" in reply.text
