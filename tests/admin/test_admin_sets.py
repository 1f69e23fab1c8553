"""Managing sets from Telegram: /sets with player counts, /export, /delete with confirmation."""

from __future__ import annotations

import html

from sqlmodel import Session, select

from bot.service.sets import export_yaml
from bot.service.types import SetFallback
from bot.views import texts
from bot.views.callbacks import encode_delete
from bot.views.i18n import ENGLISH
from db.models import Answer, QuestionRow
from db.sets import export_set, get_set
from questions.formats import read_bytes
from tests.admin.conftest import admin_of, live_slugs, say, send_file, set_rows
from tests.bot.conftest import BotHarness
from tests.bot.test_private_game import button_data, correct_button, wrong_button


async def test_sets_shows_admins_how_many_players_answered_each_set(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    for user_id, name in ((1001, "Alice"), (1002, "Bob")):
        player = h.api.user(user_id, name)
        await say(h, player, "/use planets")
        question = await say(h, player, "/quiz")
        await h.api.press(player, question, correct_button(h, question))
        await h.api.wait_for_edit(question)
    alice = h.api.find_user(1001)
    assert alice is not None
    player_view = await say(h, alice, "/sets")
    admin_view = await say(h, admin, "/sets")
    assert "players" not in player_view.text
    assert "Planets (2 questions, 2 players)" in admin_view.text
    assert "(3 questions, 0 players)" in admin_view.text


async def test_export_sends_yaml_that_reimports_as_the_same_set(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    with Session(h.engine) as session:
        before = export_set(session, "tricky")
    await h.api.send_text(admin, "/export Tricky")
    sent = await h.api.wait_for_message(chat=admin)
    assert sent.kind == "document"
    document = h.api.documents(admin)[-1]
    assert document.filename == "tricky.yaml"
    assert "tricky" in (sent.caption or "")
    assert read_bytes(document.content, "tricky.yaml").qset == before

    reply = await send_file(h, admin, "tricky.yaml", document.content)
    assert "(tricky), unchanged (the same file as before):" in reply.text
    assert "0 added · 0 updated · 0 retired · 3 unchanged" in reply.text
    with Session(h.engine) as session:
        assert export_set(session, "tricky") == before


async def test_export_of_an_unknown_set_lists_the_sets(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    usage = await say(h, admin, "/export")
    assert "/export my-set" in usage.text
    missing = await say(h, admin, "/export <nope>")
    assert "no set called <nope>" in missing.text
    assert "planets" in missing.text and "tricky" in missing.text
    assert h.api.documents(admin) == []


async def test_delete_asks_first_and_cancel_keeps_the_set(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    ask = await say(h, admin, "/delete planets")
    assert "Delete Planets (planets, 2 questions)?" in ask.text
    assert "Answers and scores stay" in ask.text
    assert [b["text"] for b in ask.buttons] == ["🗑 Delete", "Cancel"]
    assert all(len(data.encode()) <= 64 for data in button_data(ask))
    update = await h.api.press(admin, ask, "Cancel")
    kept = await h.api.wait_for_edit(ask)
    assert kept.text == "Planets was kept; nothing was deleted."
    assert kept.buttons == []
    assert (await h.api.wait_for_callback_answer(update)).text == texts.KEPT_ALERT
    assert "planets" in live_slugs(h.engine)


async def test_delete_retires_the_set_and_its_chats_fall_back_with_a_notice(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    alice = h.api.user(1001, "Alice")
    await say(h, alice, "/use planets")
    question = await say(h, alice, "/quiz")
    await h.api.press(alice, question, wrong_button(h, question))
    await h.api.wait_for_edit(question)

    ask = await say(h, admin, "/delete planets")
    assert "1 chat playing it will switch to the default set" in ask.text
    await h.api.press(admin, ask, "Delete")
    done = await h.api.wait_for_edit(ask)
    assert done.text.startswith("🗑 Deleted Planets (planets).")
    assert '1 chat will switch to Tricky <Markup> & "Quotes" at their next question.' in (done.text)
    assert done.buttons == []
    assert ("planets", "Planets", True) in set_rows(h.engine)
    with Session(h.engine) as session:
        answers = session.exec(select(Answer)).all()
        assert len(answers) == 1  # answers and scores stay
        question_row = session.get(QuestionRow, answers[0].question_id)
        assert question_row is not None and question_row.retired_at is None

    fallback = await say(h, alice, "/quiz")
    told = texts.set_fallback(ENGLISH, SetFallback("Planets", 'Tricky <Markup> & "Quotes"'))
    assert html.unescape(told) in fallback.text
    assert fallback.text.splitlines()[2] == 'Tricky <Markup> & "Quotes"'
    again = await say(h, alice, "/quiz")
    assert "was removed" not in again.text  # told once
    listing = await say(h, alice, "/sets")
    assert "planets" not in listing.text

    # A second press on the old keyboard changes nothing and says so.
    update = await h.api.press(
        admin, ask, callback_data=encode_delete(_set_id(h, "planets"), confirm=True)
    )
    answer = await h.api.wait_for_callback_answer(update)
    assert answer.text == texts.ALREADY_DELETED


async def test_deleted_set_can_be_restored_by_sending_its_export_back(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    ask = await say(h, admin, "/delete planets")
    await h.api.press(admin, ask, "Delete")
    done = await h.api.wait_for_edit(ask)
    assert "/export planets" in done.text
    yaml_text = export_yaml(h.engine, "planets")
    assert yaml_text is not None
    await h.api.send_text(admin, "/export planets")
    await h.api.wait_for_message(chat=admin)
    restored = await send_file(h, admin, "planets.yaml", h.api.documents(admin)[-1].content)
    assert "(planets), updated in place:" in restored.text
    assert "planets" in live_slugs(h.engine)


async def test_delete_of_an_unknown_set_says_so(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_of(h)
    usage = await say(h, admin, "/delete")
    assert "/delete my-set" in usage.text
    missing = await say(h, admin, "/delete nope")
    assert "no set called nope" in missing.text
    assert missing.buttons == []


def _set_id(h: BotHarness, slug: str) -> int:
    """Return the id of a set by slug."""
    with Session(h.engine) as session:
        row = get_set(session, slug, include_retired=True)
        assert row is not None and row.id is not None
        return row.id
