"""The teacher's view through the real bot and the fake Bot API: /report, /export_results,
/flags, the players' "⚑ Report question" button and the /stats chart."""

from __future__ import annotations

import csv
import io

from PIL import Image
from sqlmodel import Session

from bot.service.flags import FlagStatus
from bot.views import texts
from bot.views.charts import WIDTH_PX
from tests.admin.conftest import admin_of, say
from tests.bot.conftest import BotHarness
from tests.bot.test_private_game import buttons, correct_button, wrong_button
from tests.fakebot import BotMessage, FakeUser
from tests.report.fixture import FIRST_USER, build_fixture


def _fixture(h: BotHarness) -> None:
    """Store the hand-computed set `sample` and its 11 players (tests/report/fixture.py)."""
    with Session(h.engine) as session:
        build_fixture(session)


def _image(message: BotMessage) -> Image.Image:
    """Open the PNG a photo message carries."""
    assert message.photo is not None
    return Image.open(io.BytesIO(message.photo.content))


async def _answer(h: BotHarness, user: FakeUser, *, right: bool) -> BotMessage:
    """Ask for a question, answer it, and return the result message."""
    question = await say(h, user, "/quiz")
    pick = correct_button(h, question) if right else wrong_button(h, question)
    await h.api.press(user, question, pick)
    return await h.api.wait_for_edit(question)


async def test_report_sends_a_chart_with_the_questions_to_fix_first(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    _fixture(h)
    admin = admin_of(h)
    await h.api.send_text(admin, "/report sample")
    photo, details = await h.api.wait_for_messages(chat=admin, count=2, timeout=20)
    assert photo.kind == "photo"
    image = _image(photo)
    assert image.width == photo.photo_size[0] == WIDTH_PX
    assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 20
    caption = (photo.caption or "").splitlines()
    assert caption[0] == "Sample set · 11 players"
    assert caption[1] == "Fix first:"
    assert caption[2] == "Q3 (broken, distractor over key): What is answer number 3?"
    assert caption[3] == "Q1 (broken): What is answer number 1?"
    assert "Q3: 10 answered · facility 0.40 · discrimination -0.78" in (details.text or "")
    assert "Never chosen: Wrong 3b" in (details.text or "")


async def test_report_refusals_and_a_set_without_answers(admin_harness: BotHarness) -> None:
    h = admin_harness
    _fixture(h)
    admin, mallory = admin_of(h), h.api.user(666, "Mallory")
    assert (await say(h, mallory, "/report sample")).text == texts.NOT_ADMIN
    assert (await say(h, mallory, "/export_results sample")).text == texts.NOT_ADMIN
    assert (await say(h, mallory, "/flags")).text == texts.NOT_ADMIN
    assert (await say(h, admin, "/report")).text == texts.REPORT_USAGE
    missing = await say(h, admin, "/report <b>nope</b>")
    assert missing.text == "There is no set with slug “<b>nope</b>”. See /sets."
    empty = await say(h, admin, "/report planets")
    assert empty.text == "No answers yet for “Planets” (planets)."
    assert (await say(h, admin, "/export_results planets")).text == empty.text
    assert h.api.photos() == [] and h.api.documents() == []


async def test_export_results_sends_two_csv_files_safe_for_spreadsheets(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    _fixture(h)
    admin = admin_of(h)
    await h.api.send_text(admin, "/export_results sample")
    players_msg, items_msg = await h.api.wait_for_messages(chat=admin, count=2, timeout=20)
    assert players_msg.document is not None and items_msg.document is not None
    assert players_msg.document.filename == "sample-results.csv"
    assert items_msg.document.filename == "sample-questions.csv"
    assert players_msg.caption == "Results of sample: 11 players, one row each."
    rows = list(csv.DictReader(io.StringIO(players_msg.document.content.decode("utf-8-sig"))))
    names = {int(r["telegram_id"]): r["name"] for r in rows}
    assert names[FIRST_USER + 1] == '\'=HYPERLINK("http://x")'
    assert names[FIRST_USER + 4] == "'@Di"
    assert names[FIRST_USER + 5] == "<b>Eve</b>"  # as typed: a CSV file is not HTML
    items = list(csv.DictReader(io.StringIO(items_msg.document.content.decode("utf-8-sig"))))
    assert [r["flags"] for r in items] == ["broken", "", "broken; distractor over key"]


async def test_players_flag_a_question_and_three_flags_pause_it(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    await say(h, admin, "/start")
    players = [h.api.user(1001 + i, name) for i, name in enumerate(["Al", "Bea", "<i>Cy</i>"])]
    results = []
    for player in players:
        await say(h, player, "/use planets")
        results.append(await _answer(h, player, right=False))  # "largest": everyone wrong
    assert buttons(results[0]) == [texts.NEXT_BUTTON, texts.REPORT_BUTTON]

    # Someone else cannot flag Al's question, even with a forged button.
    data = results[0].reply_markup["inline_keyboard"][1][0]["callback_data"]  # type: ignore[index]
    delivery = data.split(":")[1]
    forged = await h.api.press(players[1], results[0], callback_data=f"fr:{delivery}:wrong")
    answer = await h.api.wait_for_callback_answer(forged)
    assert answer.text == texts.FLAG_NOTICES[FlagStatus.NOT_SENT]

    for number, (player, result) in enumerate(zip(players, results, strict=True)):
        await h.api.press(player, result, texts.REPORT_BUTTON)
        reasons = await h.api.wait_for_edit(result)
        assert buttons(reasons) == ["Wrong answer", "Unclear", "Typo", "Other", texts.NEXT_BUTTON]
        pressed = await h.api.press(player, reasons, "Wrong answer")
        assert (await h.api.wait_for_callback_answer(pressed)).text == texts.FLAG_THANKS
        done = await h.api.wait_for_edit(reasons)
        assert buttons(done) == [texts.NEXT_BUTTON]
        if number == 0:
            again = await h.api.press(player, done, callback_data=f"fr:{delivery}:typo")
            refusal = await h.api.wait_for_callback_answer(again)
            assert refusal.text == texts.FLAG_NOTICES[FlagStatus.ALREADY]

    [notice] = await h.api.wait_for_messages(
        chat=admin, predicate=lambda m: (m.text or "").startswith("⏸"), timeout=10
    )
    assert notice.text == (
        "⏸ Paused after 3 players reported it (0% get it right): planets · "
        "Which planet is the largest?\nIt is not served until you look: /flags"
    )
    # A new player is not served the paused question.
    newcomer = h.api.user(1009, "Dee")
    await say(h, newcomer, "/use planets")
    assert "closest to the Sun" in ((await say(h, newcomer, "/quiz")).text or "")

    listed = await say(h, admin, "/flags")
    assert "planets · 3 ⚑ (wrong answer 3) · 0% right of 3 · ⏸ paused" in (listed.text or "")
    assert buttons(listed) == ["▶ Resume 1", "🗑 Retire 1"]
    refused = await h.api.press(players[0], listed, "▶ Resume 1")
    assert (await h.api.wait_for_callback_answer(refused)).text == texts.NOT_ADMIN
    await h.api.press(admin, listed, "▶ Resume 1")
    resumed = await h.api.wait_for_message(chat=admin)
    assert resumed.text == "“Which planet is the largest?” is served again."
    assert (await say(h, admin, "/flags")).text == texts.NO_FLAGS


async def test_stats_adds_an_activity_chart_once_there_are_answers(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = admin_of(h)
    await h.api.send_text(admin, "/stats")
    _, nothing = await h.api.wait_for_messages(chat=admin, count=2, timeout=10)
    assert nothing.text == texts.NO_ACTIVITY
    alice = h.api.user(1001, "Alice")
    await _answer(h, alice, right=True)
    await h.api.send_text(admin, "/stats")
    _, chart = await h.api.wait_for_messages(chat=admin, count=2, timeout=20)
    assert chart.kind == "photo"
    assert _image(chart).size[0] == WIDTH_PX
