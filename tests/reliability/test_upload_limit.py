"""An upload that lies about its size is refused once the download passes the limit."""

from __future__ import annotations

import pytest

from tests.bot.conftest import BotHarness
from tests.reliability.conftest import logged_texts, token_leaks
from tests.reliability.test_bad_input import ADMIN_ID

REAL_SIZE = 25 * 1024 * 1024


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
async def test_a_file_bigger_than_its_reported_size_is_not_downloaded_whole(
    rbot: BotHarness, chunked: bool, caplog: pytest.LogCaptureFixture
) -> None:
    api = rbot.api
    api.chunked_downloads = chunked  # without a length up front, the bot counts as it reads
    admin = api.user(ADMIN_ID, "Ada")
    # Telegram's file_size says 1 KB; the file server sends 25 MB.
    data = b"slug: huge\ntitle: Huge\nquestions:\n" + b"#" * (REAL_SIZE - 34)
    await api.upload_document(admin, "huge.yaml", data, reported_size=1024)
    reply = await api.wait_for_message(chat=admin, timeout=30)
    assert "limit is 1,000,000 bytes" in (reply.text or "")
    [download] = api.downloads
    await api.wait_for(lambda: download.finished, what="the file server done with it")
    assert download.size == REAL_SIZE
    assert not download.complete and download.sent < REAL_SIZE
    # The download URL holds the token; the streamed download logs it blanked, like PTB's.
    assert token_leaks(api.token, logged_texts(caplog)) == []
