"""The interface in the player's language, end to end through the fake Bot API: Telegram's
language_code, /language in private chats and groups, and the command menus per language."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.engine import Engine

from bot.settings import Settings
from bot.views import texts
from bot.views.i18n import translator
from tests.bot.conftest import SECOND_SET, TRICKY_SET, BotHarness, Clock, load_sets, start_bot
from tests.bot.test_private_game import ask
from tests.fakebot import BotMessage, FakeBotApi

RU, ZH, EN = translator("ru"), translator("zh_Hans"), translator("en")


def buttons(message: BotMessage) -> list[str]:
    """Return the labels of a message's inline keyboard, row by row."""
    assert message.reply_markup is not None
    return [b["text"] for row in message.reply_markup["inline_keyboard"] for b in row]


async def test_a_russian_telegram_user_gets_russian_start_and_help(harness: BotHarness) -> None:
    api = harness.api
    olga = api.user(3001, "Ольга", language_code="ru")
    welcome = await ask(harness, olga, "/start")
    assert welcome.raw_text == texts.welcome(RU, "Ольга", olga.id)
    assert welcome.raw_text.startswith("Привет, <b>Ольга</b>!")
    assert buttons(welcome) == ["🧠 Хочу вопрос", "📅 Вопрос дня", "🏆 Таблица лидеров"]
    help_reply = await ask(harness, olga, "/help")
    assert help_reply.raw_text == texts.help_text(RU)
    assert "/quiz — Следующий вопрос" in (help_reply.text or "")
    # The questions keep their set's language: the UI is Russian, the question English.
    await ask(harness, olga, "/use tricky")
    question = await ask(harness, olga, "/quiz")
    english_questions = ("Which is true?", "What is the capital", "How much is 2 + 2?")
    assert any(q in (question.text or "") for q in english_questions)
    assert buttons(question)[0].startswith("A. ")
    # Anyone else keeps English.
    tom = api.user(3002, "Tom", language_code="en-GB")
    assert (await ask(harness, tom, "/help")).raw_text == texts.help_text(EN)


async def test_language_switches_a_private_chat_to_chinese_and_it_sticks_across_a_restart(
    engine: Engine, make_settings: Callable[..., Settings]
) -> None:
    load_sets(engine, TRICKY_SET, SECOND_SET)
    clock = Clock()
    async with FakeBotApi() as api:
        settings = make_settings(api)
        alice = api.user(3101, "Alice", language_code="en")
        async with start_bot(api, settings, engine, clock):
            harness = BotHarness(api, None, engine, clock, settings)  # type: ignore[arg-type]
            offer = await ask(harness, alice, "/language")
            assert offer.raw_text == EN.gettext(texts.LANGUAGE_PROMPT)
            assert buttons(offer) == ["English", "Русский", "中文"]
            await api.press(alice, offer, "中文")
            chosen = await api.wait_for_edit(offer)
            assert chosen.text == "✅ 我在这里将使用中文。"
            assert (await ask(harness, alice, "/help")).raw_text == texts.help_text(ZH)
        # A new process on the same database: the choice was stored, not kept in memory.
        async with start_bot(api, settings, engine, clock):
            assert (await ask(harness, alice, "/help")).raw_text == texts.help_text(ZH)
            listing = await ask(harness, alice, "/sets")
            assert "<b>题库</b>" in (listing.raw_text or "")
            assert "3 道题" in (listing.text or "")  # tricky has three questions


async def test_only_a_group_admin_sets_the_groups_language(harness: BotHarness) -> None:
    api = harness.api
    ann = api.user(3201, "Ann", language_code="en")
    ben = api.user(3202, "Ben", language_code="en")
    club = api.group(-100777, "Club", admins=[ann], members=[ben])
    await api.send_text(ann, "/language", chat=club)
    offer = await api.wait_for_message(chat=club)
    assert offer.raw_text == EN.gettext(texts.LANGUAGE_PROMPT_GROUP)
    # A member who is not an admin is refused, and nothing changes.
    refused = await api.press(ben, offer, "Русский")
    answer = await api.wait_for_callback_answer(refused["callback_query"]["id"])
    assert answer.text == EN.gettext(texts.GROUP_ONLY_ADMINS) and answer.show_alert
    await api.send_text(ben, "/leaderboard week", chat=club)
    board = await api.wait_for_message(chat=club)
    assert (board.raw_text or "").startswith("<b>Leaderboard</b> · Club · last 7 days")
    # The admin's press switches the whole group, whatever each member's Telegram language.
    await api.press(ann, offer, "Русский")
    chosen = await api.wait_for_edit(offer)
    assert chosen.text == "✅ Здесь я буду говорить по-русски."
    await api.send_text(ben, "/leaderboard week", chat=club)
    board = await api.wait_for_message(chat=club)
    assert (board.raw_text or "").startswith("<b>Таблица лидеров</b> · Club · последние 7 дней")
    # Ben's own private chat still follows his Telegram language.
    assert (await ask(harness, ben, "/help")).raw_text == texts.help_text(EN)


async def test_command_menus_are_registered_per_language(harness: BotHarness) -> None:
    bot = harness.app.bot
    chinese = {c.command: c.description for c in await bot.get_my_commands(language_code="zh")}
    assert chinese["quiz"] == "获取下一道题"
    assert chinese["language"] == "选择机器人的语言"
    russian = {c.command: c.description for c in await bot.get_my_commands(language_code="ru")}
    assert russian["quiz"] == "Следующий вопрос"
    english = {c.command: c.description for c in await bot.get_my_commands()}
    assert english["quiz"] == "Get the next question"
    assert set(chinese) == set(russian) == set(english)
