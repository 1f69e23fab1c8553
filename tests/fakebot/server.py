"""The fake Telegram Bot API server: FakeBotApi assembles its parts and routes the methods."""

from __future__ import annotations

import asyncio
import contextlib
from types import TracebackType
from typing import Self

import aiohttp
from aiohttp import web

from .callbacks import CallbackMethods
from .chats import ChatMethods
from .commands import CommandMethods
from .files import MAX_UPLOAD_SIZE, FileMethods
from .handling import RequestHandling
from .messages import MessageMethods
from .polls import PollMethods
from .records import REGISTERED_SECRET, Handler, JSONDict, Upload
from .state import DEFAULT_ALLOWED_UPDATES
from .world import World

__all__ = ["DEFAULT_ALLOWED_UPDATES", "REGISTERED_SECRET", "FakeBotApi", "Handler", "Upload"]


class FakeBotApi(
    RequestHandling,
    World,
    MessageMethods,
    PollMethods,
    CallbackMethods,
    ChatMethods,
    FileMethods,
    CommandMethods,
):
    """A fake Telegram Bot API server for end-to-end tests with the real python-telegram-bot."""

    async def start(self) -> Self:
        """Start listening (random port unless one was given)."""
        from .control import add_control_routes

        app = web.Application(client_max_size=MAX_UPLOAD_SIZE + 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._handle_method)
        app.router.add_get("/file/bot{token}/{file_path:.+}", self._handle_file)
        add_control_routes(app, self)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._session = aiohttp.ClientSession()
        self._closing = False
        return self

    async def stop(self) -> None:
        """Release waiting long polls and stop the server."""
        self._closing = True
        self._changed.notify()
        for task in list(self._background):
            task.cancel()
        for task in list(self._background):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        if self._session is not None:
            await self._session.close()
            self._session = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Self:
        """Start the server."""
        return await self.start()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        await self.stop()

    @property
    def url(self) -> str:
        """Root URL of the server, e.g. ``http://127.0.0.1:PORT``."""
        return f"http://{self.host}:{self.port}"

    @property
    def base_url(self) -> str:
        """Value for ``ApplicationBuilder().base_url`` (PTB appends the token)."""
        return f"{self.url}/bot"

    @property
    def base_file_url(self) -> str:
        """Value for ``ApplicationBuilder().base_file_url``."""
        return f"{self.url}/file/bot"

    @property
    def control_url(self) -> str:
        """Root of the HTTP control endpoints (``/_control``)."""
        return f"{self.url}/_control"

    @property
    def last_token(self) -> str | None:
        """The token used by the most recent request, if any."""
        return self.tokens_seen[-1] if self.tokens_seen else None

    def _build_handlers(self) -> dict[str, Handler]:
        handlers: dict[str, Handler] = {
            "getMe": self._get_me,
            "logOut": self._true,
            "close": self._true,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageCaption": self._edit_message_caption,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "deleteMessage": self._delete_message,
            "deleteMessages": self._delete_messages,
            "answerCallbackQuery": self._answer_callback_query,
            "sendPoll": self._send_poll,
            "stopPoll": self._stop_poll,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "getFile": self._get_file,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "sendChatAction": self._send_chat_action,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "getChatAdministrators": self._get_chat_administrators,
            "getChatMemberCount": self._get_chat_member_count,
            "leaveChat": self._leave_chat,
            "pinChatMessage": self._chat_true,
            "unpinChatMessage": self._chat_true,
            "unpinAllChatMessages": self._chat_true,
            "setMessageReaction": self._chat_true,
            "setChatMenuButton": self._set_setting("menu_button"),
            "getChatMenuButton": self._get_setting("menu_button", {"type": "commands"}),
            "setMyDescription": self._set_setting("description"),
            "getMyDescription": self._get_setting("description", ""),
            "setMyShortDescription": self._set_setting("short_description"),
            "getMyShortDescription": self._get_setting("short_description", ""),
            "setMyName": self._set_setting("name"),
            "getMyName": self._get_setting("name", None),
            "setMyDefaultAdministratorRights": self._true,
        }
        return handlers

    async def _true(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        return True

    async def _get_me(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        return dict(self.bot_user)
