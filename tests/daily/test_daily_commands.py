"""/daily through the real bot: subscribe, change, buttons, unsubscribe, bad input, groups."""

from __future__ import annotations

from bot.jobs.daily import JOB_NAME
from bot.views import texts
from tests.bot.test_private_game import buttons
from tests.daily.conftest import DailyHarness


async def test_subscribe_change_and_unsubscribe(daily: DailyHarness) -> None:
    alice = daily.api.user(1001, "Alice")
    off = await daily.say(alice, "/daily")
    assert "Daily question: off" in off.text and buttons(off) == ["🔔 Turn on"]

    # 09:00 UTC is 12:00 in Moscow, so 08:30 there is tomorrow.
    done = await daily.say(alice, "/daily 08:30 Europe/Moscow")
    assert "every day at 08:30 (Europe/Moscow)" in done.text
    assert "tomorrow at 08:30" in done.text
    sub = daily.subscription(alice.id)
    assert (
        sub is not None
        and sub.active
        and (sub.local_time, sub.timezone)
        == (
            "08:30",
            "Europe/Moscow",
        )
    )
    assert sub.next_due_at.isoformat() == "2026-03-03T05:30:00+00:00"

    status = await daily.say(alice, "/daily")
    assert "on</b>, every day at <b>08:30" in (status.raw_text or "")
    assert "Next one: tomorrow at 08:30" in status.text and buttons(status) == ["🔕 Turn off"]

    # Changing the time keeps the saved zone.
    changed = await daily.say(alice, "/daily 20:00")
    assert "20:00 (Europe/Moscow)" in changed.text and "today at 20:00" in changed.text

    stopped = await daily.say(alice, "/daily off")
    assert "turned off" in stopped.text
    again = await daily.say(alice, "/daily off")
    assert "already off" in again.text

    # The buttons: on brings back the previous time and zone, off stops it again.
    panel = await daily.say(alice, "/daily")
    await daily.api.press(alice, panel, "🔔 Turn on")
    edited = await daily.api.wait_for_edit(panel)
    assert "every day at 20:00 (Europe/Moscow)" in edited.text
    assert buttons(edited) == ["🔕 Turn off"]
    await daily.api.press(alice, edited, "🔕 Turn off")
    edited = await daily.api.wait_for_edit(edited)
    assert "Daily question: off" in edited.text
    sub = daily.subscription(alice.id)
    assert sub is not None and not sub.active


async def test_the_start_menu_shows_the_daily_status(daily: DailyHarness) -> None:
    bob = daily.api.user(1002, "Bob")
    await daily.say(bob, "/daily 7pm berlin")
    menu = await daily.say(bob, "/start")
    await daily.api.press(bob, menu, texts.MENU_DAILY)
    status = await daily.api.wait_for_message(chat=bob)
    assert "every day at 19:00 (Europe/Berlin)" in status.text
    assert "today at 19:00" in status.text


async def test_bad_input_gets_a_clear_answer(daily: DailyHarness) -> None:
    carol = daily.api.user(1003, "Carol")
    replies = {}
    for text in (
        "/daily 25:00",
        "/daily 7",
        "/daily soon",
        "/daily 08:30 Moskow",
        "/daily 08:30 Xyzzy",
        "/daily <b>x</b>",
    ):
        replies[text] = await daily.say(carol, text)
    assert "not a time of day" in replies["/daily 25:00"].text
    assert "/daily 07:00 or /daily 19:00" in replies["/daily 7"].text
    assert "couldn't read “soon”" in replies["/daily soon"].text
    assert "Did you mean Europe/Moscow" in replies["/daily 08:30 Moskow"].text
    assert "Europe/Berlin" in replies["/daily 08:30 Xyzzy"].text
    assert "“<b>x</b>”" in replies["/daily <b>x</b>"].text  # shown literally, escaped
    assert daily.subscription(carol.id) is None  # nothing was saved
    # The accepted forms work.
    for text, expected in (
        ("/daily 9.30", "09:30"),
        ("/daily 7:30 pm", "19:30"),
        ("/daily 19h30 Berlin", "19:30 (Europe/Berlin)"),
    ):
        assert expected in (await daily.say(carol, text)).text


async def test_in_groups_only_admins_change_it(daily: DailyHarness) -> None:
    api = daily.api
    admin, member = api.user(2001, "Ada"), api.user(2002, "Max")
    group = api.group(-1001234, "Quiz club", admins=[admin], members=[member])
    refused = await daily.say(member, "/daily 09:00", chat=group)
    assert refused.text == texts.GROUP_ONLY_ADMINS
    assert daily.subscription(group.id) is None
    done = await daily.say(admin, "/daily 09:00 Europe/Berlin", chat=group)
    assert "every day at 09:00 (Europe/Berlin)" in done.text
    # Anyone may look; only admins may press.
    status = await daily.say(member, "/daily", chat=group)
    assert "on</b>" in (status.raw_text or "")
    update = await api.press(member, status, "🔕 Turn off")
    answer = await api.wait_for_callback_answer(update["callback_query"]["id"])
    assert "administrators" in (answer.text or "")
    sub = daily.subscription(group.id)
    assert sub is not None and sub.active
    assert "administrators" in (await daily.say(member, "/daily off", chat=group)).text


async def test_the_dispatcher_runs_as_one_repeating_job(daily: DailyHarness) -> None:
    assert daily.app.job_queue is not None
    jobs = daily.app.job_queue.get_jobs_by_name(JOB_NAME)
    assert len(jobs) == 1
    job = jobs[0].job
    assert job.trigger.interval.total_seconds() == daily.settings.daily_check_seconds == 3600
    # Passes never overlap: a tick due during a pass returns at once (dispatch_tick skips it).
    assert (job.max_instances, job.coalesce) == (2, True)
