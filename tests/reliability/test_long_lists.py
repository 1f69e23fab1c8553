"""Every list the bot sends fits Telegram's 4,096 characters, however many sets there are.

60 sets with long slugs and titles used to make /sets 11,078 characters and /use nope 4,112:
Telegram refused both and the user read "something went wrong".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.service.sets import store_read_set
from tests.bot.conftest import BotHarness
from tests.fakebot import BotMessage, FakeBotApi, FakeUser
from tests.helpers import make_set

MANY = 60
TELEGRAM_MAX = 4096


def long_slug(number: int) -> str:
    """A 64-character slug (the longest allowed)."""
    return f"set-{number:02d}-" + "x" * 57


def add_many_sets(h: BotHarness) -> set[str]:
    """Store MANY sets with the longest slugs and titles; return every slug there is."""
    for number in range(MANY):
        title = f"Set {number:02d} " + "T" * 93  # 100 characters, the title limit
        store_read_set(h.engine, make_set(2, slug=long_slug(number), title=title))
    return {long_slug(n) for n in range(MANY)} | {"drill"}


async def reply_to(api: FakeBotApi, user: FakeUser, text: str) -> BotMessage:
    """Send a command; return the bot's reply (which must have been accepted by Telegram)."""
    await api.send_text(user, text)
    reply = await api.wait_for_message(chat=user, timeout=10)
    assert len(reply.text or "") <= TELEGRAM_MAX
    assert "went wrong" not in (reply.text or "")
    return reply


def slugs_in(message: BotMessage) -> list[str]:
    """The slugs a /sets page lists (each in <code>)."""
    return re.findall(r"<code>([a-z0-9_-]+)</code>", message.raw_text or "")


def on_page(page: int) -> Callable[[BotMessage], bool]:
    """Return a check that a /sets message shows this page."""
    return lambda message: f"page {page} of" in (message.text or "")


def page_buttons(message: BotMessage) -> dict[str, str]:
    """Map each ◀/▶ button's text to its data."""
    rows = (message.reply_markup or {}).get("inline_keyboard", [])
    return {b["text"]: b["callback_data"] for row in rows for b in row if "callback_data" in b}


async def test_sets_are_paginated_and_every_set_is_reachable(rbot: BotHarness) -> None:
    api = rbot.api
    every = add_many_sets(rbot)
    for user in (api.user(1001, "Alice"), api.user(9001, "Ada")):  # Ada is an admin
        listing = await reply_to(api, user, "/sets")
        assert re.search(r"page 1 of (\d+)", listing.text or "")
        pages = int(re.search(r"page 1 of (\d+)", listing.text or "")[1])  # type: ignore[index]
        assert pages >= 3
        seen = slugs_in(listing)
        for page in range(2, pages + 1):
            forward = [text for text in page_buttons(listing) if "▶" in text]
            assert len(forward) == 1, page_buttons(listing)
            await api.press(user, listing, forward[0])
            await api.wait_for_edit(listing, predicate=on_page(page))
            assert len(listing.text or "") <= TELEGRAM_MAX
            seen += slugs_in(listing)
        assert not [t for t in page_buttons(listing) if "▶" in t]  # the last page
        assert sorted(seen) == sorted(every)
        # And back: ◀ on the last page shows the one before it.
        [back] = [text for text in page_buttons(listing) if "◀" in text]
        await api.press(user, listing, back)
        await api.wait_for_edit(listing, predicate=on_page(pages - 1))


async def test_use_and_admin_errors_list_sets_within_the_limit(rbot: BotHarness) -> None:
    api = rbot.api
    add_many_sets(rbot)
    alice, ada = api.user(1001, "Alice"), api.user(9001, "Ada")
    for user, command in ((alice, "/use nope"), (alice, "/use"), (ada, "/export nope"),
                          (ada, "/delete nope")):  # fmt: skip
        reply = await reply_to(api, user, command)
        assert re.search(r"… and \d+ more", reply.text or ""), (command, reply.text)
        assert "/sets" in (reply.text or "")
    done = await reply_to(api, alice, f"/use {long_slug(MANY - 1)}")
    assert "now plays" in (done.text or "")
