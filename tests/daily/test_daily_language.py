"""The daily question speaks the chat's language: the player's /language choice, a group's
setting, else Telegram's language_code (the question itself keeps its set's language)."""

from __future__ import annotations

from tests.daily.conftest import DailyHarness


async def test_daily_questions_come_in_each_chats_language(daily: DailyHarness) -> None:
    api = daily.api
    olga = api.user(4001, "Olga", language_code="ru")
    alice = api.user(4002, "Alice", language_code="en")
    ann = api.user(4003, "Ann", language_code="en")
    club = api.group(-100888, "Club", admins=[ann])
    subscribed = await daily.say(olga, "/daily 08:30 Europe/Berlin")
    assert subscribed.text.startswith("✅ Вопрос дня включён: каждый день в 08:30")
    await daily.say(alice, "/daily 08:30 Europe/Berlin")
    offer = await daily.say(alice, "/language")
    await api.press(alice, offer, "中文")
    await api.wait_for_edit(offer)
    await daily.say(ann, "/daily 08:30 Europe/Berlin", chat=club)
    offer = await daily.say(ann, "/language", chat=club)
    await api.press(ann, offer, "Русский")
    await api.wait_for_edit(offer)
    status = await daily.say(ann, "/daily", chat=club)
    assert status.text.startswith("📅 Вопрос дня: включён, каждый день в 08:30")
    daily.at(2026, 3, 3, 7, 30)
    assert (await daily.tick()).sent == 3
    assert daily.sent_to(olga)[-1].text.startswith("📅 Вопрос дня")
    assert daily.sent_to(alice)[-1].text.startswith("📅 每日一题")
    # A group gets a quiz poll: the 📅 mark and the question, in the set's own language.
    poll = daily.sent_to(club)[-1]
    assert poll.poll is not None and poll.poll["question"].startswith("📅 ")
