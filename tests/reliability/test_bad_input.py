"""Bad input through the running bot: random button data and command arguments, 4096-character
commands, 100 KB and non-UTF-8 documents. Every one gets one polite answer, none reaches the
error handler, none scores.

Uploads over the size limit are refused before download: tests/admin/test_admin_upload.py
(test_oversized_file_is_refused_before_download); non-admins are refused in
tests/admin/test_admin_security.py.
"""

from __future__ import annotations

import logging
import random
import string

import pytest

from bot.views import texts
from tests.bot.conftest import BotHarness
from tests.fakebot import BotMessage, FakeUser
from tests.reliability.conftest import ask_questions, count_answers, global_points

ADMIN_ID = 9001  # in ADMIN_IDS of the test settings
LONG = 4096  # Telegram's longest message


def handler_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Return the errors the bot's error handler logged (an exception escaped a handler)."""
    return [r.getMessage() for r in caplog.records if r.name == "bot.app" and r.levelno >= 40]


def gibberish(rng: random.Random, size: int) -> str:
    """Random text: letters, digits, punctuation, emoji, right-to-left and combining marks."""
    alphabet = string.ascii_letters + string.digits + string.punctuation + " \n\t"
    alphabet += "éßøжЖ中文字😀🏳️‍🌈\u202e\u0301\u200b"
    return "".join(rng.choice(alphabet) for _ in range(size))


async def reply_to(h: BotHarness, user: FakeUser, text: str) -> BotMessage:
    """Send a message and return the bot's one reply."""
    await h.api.send_text(user, text)
    return await h.api.wait_for_message(chat=user, timeout=15)


async def test_random_button_data_gets_a_notice_and_scores_nothing(
    rbot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    h, api = rbot, rbot.api
    alice, mallory = api.user(1001, "Alice"), api.user(1666, "Mallory")
    [question] = await ask_questions(api, h.engine, [alice], 1)
    rng = random.Random(5)
    delivery = question.delivery_id
    forged = [
        *(gibberish(rng, rng.randrange(1, 60)) for _ in range(8)),
        f"a:{delivery}:{question.options}",  # one past the last option
        f"a:{delivery}:99",
        f"a:{delivery + 1}:0",  # a delivery that does not exist (yet)
        f"a:{delivery}:-1",
        f"a:{delivery}:0:0",
        f"a:{'9' * 18}:0",
        "a:٣:٠",  # Arabic-Indic digits are decimal to Python
        "m:nothing",
        "d:maybe",
        "ds:1:y",  # an admin button, from a non-admin
    ]
    for data in forged:
        update = await api.press(mallory, question.message, callback_data=data)
        answer = await api.wait_for_callback_answer(update)  # a notice, or a silent ack
        assert "went wrong" not in (answer.text or ""), data
    # Mallory pressing Alice's real buttons, and Alice pressing out of range: nothing counts.
    for position in range(question.options):
        update = await api.press(
            mallory, question.message, callback_data=f"a:{delivery}:{position}"
        )
        assert "someone else" in ((await api.wait_for_callback_answer(update)).text or "")
    assert count_answers(h.engine) == 0 and global_points(h.engine) == {}
    assert not question.message.is_edited
    assert handler_errors(caplog) == []


COMMANDS = ["/use", "/daily", "/leaderboard", "/score", "/quiz", "/sets", "/start", "/help"]


async def test_random_command_arguments_get_one_polite_reply(
    rbot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    h, api = rbot, rbot.api
    alice = api.user(1001, "Alice")
    rng = random.Random(9)
    for command in [*COMMANDS, "/nonsense", "/daily 08:30", "/daily 7pm"]:
        for _ in range(2):
            text = f"{command} {gibberish(rng, rng.randrange(1, 40))}"
            reply = await reply_to(h, alice, text)
            assert reply.text and reply.text != texts.SOMETHING_WRONG, text
    assert handler_errors(caplog) == []


OVERLONG = {
    "/use": "/use " + "x" * (LONG - 5),
    "/daily time": "/daily " + "9" * (LONG - 7),
    "/daily zone": "/daily 08:30 " + "Europe/Berlin" * 314,
    "/daily words": "/daily " + "7 pm " * 817,
    "/leaderboard": "/leaderboard " + "week" * 1020,
    "/quiz": "/quiz " + "q" * (LONG - 6),
    "/start": "/start " + "s" * (LONG - 7),
    "/nonsense": "/" + "n" * (LONG - 1),
    "plain text": "z" * LONG,
    "/export (admin)": "/export " + "a" * (LONG - 8),
    "/delete (admin)": "/delete " + "b" * (LONG - 8),
}


async def test_4096_character_commands_are_answered_politely(
    rbot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    h, api = rbot, rbot.api
    alice, admin = api.user(1001, "Alice"), api.user(ADMIN_ID, "Ada")
    impolite = {}
    for name, text in OVERLONG.items():
        assert len(text) <= LONG
        reply = await reply_to(h, admin if "admin" in name else alice, text)
        if not reply.text or reply.text == texts.SOMETHING_WRONG:
            impolite[name] = reply.text
    assert impolite == {}
    assert [e for e in api.errors if e.method == "sendMessage"] == []  # none too long, say
    assert handler_errors(caplog) == []


def _big_yaml(questions: int) -> bytes:
    items = "".join(
        f"  - text: Question {n}, {'padding ' * 6}?\n    options: [yes {n}, no {n}]\n"
        f"    answer: yes {n}\n"
        for n in range(questions)
    )
    return f"slug: big\ntitle: Big\nquestions:\n{items}".encode()


DOCUMENTS = {
    "a 100 KB valid set": ("big.yaml", _big_yaml(1100), "big"),
    "100 KB of random bytes": ("noise.gift", random.Random(1).randbytes(100_000), "UTF-8"),
    "a Latin-1 CSV": (
        "quiz.csv",
        "question,option_1,option_2,answer\nCafé?,oui,non,1\n".encode("latin-1"),
        "UTF-8",
    ),
    "a UTF-16 YAML file": ("quiz.yaml", "slug: x\ntitle: t\n".encode("utf-16"), "UTF-8"),
    "100 KB of words that are not English": (
        "article.txt",
        " ".join(
            "".join(random.Random(n).choices("bcdfghjklmnpqrstvwxzåäö", k=7)) for n in range(12_500)
        ).encode(),
        "No quiz",
    ),
}


async def test_big_and_non_utf8_documents_are_answered_politely(
    rbot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    api = rbot.api
    admin = api.user(ADMIN_ID, "Ada")
    for name, (filename, data, expected) in DOCUMENTS.items():
        await api.upload_document(admin, filename, data)
        reply = await api.wait_for_message(chat=admin, timeout=30)
        if reply.text == texts.GENERATING:  # an article: the result is edited in
            reply = await api.wait_for_edit(reply, timeout=60)
        assert reply.text and expected in reply.text, (name, reply.text)
        assert reply.text != texts.SOMETHING_WRONG and "failed" not in reply.text, name
    assert handler_errors(caplog) == []
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
