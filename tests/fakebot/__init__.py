"""A fake Telegram Bot API server for end-to-end tests with the real python-telegram-bot.

Typical use::

    async with FakeBotApi() as api:
        alice = api.user(1001, "Alice", username="alice")
        app = (ApplicationBuilder().token(api.token).base_url(api.base_url)
               .base_file_url(api.base_file_url).build())
        ...
        async with running(app):
            await api.send_text(alice, "/start")
            reply = await api.wait_for_message(chat=alice)
"""

from .builders import check_update
from .control import ControlClient
from .entities import EntityParseError, ParsedText, parse_text, utf16_len
from .models import BotMessage, EditRecord, FakeChat, FakeUser, FileRecord
from .runner import running
from .server import DEFAULT_ALLOWED_UPDATES, REGISTERED_SECRET, FakeBotApi, Upload
from .traffic import ApiCall, ApiErrorRecord, CallbackAnswer, FileDownload, Stats, WebhookDelivery
from .validation import ApiError

__all__ = [
    "DEFAULT_ALLOWED_UPDATES",
    "REGISTERED_SECRET",
    "ApiCall",
    "ApiError",
    "ApiErrorRecord",
    "BotMessage",
    "CallbackAnswer",
    "ControlClient",
    "EditRecord",
    "EntityParseError",
    "FakeBotApi",
    "FakeChat",
    "FakeUser",
    "FileDownload",
    "FileRecord",
    "ParsedText",
    "Stats",
    "Upload",
    "WebhookDelivery",
    "check_update",
    "parse_text",
    "running",
    "utf16_len",
]
