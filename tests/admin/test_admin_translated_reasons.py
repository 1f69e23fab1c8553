"""Reasons made below the views reach the admin in the admin's language: the importer's problems
and skips, article refusals, the generator's refusals and summary line, and /report's refusals
and figures."""

from __future__ import annotations

from sqlmodel import Session

from bot.service.languages import LanguageService
from bot.service.types import Place, Player
from bot.views.i18n import translator
from questions.generate import generate
from questions.text import Text
from tests.admin.conftest import ADMIN_ID, ARTICLE, say, send_file
from tests.bot.conftest import BotHarness
from tests.fakebot import FakeUser
from tests.report.fixture import build_fixture

GIFT_WITH_ESSAY = """\
$CATEGORY: $course$/Space Facts

::Planet:: Which planet is the largest? {=Jupiter ~Mars ~Venus}

::Essay:: Describe the Moon. {}
"""


def admin_in(h: BotHarness, language: str) -> FakeUser:
    """Return the admin, who chose this language with /language (uploads run as jobs, which
    answer in the admin's chosen language)."""
    player = Player(ADMIN_ID, "Ada", language_code=language)
    LanguageService(h.engine).choose(player, Place(ADMIN_ID, "private"), language)
    return h.api.user(ADMIN_ID, "Ada", language_code=language)


def russian_admin(h: BotHarness) -> FakeUser:
    """Return the admin, who speaks Russian."""
    return admin_in(h, "ru")


async def test_import_problems_are_in_russian(admin_harness: BotHarness) -> None:
    h = admin_harness
    bad = "slug: broken\ntitle: Broken\nquestions:\n  - text: One option?\n    options: [Only]\n"
    reply = await send_file(h, russian_admin(h), "broken.yaml", bad.encode())
    assert "вариантов ответа: 1; нужно не меньше 2" in reply.text
    assert "нет ответа: укажите `answer`" in reply.text
    assert "option(s)" not in reply.text


async def test_skipped_questions_say_why_in_chinese(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = admin_in(h, "zh_Hans")
    reply = await send_file(h, admin, "space.gift", GIFT_WITH_ESSAY.encode())
    assert "论述题：只有单选题和判断题可以成为测验投票" in reply.text
    assert "essay question" not in reply.text


async def test_article_refusals_and_the_generators_summary_are_in_russian(
    admin_harness: BotHarness,
) -> None:
    h = admin_harness
    admin = russian_admin(h)
    reply = await send_file(h, admin, "scan.pdf", b"%PDF-1.4\n%broken\n")
    assert "scan.pdf: этот PDF не удаётся прочитать" in reply.text
    await h.api.upload_document(admin, "short.txt", b"Too short to be news. " * 3)
    done = await h.api.wait_for_edit(await h.api.wait_for_message(chat=admin), timeout=40)
    assert "Текст слишком короткий для викторины" in (done.text or "")
    await h.api.upload_document(admin, "harbour-bridge.txt", ARTICLE.encode())
    # The first article loads the language model: slow on a busy machine.
    done = await h.api.wait_for_edit(await h.api.wait_for_message(chat=admin), timeout=60)
    assert "📊 Вопросов: " in (done.text or "")
    assert "охвачено" in (done.text or "")


async def test_report_refusals_figures_and_flags_are_in_russian(admin_harness: BotHarness) -> None:
    h = admin_harness
    admin = russian_admin(h)
    missing = await say(h, admin, "/report no-such-set")
    assert missing.text == "Набора со слагом «no-such-set» нет. Смотрите /sets."
    empty = await say(h, admin, "/report planets")
    assert empty.text == "Пока нет ответов на «Planets» (planets)."
    with Session(h.engine) as session:
        build_fixture(session)
    await h.api.send_text(admin, "/report sample")
    photo, details = await h.api.wait_for_messages(chat=admin, count=2, timeout=20)
    assert "В3 (сломан, дистрактор выбирают чаще ключа): " in (photo.caption or "")
    assert "В3: ответов 10 · лёгкость 0.40 · дискриминация -0.78" in (details.text or "")


def test_the_summary_line_keeps_its_message_id_across_processes() -> None:
    # The bot's generator runs in a worker process: the summary is pickled on the way back.
    import pickle

    summary = generate(ARTICLE, slug="bridge", title="Bridge").summary()
    back = pickle.loads(pickle.dumps(summary))
    assert isinstance(back, Text) and back == summary
    assert translator("ru").text(back).startswith("Вопросов: ")
