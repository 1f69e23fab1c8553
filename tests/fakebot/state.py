"""What the fake server holds (users, chats, messages, updates) and the lookups it shares."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import aiohttp
from aiohttp import web

from . import builders
from .models import BotMessage, FakeChat, FakeUser, FileRecord
from .poll_validation import MAX_POLL_OPTIONS, MIN_POLL_OPTIONS
from .records import ChatRef, Failure, Handler, JSONDict, MessageRef, Query, Signal, TokenBucket
from .traffic import ApiCall, ApiErrorRecord, CallbackAnswer, FileDownload, Stats, WebhookDelivery

DEFAULT_ALLOWED_UPDATES = builders.UPDATE_TYPES - {
    "chat_member",
    "message_reaction",
    "message_reaction_count",
}


class ApiState:
    """The fake Bot API server's state and shared lookups; FakeBotApi adds the parts using them."""

    def __init__(
        self,
        token: str = "123456:TEST-TOKEN",
        *,
        bot_username: str = "quiz_test_bot",
        bot_first_name: str = "Quiz Test Bot",
        host: str = "127.0.0.1",
        port: int = 0,
        rate_limit: float | None = None,
        strict_html: bool = True,
        accept_any_token: bool = True,
        check_updates: bool = True,
        poll_option_count: tuple[int, int] = (MIN_POLL_OPTIONS, MAX_POLL_OPTIONS),
    ) -> None:
        """Configure the fake; nothing listens before :meth:`start`.

        ``strict_html`` refuses a bare ``&`` in HTML text (real Telegram keeps it literally).
        ``accept_any_token=False`` answers 401 to any token other than ``token``.
        ``check_updates`` round-trips every built update/message through PTB's ``de_json``.
        ``poll_option_count`` is the allowed (min, max) number of poll options (default: the
        limits of the Bot API version of the installed PTB, 1-12 for PTB 22.8).
        """
        prefix = token.split(":", 1)[0]
        self.token = token
        self.bot_user: JSONDict = {
            "id": int(prefix) if prefix.isdigit() else 123456,
            "is_bot": True,
            "first_name": bot_first_name,
            "username": bot_username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }
        self.host = host
        self.port = port
        self.strict_html = strict_html
        self.accept_any_token = accept_any_token
        self.check_updates = check_updates
        self.poll_option_count = poll_option_count
        self.stats = Stats()
        self.calls: list[ApiCall] = []  # every request except getUpdates
        self.all_calls: list[ApiCall] = []  # including getUpdates
        self.errors: list[ApiErrorRecord] = []
        self.callback_answers: list[CallbackAnswer] = []
        self.updates: list[JSONDict] = []  # every update emitted, in order
        self.webhook_deliveries: list[WebhookDelivery] = []
        # Webhook POSTs in flight at once. Telegram opens up to setWebhook's max_connections
        # (default 40) to the bot; the fake posts one at a time unless a test raises this.
        self.webhook_connections = 1
        self.tokens_seen: list[str] = []
        self.files: dict[str, FileRecord] = {}
        self.downloads: list[FileDownload] = []
        # True: files go out with chunked transfer encoding, no Content-Length up front.
        self.chunked_downloads = False
        self.bot_settings: dict[str, Any] = {}  # descriptions, name, menu button...
        self._users: dict[int, FakeUser] = {}
        self._chats: dict[int, FakeChat] = {}
        self._next_message_id: dict[int, int] = {}
        self._bot_messages: dict[tuple[int, int], BotMessage] = {}
        self._user_messages: dict[tuple[int, int], JSONDict] = {}
        self._sent: list[BotMessage] = []
        self._files_by_path: dict[str, FileRecord] = {}
        self._commands: dict[tuple[str, str], list[JSONDict]] = {}
        self._queries: dict[str, Query] = {}
        self._polls: dict[str, BotMessage] = {}
        self._poll_votes: dict[str, dict[int, list[int]]] = {}
        self._queue: list[JSONDict] = []
        self._handed_out: set[int] = set()
        self._allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._failures: list[Failure] = []
        self._bucket: TokenBucket | None = None
        self._seq = 0
        self._chat_marks: dict[int, int] = {}
        self._global_mark = 0
        self._counter = 0
        self._next_update_id = 700_000_001
        self._webhook_url: str | None = None
        self._webhook_secret: str | None = None
        self._webhook_lock = asyncio.Lock()
        self._webhook_max_connections = 40
        self._webhook_slots: asyncio.Semaphore | None = None
        self._webhook_slots_size = 0
        self._background: set[asyncio.Task[Any]] = set()
        self._changed = Signal()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._handlers: dict[str, Handler] = self._build_handlers()
        self._method_names = {name.lower(): name for name in self._handlers}
        if rate_limit:
            self.set_rate_limit(rate_limit)

    def set_rate_limit(self, per_second: float | None) -> None:
        """Global token bucket (burst = rate); over it the fake answers 429 retry_after=1."""
        self._bucket = TokenBucket(per_second) if per_second else None

    def _build_handlers(self) -> dict[str, Handler]:
        """The Bot API methods the fake answers, by name (FakeBotApi lists its parts' methods)."""
        raise NotImplementedError

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _mark(self, chat_id: int | None) -> None:
        seq = self._next_seq()
        if chat_id is not None:
            self._chat_marks[chat_id] = seq
        self._global_mark = seq

    def _mark_of(self, chat_id: int | None) -> int:
        if chat_id is None:
            return self._global_mark
        return self._chat_marks.get(chat_id, 0)

    def _where(self, chat: ChatRef | None) -> str:
        return "" if chat is None else f" in chat {self._chat_id(chat)}"

    @staticmethod
    def _chat_id(ref: ChatRef) -> int:
        if isinstance(ref, FakeUser | FakeChat):
            return ref.id
        if isinstance(ref, dict):
            return int(ref["id"])
        return int(ref)

    def _canonical(self, method: str) -> str:
        return self._method_names.get(method.lower(), method)

    def _alloc_message_id(self, chat_id: int) -> int:
        message_id = self._next_message_id.get(chat_id, 1)
        self._next_message_id[chat_id] = message_id + 1
        return message_id

    def _take_update_id(self) -> int:
        update_id = self._next_update_id
        self._next_update_id += 1
        return update_id

    def _bot_sender(self) -> JSONDict:
        return {key: self.bot_user[key] for key in ("id", "is_bot", "first_name", "username")}

    def chat(self, ref: ChatRef) -> FakeChat:
        """The registered chat for a FakeUser (its private chat), FakeChat, id or chat dict."""
        chat_id = self._chat_id(ref)
        try:
            return self._chats[chat_id]
        except KeyError:
            raise AssertionError(f"fakebot: chat {chat_id} is not registered") from None

    def message(self, chat: ChatRef, message_id: int) -> BotMessage:
        """A bot message by chat and id (deleted ones included)."""
        key = (self._chat_id(chat), message_id)
        if key not in self._bot_messages:
            raise AssertionError(f"fakebot: no bot message {key}")
        return self._bot_messages[key]

    def messages(
        self, chat: ChatRef | None = None, *, include_deleted: bool = False
    ) -> list[BotMessage]:
        """The bot's messages (current state) in ``chat`` or everywhere, in sending order."""
        chat_id = None if chat is None else self._chat_id(chat)
        return [
            m
            for m in self._sent
            if (chat_id is None or m.chat_id == chat_id) and (include_deleted or not m.deleted)
        ]

    def last_message(self, chat: ChatRef | None = None) -> BotMessage:
        """The bot's most recent (not deleted) message in ``chat``; AssertionError if none."""
        found = self.messages(chat)
        if not found:
            raise AssertionError(f"fakebot: the bot sent no message{self._where(chat)}")
        return found[-1]

    def _bot_message(self, ref: MessageRef) -> BotMessage:
        if isinstance(ref, BotMessage):
            return ref
        if isinstance(ref, dict):
            inner = ref.get("message") or ref.get("result") or ref
            if isinstance(inner, dict) and "chat" in inner and "message_id" in inner:
                return self.message(int(inner["chat"]["id"]), int(inner["message_id"]))
        raise AssertionError(f"fakebot: cannot identify a bot message from {ref!r}")

    def _new_file(
        self, filename: str | None, content: bytes, mime_type: str | None, folder: str
    ) -> FileRecord:
        self._counter += 1
        suffix = ""
        if filename and "." in filename:
            suffix = "." + filename.rsplit(".", 1)[1][:10]
        token = uuid.uuid4().hex
        record = FileRecord(
            file_id=f"BQACAgIAAxkBAAI{self._counter:06d}{token[:24]}",
            file_unique_id=f"AgAD{self._counter:04d}{token[24:32]}",
            file_path=f"{folder}/file_{self._counter}{suffix}",
            filename=filename,
            content=content,
            mime_type=mime_type,
            file_size=len(content),
        )
        self.files[record.file_id] = record
        self._files_by_path[record.file_path] = record
        return record
