"""/channel: linking a channel (and every refusal), its daily anonymous poll and recap line."""

from __future__ import annotations

from sqlmodel import Session, select

from bot.jobs.daily import dispatcher_of
from db.channels import save_poll_result
from db.engine import session_scope
from db.models import PollResult
from tests.bot.conftest import start_bot
from tests.daily.conftest import DailyHarness, quiet
from tests.fakebot import BotMessage, FakeChat

ADMIN_ID = 9001  # in ADMIN_IDS (tests/bot/conftest.py)


def channel(daily: DailyHarness, chat_id: int, title: str, username: str, **kw: object) -> FakeChat:
    """Register a channel on the fake server."""
    return daily.api.group(chat_id, title, chat_type="channel", username=username, **kw)  # type: ignore[arg-type]


async def test_linking_checks_the_channel_the_bot_and_the_admin(daily: DailyHarness) -> None:
    api = daily.api
    ada, bob, carl = api.user(ADMIN_ID, "Ada"), api.user(1002, "Bob"), api.user(1003, "Carl")
    news = channel(daily, -1001001, "Daily News", "dailynews", admins=[ada])
    channel(daily, -1001002, "Other News", "othernews", admins=[carl], bot_is_admin=True)
    club = api.group(-1001003, "Quiz Club", admins=[ada], username="quizclub")
    # Only the bot's admins, and only in a private chat.
    assert "only the bot's admins" in (await daily.say(bob, "/channel @dailynews 08:00")).text
    await api.send_text(ada, "/channel", chat=club)
    assert "private chat" in (await api.wait_for_message(chat=club)).text
    refusals = {
        "/channel @nosuchname 08:00": "I can't find @nosuchname",
        "/channel @quizclub 08:00": "@quizclub is not a channel",
        "/channel @dailynews 08:00": "I am not an administrator of @dailynews",
        "/channel @dailynews 25:00": "“25:00” is not a time of day",
        "/channel dailynews 08:00": "/channel @name HH:MM",
    }
    for command, expected in refusals.items():
        assert expected in (await daily.say(ada, command)).text, command
    news.bot_is_admin, news.bot_can_post = True, False  # an admin without "Post messages"
    assert "I am not an administrator" in (await daily.say(ada, "/channel @dailynews 08:00")).text
    news.bot_can_post = True
    reply = await daily.say(ada, "/channel @othernews 08:00")
    assert "Only administrators of @othernews can link it" in reply.text
    reply = await daily.say(ada, "/channel @dailynews 08:00 Mars/Olympus")
    assert "I don't know the time zone “Mars/Olympus”" in reply.text
    assert daily.subscription(news.id) is None  # nothing was linked by any refusal
    reply = await daily.say(ada, "/channel @DailyNews 08:30 Europe/Berlin")
    assert "Daily News (@dailynews) linked" in reply.text
    assert "every day at 08:30 (Europe/Berlin)" in reply.text
    assert "The next one comes tomorrow at 08:30" in reply.text
    assert "anonymous, so they score no points" in reply.text
    listed = await daily.say(ada, "/channel")
    assert "Daily News (@dailynews): every day at 08:30 (Europe/Berlin)" in listed.text
    assert "Other News" not in listed.text
    helped = await daily.say(ada, "/help")
    assert "/channel — A daily quiz poll in a channel (anonymous, no points)" in helped.text
    assert "Polls in channels are anonymous, so they score no points" in helped.text
    stopped = await daily.say(ada, "/channel @dailynews off")
    assert "Daily News (@dailynews): daily quiz polls stopped" in stopped.text
    assert "No channels are linked yet" in (await daily.say(ada, "/channel")).text
    assert "@dailynews is not linked" in (await daily.say(ada, "/channel @dailynews off")).text
    sub = daily.subscription(news.id)
    assert sub is not None and not sub.active


async def test_one_anonymous_poll_per_local_day_across_a_restart_with_yesterdays_result(
    daily: DailyHarness,
) -> None:
    api = daily.api
    ada = api.user(ADMIN_ID, "Ada")
    news = channel(daily, -1001001, "Daily News", "dailynews", admins=[ada], bot_is_admin=True)
    await daily.say(ada, "/channel @dailynews 08:30 Europe/Berlin")  # 07:30 UTC in winter
    daily.at(2026, 3, 3, 7, 30)
    assert (await daily.tick()).sent == 1
    (first,) = daily.sent_to(news)
    assert first.poll is not None and first.poll["is_anonymous"] is True
    assert first.poll["type"] == "quiz" and first.poll["question"].startswith("📅")
    assert "from" not in first.to_dict() and first.to_dict()["sender_chat"]["id"] == news.id
    # Three readers vote; Telegram tells the bot only the counts.
    right = first.poll["correct_option_ids"][0]
    wrong = (right + 1) % len(first.poll["options"])
    for number, choice in enumerate((right, right, wrong)):
        await api.vote_anonymously(api.user(3000 + number, f"Reader {number}"), first, [choice])
    await api.wait_for(lambda: _voters(daily) == 3, what="three votes stored")
    # A state that arrives late (two votes) never overwrites the newer one.
    with session_scope(daily.engine) as session:
        poll_id, now = first.poll["id"], daily.clock.now
        assert save_poll_result(session, poll_id=poll_id, counts=[2, 0], total=2, now=now)
    assert _voters(daily) == 3
    # A channel post addressed to the bot is not a command from anyone: no reply, no error.
    await api.post_in_channel(news, "/quiz", signature="Ada")
    await api.wait_until_confirmed()
    # The process restarts the same local day: the day is not posted again.
    await daily.app.stop()
    daily.at(2026, 3, 3, 20, 0)
    async with start_bot(api, daily.settings, daily.engine, daily.clock) as app:
        quiet(app)
        assert (await dispatcher_of(app).run_once()).sent == 0
        assert len(daily.sent_to(news)) == 1, daily.sent_to(news)[-1].text
        daily.at(2026, 3, 4, 7, 30)
        assert (await dispatcher_of(app).run_once()).sent == 1
        assert (await dispatcher_of(app).run_once()).sent == 0
    recap, second = daily.sent_to(news)[1:]
    assert recap.kind == "text" and second.kind == "poll"
    question = first.poll["question"].removeprefix("📅 ").split("\n")[-1]
    answer = first.poll["options"][right]["text"]
    assert recap.text.startswith("📊 Yesterday's quiz:") and question in recap.text
    assert f"Answer: {answer}" in recap.text and "2 of 3 voters got it right." in recap.text
    assert [str(d.local_date) for d in daily.days()] == ["2026-03-03", "2026-03-04"]


async def test_a_skipped_day_and_no_votes_say_so_in_the_recap(daily: DailyHarness) -> None:
    api = daily.api
    ada = api.user(ADMIN_ID, "Ada")
    news = channel(daily, -1001001, "Daily News", "dailynews", admins=[ada], bot_is_admin=True)
    await daily.say(ada, "/channel @dailynews 09:00 UTC")
    daily.at(2026, 3, 3, 9, 0)
    assert (await daily.tick()).sent == 1
    daily.at(2026, 3, 5, 9, 0)  # the bot was down all of 4 March
    assert (await daily.tick()).sent == 1
    recap: BotMessage = daily.sent_to(news)[1]
    assert recap.text.startswith("📊 The last quiz (2026-03-03):")
    assert "Nobody answered it." in recap.text


def _voters(daily: DailyHarness) -> int:
    """Return the voters stored for the channel's polls."""
    with Session(daily.engine) as session:
        return sum(r.total_voters for r in session.exec(select(PollResult)))


async def test_a_resent_day_repeats_no_recap_and_posts_speak_the_admins_language(
    daily: DailyHarness,
) -> None:
    api = daily.api
    olga = api.user(ADMIN_ID, "Olga", language_code="ru")
    news = channel(daily, -1001001, "Новости", "novosti", admins=[olga], bot_is_admin=True)
    reply = await daily.say(olga, "/channel @novosti 09:00 Europe/Moscow")
    assert "подключён" in reply.text
    daily.at(2026, 3, 3, 6, 0)  # 09:00 in Moscow
    assert (await daily.tick()).sent == 1
    # The next day the process sends the recap and the poll, then dies before recording them.
    daily.at(2026, 3, 4, 6, 0)
    service = daily.dispatcher.daily.service
    (job,) = service.claim_due()[0]
    await daily.dispatcher.deliver(job)
    daily.at(2026, 3, 4, 6, 6)  # its lease ran out: a new pass sends the day again
    report = await daily.tick()
    assert (report.resent, report.sent) == (1, 1)
    kinds = [m.kind for m in daily.sent_to(news)]
    assert kinds == ["poll", "text", "poll", "poll"]  # the recap once; the poll is the same
    first_poll, second_poll = daily.sent_to(news)[2:]
    assert first_poll.poll is not None and second_poll.poll is not None
    assert first_poll.poll["question"] == second_poll.poll["question"]
    recap = daily.sent_to(news)[1]
    assert recap.text.startswith("📊 Вчерашний вопрос:") and "Никто не ответил." in recap.text


async def test_a_channel_that_removed_the_bot_is_stopped_and_unlisted(daily: DailyHarness) -> None:
    api = daily.api
    ada = api.user(ADMIN_ID, "Ada")
    news = channel(daily, -1001001, "Daily News", "dailynews", admins=[ada], bot_is_admin=True)
    await daily.say(ada, "/channel @dailynews 08:00 UTC")
    news.bot_is_admin = False  # the channel's owner removed the bot
    daily.at(2026, 3, 3, 8, 0)
    assert (await daily.tick()).blocked == 1
    assert daily.sent_to(news) == []
    assert "No channels are linked yet" in (await daily.say(ada, "/channel")).text
    news.bot_is_admin = True  # added back: linking again starts it again
    assert "linked" in (await daily.say(ada, "/channel @dailynews 08:00 UTC")).text
    daily.at(2026, 3, 4, 8, 0)
    assert (await daily.tick()).sent == 1
