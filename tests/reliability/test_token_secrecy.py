"""The bot token never appears in logs or in anything the bot says, even while things fail.

Every Bot API URL contains the token: httpx logs request URLs at INFO (the file downloads; the
Bot API calls go over aiohttp, which logs none) and PTB logs its base URLs at DEBUG. Here the
bot runs in-process at DEBUG through a spread of failures; the `quizbot run` output at
LOG_LEVEL=DEBUG (two crashes, redelivered updates, error tracebacks) is checked by both tests
in test_crash.py. Upload limits are tested before download in
tests/admin/test_admin_upload.py (test_oversized_file_is_refused_before_download).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import pytest
from sqlalchemy.engine import Engine

from bot.app import build_application
from bot.settings import Settings
from bot.transport.redaction import PLACEHOLDER
from tests.bot.conftest import BotHarness, Clock
from tests.deploy.conftest import SECRET, deploy_settings, free_port, running_webhook
from tests.fakebot import FakeBotApi
from tests.reliability.conftest import (
    SLOW_CALL,
    ask_questions,
    logged_texts,
    press,
    token_leaks,
)

__all__ = ["deploy_settings"]


async def test_the_token_stays_out_of_logs_and_replies_while_calls_fail(
    rbot: BotHarness, caplog: pytest.LogCaptureFixture
) -> None:
    h, api = rbot, rbot.api
    # `quizbot` commands run earlier in the same process set httpx to WARNING; the point here
    # is that its URL lines are redacted, so make sure they are logged.
    caplog.set_level(logging.DEBUG, logger="httpx")
    alice, admin = api.user(1001, "Alice"), api.user(9001, "Ada")
    # A send answered 500 (a warning), a dropped poll (PTB's retry loop), a 400 (an error
    # with its traceback), an edit slower than the timeout, and a file download.
    api.fail_next("sendMessage", 500)
    await api.send_text(alice, "/help")
    api.fail_next("getUpdates", drop=True)
    api.fail_next("sendMessage", 400, description="Bad Request: chat not found")
    await api.send_text(alice, "/sets")
    await api.wait_for(lambda: len(api.errors) >= 2, what="both failures")
    [question] = await ask_questions(api, h.engine, [alice], 1)
    api.fail_next("editMessageText", delay=SLOW_CALL)
    pressed = await press(api, question, question.right)
    await api.wait_for_callback_answer(pressed.query_id)
    await api.upload_document(admin, "quiz.yaml", b"slug: tiny\ntitle: Tiny\n")
    await api.wait_for_message(chat=admin, timeout=10)
    await api.send_text(alice, "/score")
    await api.wait_for_message(chat=alice, timeout=10)

    logged = logged_texts(caplog)
    assert token_leaks(api.token, logged) == []
    # The check saw what matters: tracebacks, and the URL lines with the token blanked out.
    assert any(record.exc_info for record in caplog.records)
    assert any(PLACEHOLDER in text and "/file/bot" in text for text in logged)
    said = [m.content for m in api.messages(include_deleted=True)]
    said += [a.text or "" for a in api.callback_answers]
    assert token_leaks(api.token, said) == []


async def test_the_webhook_secret_stays_out_of_debug_logs(
    engine: Engine, deploy_settings: Callable[..., Settings], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    async with FakeBotApi() as api:
        settings = deploy_settings(
            api, webhook_url="https://bot.example.com/telegram/hook", webhook_secret=SECRET
        )
        app = build_application(settings, engine=engine, clock=Clock())
        async with running_webhook(app, port=free_port()):
            assert api.webhook_secret == SECRET
    logged = logged_texts(caplog)
    # The check saw the setWebhook call PTB logs at DEBUG, with the secret blanked out.
    assert any("setWebhook" in text for text in logged)
    assert [text for text in logged if SECRET in text] == []
