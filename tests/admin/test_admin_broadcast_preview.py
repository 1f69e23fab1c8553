"""/broadcast previews first; Send or Cancel; the admin gets a copy only when asked; /help."""

from __future__ import annotations

from bot.views import texts
from tests.admin.conftest import admin_of, final_reply, say
from tests.admin.test_admin_stats_broadcast import send_broadcast
from tests.bot.conftest import BotHarness


async def test_preview_names_the_recipients_and_cancel_sends_nothing(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    alice, bob = h.api.user(1001, "Alice"), h.api.user(1002, "Bob")
    for user in (admin, alice, bob):
        await say(h, user, "/start")
    preview = await send_broadcast(h, admin, "Quiz night <tonight> & prizes", button="Cancel")
    assert preview.text is not None and "goes to 2 players" in preview.text
    assert preview.reply_markup is not None
    send_data = preview.reply_markup["inline_keyboard"][0][0]["callback_data"]
    cancelled = await h.api.wait_for_edit(preview)
    assert cancelled.text == texts.BROADCAST_CANCELLED
    assert [m.text for m in h.api.messages(alice)][-1] != "Quiz night <tonight> & prizes"
    assert len(h.api.messages(bob)) == 1  # just the welcome
    # The old buttons are gone; a forged or repeated press finds the draft used up.
    pressed = await h.api.press(admin, preview, callback_data=send_data)
    answer = await h.api.wait_for_callback_answer(pressed)
    assert answer.text == texts.BROADCAST_EXPIRED
    assert len(h.api.messages(bob)) == 1


async def test_send_and_to_me_too_includes_the_admin(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    alice = h.api.user(1001, "Alice")
    for user in (admin, alice):
        await say(h, user, "/start")
    await send_broadcast(h, admin, "Hello all", button="and to me too")
    done = await final_reply(h, admin)
    assert done.text == "📣 Broadcast finished: 2 delivered, 0 blocked, 0 failed (of 2)."
    assert h.api.last_message(alice).text == "Hello all"
    assert "Hello all" in [m.text for m in h.api.messages(admin)]


async def test_admin_help_says_sending_a_file_imports_a_set(admin_harness: BotHarness) -> None:
    h = admin_harness
    text = (await say(h, admin_of(h), "/help")).text or ""
    admin_part = text.split("Admin commands", 1)[1]
    assert admin_part.lstrip().startswith("📄 Import a set: send me a file")
    assert "GIFT" in admin_part and "/broadcast" in admin_part
    user_help = (await say(h, h.api.user(1001, "Alice"), "/help")).text or ""
    assert "Import a set" not in user_help


async def test_a_non_admin_cannot_press_send(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin, mallory = admin_of(h), h.api.user(1666, "Mallory")
    await say(h, mallory, "/start")
    preview = await send_broadcast(h, admin, "Real news", button="Cancel")
    assert preview.reply_markup is not None
    send_data = preview.reply_markup["inline_keyboard"][0][0]["callback_data"]
    pressed = await h.api.press(mallory, preview, callback_data=send_data)
    answer = await h.api.wait_for_callback_answer(pressed)
    assert answer.text == texts.NOT_ADMIN
    assert [m.text for m in h.api.messages(mallory)][-1] != "Real news"
