"""The fake Telegram Bot API server: an aiohttp app speaking the real Bot API wire format."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import io
import json
import mimetypes
import re
import time
import uuid
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from enum import Enum
from types import TracebackType
from typing import Any, Literal, Self, TypeVar

import aiohttp
from aiohttp import web
from PIL import Image, UnidentifiedImageError
from telegram import Message

from . import builders
from .models import (
    ApiCall,
    ApiErrorRecord,
    BotMessage,
    CallbackAnswer,
    EditRecord,
    FakeChat,
    FakeUser,
    FileDownload,
    FileRecord,
    Stats,
    WebhookDelivery,
)
from .validation import (
    MAX_CAPTION,
    MAX_POLL_OPTIONS,
    MAX_TEXT,
    MIN_POLL_OPTIONS,
    ApiError,
    bad_request,
    parse_or_raise,
    validate_commands,
    validate_poll,
    validate_reply_markup,
)

JSONDict = dict[str, Any]
T = TypeVar("T")
ChatRef = FakeUser | FakeChat | int | JSONDict
MessageRef = BotMessage | JSONDict
ButtonRef = str | int | tuple[int, int]

__all__ = ["DEFAULT_ALLOWED_UPDATES", "FakeBotApi", "Upload"]

DEFAULT_ALLOWED_UPDATES = builders.UPDATE_TYPES - {
    "chat_member",
    "message_reaction",
    "message_reaction_count",
}
MAX_DOWNLOAD_SIZE = 20 * 1024 * 1024
# Files are streamed in pieces, like a real file server, so a client may stop reading early.
DOWNLOAD_CHUNK = 64 * 1024
MAX_UPLOAD_SIZE = 50 * 1024 * 1024
MAX_PHOTO_SIZE = 10 * 1024 * 1024


def _image_size(content: bytes) -> tuple[int, int] | None:
    """Return an image's (width, height) as Telegram would read it, or None if not an image."""
    try:
        with Image.open(io.BytesIO(content)) as image:
            return image.size
    except (UnidentifiedImageError, OSError):
        return None


NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
MIGRATED = "Bad Request: group chat was upgraded to a supergroup chat"
QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
SCOPE_TYPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
# Methods the global rate limiter never throttles (Telegram's limits are about sending).
UNLIMITED_METHODS = frozenset(
    {"getUpdates", "getMe", "setWebhook", "deleteWebhook", "getWebhookInfo", "logOut", "close"}
)
_JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "allowed_updates",
        "options",
        "commands",
        "scope",
        "entities",
        "caption_entities",
        "explanation_entities",
        "question_entities",
        "reply_parameters",
        "link_preview_options",
        "media",
        "menu_button",
        "rights",
        "results",
        "permissions",
        "reaction",
        "message_ids",
        "correct_option_ids",
        "country_codes",
        "description_entities",
        "text_entities",
        "explanation_media",
        "input_message_content",
        "prices",
        "custom_emoji_ids",
    }
)
_INT_FIELDS = frozenset(
    {
        "message_id",
        "offset",
        "limit",
        "user_id",
        "correct_option_id",
        "cache_time",
        "open_period",
        "close_date",
        "reply_to_message_id",
        "message_thread_id",
        "max_connections",
        "until_date",
        "from_chat_id",
    }
)
_FLOAT_FIELDS = frozenset({"timeout"})
_BOOL_FIELDS = frozenset(
    {
        "show_alert",
        "is_anonymous",
        "allows_multiple_answers",
        "is_closed",
        "disable_notification",
        "protect_content",
        "drop_pending_updates",
        "allow_sending_without_reply",
        "disable_web_page_preview",
        "disable_content_type_detection",
        "for_channels",
        "only_if_banned",
        "revoke_messages",
        "allow_paid_broadcast",
    }
)
_INT_RE = re.compile(r"^-?\d+$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class _Default(Enum):
    REGISTERED = "registered"


REGISTERED_SECRET = _Default.REGISTERED


@dataclass
class Upload:
    """A file part of a multipart request."""

    field: str
    filename: str
    content: bytes
    content_type: str | None

    def describe(self) -> JSONDict:
        """JSON-friendly summary used in ``api.calls``."""
        return {"upload": self.filename, "size": len(self.content), "mime": self.content_type}


@dataclass
class _Failure:
    method: str  # canonical method name or "*"
    status: int | None
    description: str | None
    retry_after: int | None
    migrate_to_chat_id: int | None
    delay: float
    drop: bool
    remaining: int
    chat_id: int | None = None  # only calls to this chat (Telegram floods chats one by one)

    def error(self) -> ApiError:
        status = self.status or 500
        parameters: JSONDict | None = None
        if self.migrate_to_chat_id is not None:
            parameters = {"migrate_to_chat_id": self.migrate_to_chat_id}
            description = self.description or MIGRATED
        elif status == 429:
            retry_after = self.retry_after if self.retry_after is not None else 1
            parameters = {"retry_after": retry_after}
            description = self.description or f"Too Many Requests: retry after {retry_after}"
        else:
            description = self.description or _DEFAULT_DESCRIPTIONS.get(
                status, f"Error {status}: injected failure"
            )
        return ApiError(status, description, parameters)


_DEFAULT_DESCRIPTIONS = {
    400: "Bad Request: injected failure",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict: terminated by other getUpdates request; make sure that only one bot "
    "instance is running",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}


@dataclass
class _Query:
    user_id: int
    chat_id: int
    message_id: int
    data: str
    answered: bool = False


@dataclass
class _TokenBucket:
    rate: float
    tokens: float = 0.0
    last: float = field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        self.tokens = max(self.rate, 1.0)

    def take(self) -> bool:
        current = time.monotonic()
        capacity = max(self.rate, 1.0)
        self.tokens = min(capacity, self.tokens + (current - self.last) * self.rate)
        self.last = current
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            return True
        return False


class _Signal:
    """Wake-all notification: waiters re-check their predicate on every ``notify``."""

    def __init__(self) -> None:
        self._waiters: set[asyncio.Future[None]] = set()

    def notify(self) -> None:
        waiters, self._waiters = self._waiters, set()
        for waiter in waiters:
            if not waiter.done():
                waiter.set_result(None)

    async def wait_for(
        self,
        predicate: Callable[[], bool],
        timeout: float,  # noqa: ASYNC109
    ) -> bool:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not predicate():
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            waiter: asyncio.Future[None] = loop.create_future()
            self._waiters.add(waiter)
            try:
                await asyncio.wait({waiter}, timeout=remaining)
            finally:
                self._waiters.discard(waiter)
                waiter.cancel()
        return True


Handler = Callable[[JSONDict, dict[str, Upload]], Awaitable[Any]]


class FakeBotApi:
    """A fake Telegram Bot API server for end-to-end tests with the real python-telegram-bot."""

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
        self._queries: dict[str, _Query] = {}
        self._polls: dict[str, BotMessage] = {}
        self._poll_votes: dict[str, dict[int, list[int]]] = {}
        self._queue: list[JSONDict] = []
        self._handed_out: set[int] = set()
        self._allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self._poll_generation = 0
        self._failures: list[_Failure] = []
        self._bucket: _TokenBucket | None = None
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
        self._changed = _Signal()
        self._closing = False
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self._handlers: dict[str, Handler] = self._build_handlers()
        self._method_names = {name.lower(): name for name in self._handlers}
        if rate_limit:
            self.set_rate_limit(rate_limit)

    # ------------------------------------------------------------------ lifecycle

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

    # ------------------------------------------------------------------ simulated world

    def user(
        self,
        user_id: int,
        first_name: str,
        *,
        username: str | None = None,
        last_name: str | None = None,
        language_code: str | None = "en",
    ) -> FakeUser:
        """Register a user (and its private chat with the bot)."""
        if user_id <= 0:
            raise ValueError("user ids are positive")
        user = FakeUser(user_id, first_name, username, last_name, language_code)
        self._users[user_id] = user
        self._chats[user_id] = FakeChat(user_id, "private", user=user, members={user_id: user})
        return user

    def group(
        self,
        chat_id: int,
        title: str,
        *,
        admins: Sequence[FakeUser] = (),
        members: Sequence[FakeUser] = (),
        creator: FakeUser | None = None,
        chat_type: Literal["group", "supergroup", "channel"] = "supergroup",
        username: str | None = None,
        bot_is_admin: bool = False,
    ) -> FakeChat:
        """Register a group (supergroup by default); the creator defaults to the first admin."""
        if chat_id >= 0:
            raise ValueError("group chat ids are negative (supergroups: -100...)")
        admin_list = list(admins)
        owner = creator or (admin_list[0] if admin_list else None)
        chat = FakeChat(
            chat_id,
            chat_type,
            title=title,
            username=username,
            admins=admin_list,
            creator=owner,
            bot_is_admin=bot_is_admin,
        )
        for person in [*admin_list, *members, *([owner] if owner else [])]:
            chat.members[person.id] = person
        self._chats[chat_id] = chat
        return chat

    def chat(self, ref: ChatRef) -> FakeChat:
        """The registered chat for a FakeUser (its private chat), FakeChat, id or chat dict."""
        chat_id = self._chat_id(ref)
        try:
            return self._chats[chat_id]
        except KeyError:
            raise AssertionError(f"fakebot: chat {chat_id} is not registered") from None

    def find_user(self, user_id: int) -> FakeUser | None:
        """The registered user with this id, if any."""
        return self._users.get(user_id)

    def block(self, user: FakeUser) -> None:
        """The user blocks the bot: sends to them answer 403 until they write again."""
        self.chat(user).blocked = True

    def unblock(self, user: FakeUser) -> None:
        """The user unblocks the bot."""
        self.chat(user).blocked = False

    def kick_from(self, group: FakeChat | int) -> None:
        """The bot is removed from the group: sends there answer 403."""
        self.chat(group).kicked = True

    def migrate(self, group: FakeChat | int, new_id: int) -> FakeChat:
        """Upgrade a group to a supergroup with ``new_id``; the old id answers 400 + migrate."""
        old = self.chat(group)
        new = self.group(
            new_id,
            old.title or "",
            admins=old.admins,
            members=list(old.members.values()),
            creator=old.creator,
            chat_type="supergroup",
            username=old.username,
            bot_is_admin=old.bot_is_admin,
        )
        old.migrated_to = new_id
        return new

    # ------------------------------------------------------------------ simulated user actions

    async def send_text(
        self,
        user: FakeUser,
        text: str,
        *,
        chat: ChatRef | None = None,
        reply_to: MessageRef | int | None = None,
        entities: list[JSONDict] | None = None,
    ) -> JSONDict:
        """The user writes ``text`` (private chat unless ``chat``); returns the update dict."""
        target = self._user_target(user, chat)
        message_id = self._alloc_message_id(target.id)
        reply = self._user_reply_target(target, reply_to)
        message = builders.text_message(
            message_id,
            target.to_dict(),
            user.to_dict(),
            text,
            entities=entities,
            reply_to=reply,
        )
        self._user_messages[(target.id, message_id)] = message
        self._mark(target.id)
        return await self._emit("message", message)

    async def upload_document(
        self,
        user: FakeUser,
        filename: str,
        data: bytes,
        *,
        caption: str | None = None,
        mime_type: str | None = None,
        chat: ChatRef | None = None,
        reported_size: int | None = None,
    ) -> JSONDict:
        """The user sends a document; ``reported_size`` fakes ``file_size`` (huge files)."""
        target = self._user_target(user, chat)
        if mime_type is None:
            mime_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        record = self._new_file(filename, bytes(data), mime_type, "documents")
        if reported_size is not None:
            record.file_size = reported_size
        message_id = self._alloc_message_id(target.id)
        message = builders.document_message(
            message_id, target.to_dict(), user.to_dict(), record.to_document(), caption=caption
        )
        self._user_messages[(target.id, message_id)] = message
        self._mark(target.id)
        return await self._emit("message", message)

    async def press(
        self,
        user: FakeUser,
        message: MessageRef,
        button: ButtonRef | None = None,
        *,
        callback_data: str | None = None,
    ) -> JSONDict:
        """The user presses an inline button of a bot message; returns the update dict.

        ``button`` is the button text (exact, else a unique case-insensitive substring), a flat
        index or a ``(row, column)`` pair.  ``callback_data`` forges arbitrary data instead.
        """
        msg = self._bot_message(message)
        if msg.deleted:
            raise AssertionError(f"fakebot: message {msg.message_id} was deleted by the bot")
        if callback_data is None:
            if button is None:
                raise ValueError("press() needs a button or callback_data")
            found = self._find_button(msg, button)
            if "callback_data" not in found:
                kinds = sorted(set(found) - {"text"})
                raise AssertionError(
                    f"fakebot: button {found.get('text')!r} has no callback_data ({kinds})"
                )
            data = str(found["callback_data"])
        else:
            data = callback_data
        self._counter += 1
        query_id = str(4_300_000_000_000_000_000 + self._counter)
        self._queries[query_id] = _Query(user.id, msg.chat_id, msg.message_id, data)
        chat_instance = str((abs(msg.chat_id) * 1_000_003 + 7) % 10**18)
        payload = builders.callback_query(
            query_id, user.to_dict(), msg.to_dict(), chat_instance, data
        )
        self._mark(msg.chat_id)
        return await self._emit("callback_query", payload)

    def _open_poll(self, poll_message: MessageRef) -> tuple[BotMessage, JSONDict]:
        """Return a bot poll message and its poll, refusing what Telegram refuses to vote in."""
        msg = self._bot_message(poll_message)
        poll = msg.poll
        if poll is None:
            raise AssertionError(f"fakebot: message {msg.message_id} is not a poll")
        if poll["is_closed"]:
            raise AssertionError("fakebot: the poll is closed; Telegram refuses the vote")
        return msg, poll

    async def answer_poll(
        self, user: FakeUser, poll_message: MessageRef, option_ids: Sequence[int]
    ) -> JSONDict:
        """The user votes in a non-anonymous poll the bot sent; returns the poll_answer update."""
        msg, poll = self._open_poll(poll_message)
        if poll["is_anonymous"]:
            raise AssertionError(
                "fakebot: the poll is anonymous; Telegram sends no poll_answer updates for it "
                "(send it with is_anonymous=False)"
            )
        options = list(option_ids)
        count = len(poll["options"])
        if any(not 0 <= index < count for index in options) or len(set(options)) != len(options):
            raise AssertionError(f"fakebot: invalid option ids {options} for {count} options")
        if len(options) > 1 and not poll["allows_multiple_answers"]:
            raise AssertionError("fakebot: the poll does not allow multiple answers")
        votes = self._poll_votes.setdefault(poll["id"], {})
        if user.id in votes and not poll["allows_revoting"]:
            raise AssertionError("fakebot: this poll does not allow changing the vote")
        if not options and user.id not in votes:
            raise AssertionError("fakebot: nothing to retract; pass at least one option")
        for index in votes.pop(user.id, []):
            poll["options"][index]["voter_count"] -= 1
        if options:
            votes[user.id] = options
            for index in options:
                poll["options"][index]["voter_count"] += 1
        poll["total_voter_count"] = len(votes)
        persistent = [poll["options"][index]["persistent_id"] for index in options]
        self._mark(msg.chat_id)
        return await self._emit(
            "poll_answer", builders.poll_answer(poll["id"], user.to_dict(), options, persistent)
        )

    def expire_poll(self, poll_message: MessageRef) -> JSONDict:
        """Close a timed poll as Telegram does when its open_period runs out; return the poll.

        Votes are refused from then on, and a later stopPoll answers "poll has already been
        closed". (The fake keeps no clock of its own: tests say when the time is up.)
        """
        msg = self._bot_message(poll_message)
        if msg.poll is None:
            raise AssertionError(f"fakebot: message {msg.message_id} is not a poll")
        msg.poll["is_closed"] = True
        return copy.deepcopy(msg.poll)

    async def vote_anonymously(
        self, user: FakeUser, poll_message: MessageRef, option_ids: Sequence[int]
    ) -> JSONDict:
        """The user votes in an anonymous poll the bot sent (a channel's): emits a ``poll`` update.

        Telegram tells the bot only the poll's new state (counts per option), never who voted.
        """
        msg, poll = self._open_poll(poll_message)
        if not poll["is_anonymous"]:
            raise AssertionError("fakebot: the poll is not anonymous; use answer_poll")
        options = list(option_ids)
        if len(options) != 1 or not 0 <= options[0] < len(poll["options"]):
            raise AssertionError(f"fakebot: one valid option id expected, got {options}")
        votes = self._poll_votes.setdefault(poll["id"], {})
        if user.id in votes:
            raise AssertionError("fakebot: a quiz poll vote cannot be changed")
        votes[user.id] = options
        poll["options"][options[0]]["voter_count"] += 1
        poll["total_voter_count"] = len(votes)
        self._mark(msg.chat_id)
        return await self._emit("poll", copy.deepcopy(poll))

    async def post_in_channel(
        self, channel: FakeChat | int, text: str, *, signature: str | None = None
    ) -> JSONDict:
        """Someone posts ``text`` in a channel the bot administers: a ``channel_post`` update."""
        chat = self.chat(channel)
        if chat.type != "channel":
            raise AssertionError(f"fakebot: chat {chat.id} is not a channel")
        message_id = self._alloc_message_id(chat.id)
        message = builders.channel_post(message_id, chat.to_dict(), text, signature=signature)
        self._user_messages[(chat.id, message_id)] = message
        self._mark(chat.id)
        return await self._emit("channel_post", message)

    async def add_bot_to_group(self, group: FakeChat | int, by: FakeUser) -> JSONDict:
        """``by`` adds the bot to the group: emits a my_chat_member update."""
        chat = self.chat(group)
        old = "kicked" if chat.kicked else "left"
        chat.kicked = chat.left = False
        new = "administrator" if chat.bot_is_admin else "member"
        return await self.emit_my_chat_member(chat, by, old, new)

    async def emit_my_chat_member(
        self, chat: ChatRef, by: FakeUser, old_status: str, new_status: str
    ) -> JSONDict:
        """Emit a my_chat_member update about the bot's status change in ``chat``."""
        target = self.chat(chat)
        payload = builders.my_chat_member(
            target.to_dict(), by.to_dict(), self._bot_sender(), old_status, new_status
        )
        self._mark(target.id)
        return await self._emit("my_chat_member", payload)

    async def send_update(self, update: JSONDict) -> JSONDict:
        """Emit an arbitrary update payload (``{"message": {...}}``); update_id is assigned."""
        kinds = [key for key in update if key != "update_id"]
        if len(kinds) != 1:
            raise ValueError(f"an update has exactly one payload key, got {kinds}")
        kind = kinds[0]
        payload = update[kind]
        chat = payload.get("chat") or (payload.get("message") or {}).get("chat")
        if isinstance(chat, dict) and isinstance(chat.get("id"), int):
            self._mark(chat["id"])
        else:
            self._mark(None)
        return await self._emit(kind, copy.deepcopy(payload))

    # ------------------------------------------------------------------ failure injection

    def fail_next(
        self,
        method: str,
        status: int | None = None,
        *,
        description: str | None = None,
        retry_after: int | None = None,
        migrate_to_chat_id: int | None = None,
        count: int = 1,
        delay: float = 0.0,
        drop: bool = False,
        chat_id: int | None = None,
    ) -> None:
        """Make the next ``count`` calls of ``method`` ("*" = any but getUpdates) misbehave.

        ``status`` answers that HTTP error (429 adds retry_after, default 1); without a status
        a ``delay`` just answers normally after ``delay`` seconds, ``drop`` closes the
        connection without answering, and a bare ``fail_next(m)`` answers 500.
        """
        canonical = "*" if method == "*" else self._canonical(method)
        if canonical != "*" and canonical not in self._handlers:
            raise ValueError(f"fakebot does not implement {method!r}; nothing to fail")
        if migrate_to_chat_id is not None and status is None:
            status = 400
        if retry_after is not None and status is None:
            status = 429
        if status is None and not drop and not delay:
            status = 500
        self._failures.append(
            _Failure(
                canonical,
                status,
                description,
                retry_after,
                migrate_to_chat_id,
                delay,
                drop,
                count,
                chat_id,
            )
        )

    def clear_failures(self) -> None:
        """Forget all pending injected failures."""
        self._failures.clear()

    def set_rate_limit(self, per_second: float | None) -> None:
        """Global token bucket (burst = rate); over it the fake answers 429 retry_after=1."""
        self._bucket = _TokenBucket(per_second) if per_second else None

    # ------------------------------------------------------------------ inspection

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

    def message(self, chat: ChatRef, message_id: int) -> BotMessage:
        """A bot message by chat and id (deleted ones included)."""
        key = (self._chat_id(chat), message_id)
        if key not in self._bot_messages:
            raise AssertionError(f"fakebot: no bot message {key}")
        return self._bot_messages[key]

    def calls_to(self, method: str) -> list[ApiCall]:
        """Calls of one method (name case-insensitive)."""
        canonical = self._canonical(method)
        return [call for call in self.all_calls if call.method == canonical]

    def commands(
        self,
        scope: JSONDict | str | FakeUser | FakeChat | Any | None = None,
        language_code: str = "",
    ) -> list[JSONDict]:
        """Commands registered via setMyCommands for a scope (default scope if None).

        ``scope`` may be a BotCommandScope dict or PTB object, a scope type name, or a
        FakeUser/FakeChat meaning ``{"type": "chat", "chat_id": ...}``.
        """
        key = self._scope_key(_scope_dict(scope), language_code, validate=False)
        return copy.deepcopy(self._commands.get(key, []))

    @property
    def command_scopes(self) -> dict[tuple[str, str], list[JSONDict]]:
        """All registered command lists keyed by (scope JSON, language_code)."""
        return copy.deepcopy(self._commands)

    def documents(self, chat: ChatRef | None = None) -> list[FileRecord]:
        """Documents the bot sent (filename, content bytes...), in order."""
        return [m.document for m in self.messages(chat, include_deleted=True) if m.document]

    def photos(self, chat: ChatRef | None = None) -> list[BotMessage]:
        """Photo messages the bot sent (``photo`` is the file, ``photo_size`` its pixels)."""
        return [m for m in self.messages(chat, include_deleted=True) if m.photo is not None]

    def callback_answer(self, query: JSONDict | str) -> CallbackAnswer | None:
        """The answerCallbackQuery call for a press() update or query id, if any."""
        query_id = _query_id(query)
        for answer in self.callback_answers:
            if answer.query_id == query_id:
                return answer
        return None

    @property
    def pending_updates(self) -> list[JSONDict]:
        """Updates not yet confirmed by the bot (getUpdates offset)."""
        return copy.deepcopy(self._queue)

    @property
    def webhook_url(self) -> str | None:
        """URL registered with setWebhook (None in polling mode)."""
        return self._webhook_url

    @property
    def webhook_secret(self) -> str | None:
        """secret_token registered with setWebhook."""
        return self._webhook_secret

    # ------------------------------------------------------------------ waiting

    async def wait_for(
        self,
        predicate: Callable[[], T | None],
        *,
        timeout: float = 5.0,  # noqa: ASYNC109
        what: str = "condition",
    ) -> T:
        """Wait until ``predicate()`` returns a truthy value (re-checked on every bot call)."""
        box: list[T] = []

        def check() -> bool:
            value = predicate()
            if value:
                box.append(value)
                return True
            return False

        if await self._changed.wait_for(check, timeout):
            return box[-1]
        raise AssertionError(
            f"fakebot: timed out after {timeout}s waiting for {what}\n" + self.describe()
        )

    async def wait_for_messages(
        self,
        chat: ChatRef | None = None,
        *,
        count: int = 1,
        predicate: Callable[[BotMessage], bool] | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> list[BotMessage]:
        """Wait for ``count`` bot messages sent after the last simulated user action there.

        "There" is ``chat`` (or anywhere when None).  ``since`` overrides the starting point
        with an event sequence number (0 = from the beginning; see ``BotMessage.seq``).
        Only messages matching ``predicate`` count.  Returns them in order.
        """
        chat_id = None if chat is None else self._chat_id(chat)
        start = self._mark_of(chat_id) if since is None else since

        def found() -> list[BotMessage] | None:
            matching = [
                m
                for m in self._sent
                if m.seq > start
                and (chat_id is None or m.chat_id == chat_id)
                and (predicate is None or predicate(m))
            ]
            return matching[:count] if len(matching) >= count else None

        what = f"{count} bot message(s){self._where(chat)} after event #{start}"
        if predicate is not None:
            what += " matching the predicate"
        return await self.wait_for(found, timeout=timeout, what=what)

    async def wait_for_message(
        self,
        chat: ChatRef | None = None,
        *,
        count: int = 1,
        predicate: Callable[[BotMessage], bool] | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> BotMessage:
        """Like :meth:`wait_for_messages` but returns the ``count``-th message only."""
        found = await self.wait_for_messages(
            chat, count=count, predicate=predicate, since=since, timeout=timeout
        )
        return found[-1]

    async def wait_for_edit(
        self,
        message: MessageRef,
        *,
        predicate: Callable[[BotMessage], bool] | None = None,
        since: int | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> BotMessage:
        """Wait until the bot edits ``message`` after the last user action in its chat."""
        msg = self._bot_message(message)
        start = self._mark_of(msg.chat_id) if since is None else since

        def edited() -> BotMessage | None:
            if any(edit.seq > start for edit in msg.edits) and (
                predicate is None or predicate(msg)
            ):
                return msg
            return None

        return await self.wait_for(
            edited,
            timeout=timeout,
            what=f"an edit of message {msg.message_id} in chat {msg.chat_id}",
        )

    async def wait_for_callback_answer(
        self,
        query: JSONDict | str,
        *,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> CallbackAnswer:
        """Wait until the bot answers the callback query of a press() update."""
        query_id = _query_id(query)
        return await self.wait_for(
            lambda: self.callback_answer(query_id),
            timeout=timeout,
            what=f"answerCallbackQuery({query_id})",
        )

    async def wait_for_call(
        self,
        method: str,
        *,
        predicate: Callable[[ApiCall], bool] | None = None,
        since: int = 0,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> ApiCall:
        """Wait for a call of ``method`` (index ``since`` onwards in ``all_calls``)."""
        canonical = self._canonical(method)

        def found() -> ApiCall | None:
            for call in self.all_calls[since:]:
                if call.method == canonical and (predicate is None or predicate(call)):
                    return call
            return None

        return await self.wait_for(found, timeout=timeout, what=f"a {canonical} call")

    async def wait_until_confirmed(self, *, timeout: float = 5.0) -> None:  # noqa: ASYNC109
        """Wait until the bot confirmed (getUpdates offset) every queued update."""
        await self.wait_for(lambda: not self._queue, timeout=timeout, what="updates confirmed")

    def describe(self, limit: int = 15) -> str:
        """Human-readable summary of recent traffic (used in timeout errors)."""
        lines = ["bot messages (most recent last):"]
        for msg in self._sent[-limit:]:
            flags = (" [deleted]" if msg.deleted else "") + (
                f" [edited x{len(msg.edits)}]" if msg.edits else ""
            )
            lines.append(
                f"  #{msg.seq} chat={msg.chat_id} id={msg.message_id} {msg.kind}: "
                f"{msg.content[:100]!r} buttons={msg.button_texts}{flags}"
            )
        if not self._sent:
            lines.append("  (none)")
        if self.errors:
            lines.append("error answers sent to the bot:")
            lines += [f"  {e.method} -> {e.status} {e.description}" for e in self.errors[-limit:]]
        lines.append("recent calls: " + ", ".join(c.method for c in self.calls[-limit:]))
        if self._queue:
            lines.append(f"unconfirmed updates: {[u['update_id'] for u in self._queue]}")
        return "\n".join(lines)

    # ------------------------------------------------------------------ webhook helpers

    async def post_raw_update(
        self,
        update: JSONDict,
        *,
        secret: str | _Default | None = REGISTERED_SECRET,
        url: str | None = None,
    ) -> int:
        """POST an update to the webhook (registered URL/secret by default); returns the status."""
        target = url or self._webhook_url
        if not target:
            raise AssertionError("fakebot: no webhook URL registered (setWebhook) or given")
        body = dict(update)
        body.setdefault("update_id", self._take_update_id())
        token = self._webhook_secret if secret is REGISTERED_SECRET else secret
        assert not isinstance(token, _Default)
        delivery = await self._post_webhook(target, body, token)
        return delivery.status

    # ------------------------------------------------------------------ internals: helpers

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

    def _user_target(self, user: FakeUser, chat: ChatRef | None) -> FakeChat:
        if user.id not in self._users:
            raise AssertionError(f"fakebot: user {user.id} is not registered (api.user())")
        target = self.chat(user if chat is None else chat)
        if target.type == "private":
            if target.id != user.id:
                raise AssertionError("fakebot: a user can only write in their own private chat")
            target.blocked = False  # writing to a bot unblocks it
        else:
            if target.migrated_to is not None:
                raise AssertionError(
                    f"fakebot: chat {target.id} migrated to {target.migrated_to}; use the new chat"
                )
            if target.kicked or target.left:
                raise AssertionError(
                    f"fakebot: the bot is not in chat {target.id}; it would not see the message"
                )
            target.members.setdefault(user.id, user)
        return target

    def _user_reply_target(
        self, chat: FakeChat, reply_to: MessageRef | int | None
    ) -> JSONDict | None:
        if reply_to is None:
            return None
        if isinstance(reply_to, int):
            key = (chat.id, reply_to)
            if key in self._bot_messages:
                return self._bot_messages[key].to_dict()
            if key in self._user_messages:
                return copy.deepcopy(self._user_messages[key])
            raise AssertionError(f"fakebot: no message {reply_to} in chat {chat.id}")
        if isinstance(reply_to, BotMessage):
            return reply_to.to_dict()
        return copy.deepcopy(reply_to)

    def _bot_message(self, ref: MessageRef) -> BotMessage:
        if isinstance(ref, BotMessage):
            return ref
        if isinstance(ref, dict):
            inner = ref.get("message") or ref.get("result") or ref
            if isinstance(inner, dict) and "chat" in inner and "message_id" in inner:
                return self.message(int(inner["chat"]["id"]), int(inner["message_id"]))
        raise AssertionError(f"fakebot: cannot identify a bot message from {ref!r}")

    @staticmethod
    def _find_button(msg: BotMessage, button: ButtonRef) -> JSONDict:
        buttons = msg.buttons
        rows = (msg.reply_markup or {}).get("inline_keyboard") or []
        available = f"available buttons: {msg.button_texts}"
        if isinstance(button, tuple):
            row, column = button
            try:
                return dict(rows[row][column])
            except IndexError:
                raise AssertionError(f"fakebot: no button at {button}; {available}") from None
        if isinstance(button, int):
            if not 0 <= button < len(buttons):
                raise AssertionError(f"fakebot: no button #{button}; {available}")
            return dict(buttons[button])
        exact = [b for b in buttons if b.get("text") == button]
        if exact:
            return dict(exact[0])
        partial = [b for b in buttons if button.lower() in str(b.get("text", "")).lower()]
        if len(partial) == 1:
            return dict(partial[0])
        raise AssertionError(
            f"fakebot: no unique button {button!r} on message {msg.message_id}; {available}"
        )

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

    # ------------------------------------------------------------------ internals: updates

    async def _emit(self, kind: str, payload: JSONDict) -> JSONDict:
        update = {"update_id": self._take_update_id(), kind: payload}
        if self.check_updates:
            builders.check_update(update)
        self.updates.append(update)
        self.stats.updates_enqueued += 1
        if self._webhook_url:
            async with self._webhook_gate():
                await self._deliver_webhook(update)
        else:
            self._queue.append(update)
        self._changed.notify()
        return copy.deepcopy(update)

    def _deliverable(self) -> list[JSONDict]:
        kept = [u for u in self._queue if builders.update_type(u) in self._allowed_updates]
        if len(kept) != len(self._queue):
            self._queue = kept
        return kept

    def _confirm(self, offset: int) -> None:
        if offset < 0:
            self._queue = self._queue[offset:]
        else:
            self._queue = [u for u in self._queue if u["update_id"] >= offset]

    def _webhook_gate(self) -> asyncio.Lock | asyncio.Semaphore:
        """Return what bounds the webhook POSTs in flight: one, or up to max_connections."""
        slots = min(self.webhook_connections, self._webhook_max_connections)
        if slots <= 1:
            return self._webhook_lock
        if self._webhook_slots is None or self._webhook_slots_size != slots:
            self._webhook_slots = asyncio.Semaphore(slots)
            self._webhook_slots_size = slots
        return self._webhook_slots

    async def _deliver_webhook(self, update: JSONDict) -> None:
        assert self._webhook_url is not None
        delivery = await self._post_webhook(self._webhook_url, update, self._webhook_secret)
        if 200 <= delivery.status < 300:
            self.stats.updates_delivered += 1

    async def _post_webhook(
        self, url: str, update: JSONDict, secret: str | None
    ) -> WebhookDelivery:
        if self._session is None:
            raise RuntimeError("fakebot is not started")
        headers = {"Content-Type": "application/json"}
        if secret:
            headers["X-Telegram-Bot-Api-Secret-Token"] = secret
        self.stats.webhook_posts += 1
        try:
            async with self._session.post(
                url,
                data=json.dumps(update),
                headers=headers,
                timeout=aiohttp.ClientTimeout(total=10),
            ) as response:
                await response.read()
                delivery = WebhookDelivery(update.get("update_id"), response.status)
        except (aiohttp.ClientError, TimeoutError) as exc:
            delivery = WebhookDelivery(update.get("update_id"), 0, repr(exc))
        self.webhook_deliveries.append(delivery)
        self._changed.notify()
        return delivery

    async def _flush_queue_to_webhook(self) -> None:
        async with self._webhook_lock:
            while self._queue and self._webhook_url:
                await self._deliver_webhook(self._queue.pop(0))

    # ------------------------------------------------------------------ internals: HTTP

    async def _read_params(self, request: web.Request) -> tuple[JSONDict, dict[str, Upload]]:
        params: JSONDict = dict(request.query)
        files: dict[str, Upload] = {}
        if request.method == "POST" and request.body_exists:
            if request.content_type == "application/json":
                try:
                    body = await request.json()
                except ValueError:
                    raise bad_request("can't parse JSON request body") from None
                if not isinstance(body, dict):
                    raise bad_request("the JSON request body must be an object")
                params.update(body)
            elif request.content_type == "multipart/form-data":
                reader = await request.multipart()
                while True:
                    part = await reader.next()
                    if part is None:
                        break
                    if not isinstance(part, aiohttp.BodyPartReader) or part.name is None:
                        continue
                    if part.filename is not None:
                        content = bytes(await part.read(decode=False))
                        files[part.name] = Upload(
                            part.name, part.filename, content, part.headers.get("Content-Type")
                        )
                    else:
                        params[part.name] = await part.text()
            else:
                form = await request.post()
                for key, value in form.items():
                    if isinstance(value, str):
                        params[key] = value
        return {key: _decode_value(key, value) for key, value in params.items()}, files

    async def _handle_method(self, request: web.Request) -> web.StreamResponse:
        token = request.match_info["token"]
        method = self._canonical(request.match_info["method"])
        self.tokens_seen.append(token)
        params: JSONDict = {}
        try:
            params, files = await self._read_params(request)
            recorded = dict(params)
            recorded.update({name: upload.describe() for name, upload in files.items()})
            call = ApiCall(method, recorded)
            self.all_calls.append(call)
            if method != "getUpdates":
                self.calls.append(call)
            self.stats.by_method[method] += 1
            # Wake waiters now: a call answered late (an injected delay) was still made.
            self._changed.notify()
            if not self.accept_any_token and token != self.token:
                raise ApiError(401, "Unauthorized")
            failure = self._take_failure(method, params.get("chat_id"))
            if failure is not None:
                if failure.delay:
                    await asyncio.sleep(failure.delay)
                if failure.drop:
                    self.stats.dropped_connections += 1
                    self._changed.notify()
                    if request.transport is not None:
                        request.transport.close()
                    return web.Response(status=500)
                if failure.status is not None:
                    self.stats.injected_failures += 1
                    raise failure.error()
            handler = self._handlers.get(method)
            if handler is None:
                raise ApiError(404, "Not Found: method not found")
            if (
                self._bucket is not None
                and method not in UNLIMITED_METHODS
                and not self._bucket.take()
            ):
                self.stats.rate_limited += 1
                raise ApiError(429, "Too Many Requests: retry after 1", {"retry_after": 1})
            result = await handler(params, files)
            status, body = 200, {"ok": True, "result": result}
        except ApiError as exc:
            status, body = exc.status, exc.payload()
            self.errors.append(ApiErrorRecord(method, exc.status, exc.description))
        self.stats.statuses[status] += 1
        self._changed.notify()
        return web.json_response(body, status=status)

    def _take_failure(self, method: str, chat_id: Any = None) -> _Failure | None:
        for failure in self._failures:
            if failure.chat_id is not None and str(failure.chat_id) != str(chat_id):
                continue
            if failure.method == method or (failure.method == "*" and method != "getUpdates"):
                failure.remaining -= 1
                if failure.remaining <= 0:
                    self._failures.remove(failure)
                return failure
        return None

    async def _handle_file(self, request: web.Request) -> web.StreamResponse:
        self.tokens_seen.append(request.match_info["token"])
        record = self._files_by_path.get(request.match_info["file_path"])
        if record is None:
            return web.json_response(
                {"ok": False, "error_code": 404, "description": "Not Found"}, status=404
            )
        self.stats.by_method["<file download>"] += 1
        content = record.content
        download = FileDownload(record.file_path, len(content))
        self.downloads.append(download)
        response = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        if self.chunked_downloads:
            response.enable_chunked_encoding()
        else:
            response.content_length = len(content)
        try:
            await response.prepare(request)
            for start in range(0, len(content), DOWNLOAD_CHUNK):
                piece = content[start : start + DOWNLOAD_CHUNK]
                await response.write(piece)
                download.sent += len(piece)
            await response.write_eof()
            download.complete = True
        except ConnectionError:
            pass  # the client hung up before the end
        finally:
            download.finished = True
            self._changed.notify()
        return response

    # ------------------------------------------------------------------ internals: API methods

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

    async def _chat_true(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        self._api_chat(params)
        return True

    def _set_setting(self, key: str) -> Handler:
        async def handler(params: JSONDict, files: dict[str, Upload]) -> bool:
            self.bot_settings[key] = params.get(key)
            return True

        return handler

    def _get_setting(self, key: str, default: Any) -> Handler:
        async def handler(params: JSONDict, files: dict[str, Upload]) -> Any:
            value = self.bot_settings.get(key, default)
            if key == "menu_button":
                return value or default
            if key == "name":
                return {"name": value or self.bot_user["first_name"]}
            return {key: value or ""}

        return handler

    async def _get_me(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        return dict(self.bot_user)

    def _api_chat(self, params: JSONDict, key: str = "chat_id", *, write: bool = True) -> FakeChat:
        raw = params.get(key)
        chat: FakeChat | None = None
        if isinstance(raw, int) and not isinstance(raw, bool):
            chat = self._chats.get(raw)
        elif isinstance(raw, str) and raw.startswith("@"):
            chat = next((c for c in self._chats.values() if c.username == raw[1:]), None)
        elif raw is None or raw == "":
            raise bad_request("chat_id is empty")
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise ApiError(400, MIGRATED, {"migrate_to_chat_id": chat.migrated_to})
        if write:
            if chat.type == "private" and chat.blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if chat.kicked:
                raise ApiError(403, f"Forbidden: bot was kicked from the {chat.type} chat")
            if chat.left:
                raise ApiError(403, f"Forbidden: bot is not a member of the {chat.type} chat")
            if chat.type == "channel" and not (chat.bot_is_admin and chat.bot_can_post):
                # Only administrators with "Post messages" write in a channel.
                raise ApiError(403, "Forbidden: bot is not a member of the channel chat")
        return chat

    def _reply_to(self, chat: FakeChat, params: JSONDict) -> JSONDict | None:
        reply = params.get("reply_parameters")
        message_id: Any = None
        allow = bool(params.get("allow_sending_without_reply"))
        if isinstance(reply, dict):
            message_id = reply.get("message_id")
            allow = bool(reply.get("allow_sending_without_reply"))
        elif params.get("reply_to_message_id") is not None:
            message_id = params.get("reply_to_message_id")
        if message_id is None:
            return None
        key = (chat.id, int(message_id))
        if key in self._user_messages:
            found = copy.deepcopy(self._user_messages[key])
        elif key in self._bot_messages and not self._bot_messages[key].deleted:
            found = self._bot_messages[key].to_dict()
        elif allow:
            return None
        else:
            raise bad_request("message to be replied not found")
        found.pop("reply_to_message", None)
        return found

    def _store(self, chat: FakeChat, kind: str, params: JSONDict, **fields: Any) -> BotMessage:
        message = BotMessage(
            chat_id=chat.id,
            message_id=self._alloc_message_id(chat.id),
            kind=kind,
            date=builders.now(),
            chat=chat.to_dict(),
            sender=self._bot_sender(),
            seq=self._next_seq(),
            params=copy.deepcopy(params),
            **fields,
        )
        if self.check_updates:
            builders.check_object(Message, message.to_dict(), f"{kind} message result")
        self._bot_messages[(chat.id, message.message_id)] = message
        self._sent.append(message)
        return message

    def _edit_target(self, params: JSONDict) -> BotMessage:
        if params.get("inline_message_id"):
            raise bad_request("MESSAGE_ID_INVALID (inline messages are not simulated)")
        chat = self._api_chat(params)
        message_id = params.get("message_id")
        if not isinstance(message_id, int):
            raise bad_request("message identifier is not specified")
        key = (chat.id, message_id)
        if key in self._user_messages:
            raise bad_request("message can't be edited")
        message = self._bot_messages.get(key)
        if message is None or message.deleted:
            raise bad_request("message to edit not found")
        return message

    def _apply_edit(self, message: BotMessage, method: str, **changes: Any) -> None:
        before = message.snapshot()
        for name, value in changes.items():
            setattr(message, name, value)
        date = builders.now()
        if set(changes) - {"reply_markup"}:
            message.edit_date = date
        message.edits.append(EditRecord(self._next_seq(), method, date, before, message.snapshot()))
        if self.check_updates:
            builders.check_object(Message, message.to_dict(), f"{method} result")

    @staticmethod
    def _inline_markup(message: BotMessage) -> JSONDict | None:
        markup = message.reply_markup
        return markup if markup is not None and "inline_keyboard" in markup else None

    def _parse_message_text(self, params: JSONDict, key: str = "text") -> tuple[str, Any]:
        text = params.get(key)
        if not isinstance(text, str) or not text.strip():
            raise bad_request("message text is empty")
        parsed = parse_or_raise(
            text, params.get("parse_mode"), params.get("entities"), strict_html=self.strict_html
        )
        if not parsed.text:
            raise bad_request("message text is empty")
        if len(parsed.text) > MAX_TEXT:
            raise bad_request("message is too long")
        return text, parsed

    async def _send_message(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        raw, parsed = self._parse_message_text(params)
        chat = self._api_chat(params)
        markup = validate_reply_markup(params.get("reply_markup"))
        reply = self._reply_to(chat, params)
        message = self._store(
            chat,
            "text",
            params,
            text=parsed.text,
            raw_text=raw,
            parse_mode=params.get("parse_mode"),
            entities=parsed.entities,
            reply_markup=markup,
            reply_to=reply,
        )
        return message.to_dict()

    async def _edit_message_text(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        message = self._edit_target(params)
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        raw, parsed = self._parse_message_text(params)
        markup = validate_reply_markup(params.get("reply_markup"), inline_only=True)
        if (parsed.text, parsed.entities, markup) == (
            message.text,
            message.entities,
            self._inline_markup(message),
        ):
            raise bad_request(NOT_MODIFIED)
        self._apply_edit(
            message,
            "editMessageText",
            text=parsed.text,
            raw_text=raw,
            parse_mode=params.get("parse_mode"),
            entities=parsed.entities,
            reply_markup=markup,
        )
        return message.to_dict()

    async def _edit_message_caption(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        message = self._edit_target(params)
        if message.kind != "document":
            raise bad_request("there is no caption in the message to edit")
        raw = params.get("caption")
        caption, entities = None, []
        if isinstance(raw, str) and raw:
            parsed = parse_or_raise(
                raw,
                params.get("parse_mode"),
                params.get("caption_entities"),
                strict_html=self.strict_html,
            )
            if len(parsed.text) > MAX_CAPTION:
                raise bad_request("message caption is too long")
            caption, entities = (parsed.text or None), parsed.entities
        markup = validate_reply_markup(params.get("reply_markup"), inline_only=True)
        if (caption, entities, markup) == (
            message.caption,
            message.caption_entities,
            self._inline_markup(message),
        ):
            raise bad_request(NOT_MODIFIED)
        self._apply_edit(
            message,
            "editMessageCaption",
            caption=caption,
            raw_caption=raw if isinstance(raw, str) else None,
            caption_entities=entities,
            reply_markup=markup,
        )
        return message.to_dict()

    async def _edit_message_reply_markup(
        self, params: JSONDict, files: dict[str, Upload]
    ) -> JSONDict:
        message = self._edit_target(params)
        markup = validate_reply_markup(params.get("reply_markup"), inline_only=True)
        if markup == self._inline_markup(message):
            raise bad_request(NOT_MODIFIED)
        self._apply_edit(message, "editMessageReplyMarkup", reply_markup=markup)
        return message.to_dict()

    def _delete_one(self, chat: FakeChat, message_id: Any) -> bool:
        if not isinstance(message_id, int):
            return False
        key = (chat.id, message_id)
        message = self._bot_messages.get(key)
        if message is not None and not message.deleted:
            message.deleted = True
            return True
        return self._user_messages.pop(key, None) is not None

    async def _delete_message(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        chat = self._api_chat(params)
        if not self._delete_one(chat, params.get("message_id")):
            raise bad_request("message to delete not found")
        return True

    async def _delete_messages(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        chat = self._api_chat(params)
        ids = params.get("message_ids")
        if not isinstance(ids, list) or not 1 <= len(ids) <= 100:
            raise bad_request("message_ids must be a non-empty list of at most 100 ids")
        for message_id in ids:
            self._delete_one(chat, message_id)
        return True

    async def _answer_callback_query(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        query_id = str(params.get("callback_query_id") or "")
        query = self._queries.get(query_id)
        if query is None or query.answered:
            raise bad_request(QUERY_INVALID)
        text = params.get("text")
        if isinstance(text, str) and len(text) > 200:
            raise bad_request("MESSAGE_TOO_LONG")
        query.answered = True
        self.callback_answers.append(
            CallbackAnswer(
                query_id,
                text if isinstance(text, str) else None,
                bool(params.get("show_alert")),
                params.get("url"),
                params.get("cache_time"),
            )
        )
        return True

    async def _send_poll(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        poll = validate_poll(
            params,
            strict_html=self.strict_html,
            option_count=self.poll_option_count,
            now=builders.now(),
        )
        chat = self._api_chat(params)
        if chat.type == "channel" and not poll["is_anonymous"]:
            raise bad_request("non-anonymous polls can't be sent to channel chats")
        markup = validate_reply_markup(params.get("reply_markup"))
        self._counter += 1
        poll["id"] = str(5_300_000_000_000_000_000 + self._counter)
        message = self._store(
            chat,
            "poll",
            params,
            poll=poll,
            reply_markup=markup,
            reply_to=self._reply_to(chat, params),
        )
        self._polls[poll["id"]] = message
        return message.to_dict()

    async def _stop_poll(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params)
        message = self._bot_messages.get((chat.id, params.get("message_id") or 0))
        if message is None or message.deleted or message.poll is None:
            raise bad_request("message with poll to stop not found")
        if message.poll["is_closed"]:
            raise bad_request("poll has already been closed")
        markup = validate_reply_markup(params.get("reply_markup"), inline_only=True)
        poll = copy.deepcopy(message.poll)
        poll["is_closed"] = True
        changes: JSONDict = {"poll": poll}
        if markup is not None:
            changes["reply_markup"] = markup
        self._apply_edit(message, "stopPoll", **changes)
        return copy.deepcopy(poll)

    def _scope_key(
        self, scope: JSONDict | None, language_code: Any, *, validate: bool = True
    ) -> tuple[str, str]:
        scope = dict(scope or {"type": "default"})
        kind = scope.get("type")
        if kind not in SCOPE_TYPES:
            raise bad_request("can't parse BotCommandScope JSON object")
        if kind in ("chat", "chat_administrators", "chat_member"):
            chat_id = scope.get("chat_id")
            if isinstance(chat_id, str) and _INT_RE.match(chat_id):
                chat_id = int(chat_id)
            if validate and (not isinstance(chat_id, int) or chat_id not in self._chats):
                raise bad_request("chat not found")
            scope["chat_id"] = chat_id
        if kind == "chat_member":
            user_id = scope.get("user_id")
            if isinstance(user_id, str) and _INT_RE.match(user_id):
                user_id = int(user_id)
            if validate and user_id not in self._users:
                raise bad_request("user not found")
            scope["user_id"] = user_id
        return json.dumps(scope, sort_keys=True), str(language_code or "")

    async def _set_my_commands(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        commands = validate_commands(params.get("commands"))
        key = self._scope_key(params.get("scope"), params.get("language_code"))
        if commands:
            self._commands[key] = commands
        else:
            self._commands.pop(key, None)
        return True

    async def _get_my_commands(self, params: JSONDict, files: dict[str, Upload]) -> list[JSONDict]:
        key = self._scope_key(params.get("scope"), params.get("language_code"))
        return copy.deepcopy(self._commands.get(key, []))

    async def _delete_my_commands(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        key = self._scope_key(params.get("scope"), params.get("language_code"))
        self._commands.pop(key, None)
        return True

    async def _get_file(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        record = self.files.get(str(params.get("file_id") or ""))
        if record is None:
            raise bad_request("invalid file_id")
        if record.file_size > MAX_DOWNLOAD_SIZE:
            raise bad_request("file is too big")
        return {
            "file_id": record.file_id,
            "file_unique_id": record.file_unique_id,
            "file_size": record.file_size,
            "file_path": record.file_path,
        }

    def _document_source(
        self, params: JSONDict, files: dict[str, Upload], name: str = "document"
    ) -> FileRecord:
        upload = files.get(name)
        value = params.get(name)
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value[len("attach://") :])
            if upload is None:
                raise bad_request(f"file {value} not found in the request")
        if upload is not None:
            if len(upload.content) > MAX_UPLOAD_SIZE:
                raise ApiError(413, "Request Entity Too Large")
            if not upload.content:
                raise bad_request("file must be non-empty")
            mime = upload.content_type or mimetypes.guess_type(upload.filename)[0]
            return self._new_file(upload.filename, upload.content, mime, "documents")
        if isinstance(value, str) and value in self.files:
            return self.files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            name = value.rsplit("/", 1)[-1] or "file"
            record = self._new_file(name, b"", mimetypes.guess_type(name)[0], "documents")
            record.url = value
            return record
        raise bad_request("wrong file identifier/HTTP URL specified")

    def _caption(self, params: JSONDict) -> tuple[str | None, list[JSONDict]]:
        """Parse a sent file's caption as Telegram does: (plain text, entities)."""
        raw = params.get("caption")
        if not isinstance(raw, str) or not raw:
            return None, []
        parsed = parse_or_raise(
            raw,
            params.get("parse_mode"),
            params.get("caption_entities"),
            strict_html=self.strict_html,
        )
        if len(parsed.text) > MAX_CAPTION:
            raise bad_request("message caption is too long")
        return (parsed.text or None), parsed.entities

    def _store_with_caption(
        self, chat: FakeChat, kind: str, params: JSONDict, **fields: Any
    ) -> JSONDict:
        """Store a file message with its caption, keyboard and reply, as sendDocument does."""
        raw = params.get("caption")
        caption, entities = self._caption(params)
        message = self._store(
            chat,
            kind,
            params,
            caption=caption,
            raw_caption=raw if isinstance(raw, str) else None,
            caption_entities=entities,
            parse_mode=params.get("parse_mode"),
            reply_markup=validate_reply_markup(params.get("reply_markup")),
            reply_to=self._reply_to(chat, params),
            **fields,
        )
        return message.to_dict()

    async def _send_photo(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params)
        self._caption(params)  # a bad caption is refused before the file is looked at
        record = self._document_source(params, files, "photo")
        # Telegram's photo rules: at most 10 MB, width + height at most 10000, ratio at most 20.
        if record.file_size > MAX_PHOTO_SIZE:
            raise bad_request("PHOTO_SAVE_FILE_INVALID")
        size = _image_size(record.content) if record.url is None else (1, 1)
        if size is None:
            raise bad_request("IMAGE_PROCESS_FAILED")
        width, height = size
        if width + height > 10_000 or max(width, height) > 20 * min(width, height):
            raise bad_request("PHOTO_INVALID_DIMENSIONS")
        return self._store_with_caption(chat, "photo", params, photo=record, photo_size=size)

    async def _send_document(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params)
        self._caption(params)  # a bad caption is refused before the file is looked at
        record = self._document_source(params, files)
        return self._store_with_caption(chat, "document", params, document=record)

    async def _send_chat_action(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        self._api_chat(params)
        if params.get("action") not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        return True

    async def _get_chat(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params, write=False)
        return builders.chat_full_info(chat)

    def _member_status(self, chat: FakeChat, user_id: int) -> str:
        if user_id == self.bot_user["id"]:
            if chat.kicked or (chat.type == "private" and chat.blocked):
                return "kicked"
            if chat.left:
                return "left"
            return "administrator" if chat.bot_is_admin else "member"
        if chat.type == "private":
            return "member" if user_id == chat.id else "left"
        if chat.creator is not None and chat.creator.id == user_id:
            return "creator"
        if any(admin.id == user_id for admin in chat.admins):
            return "administrator"
        return "member" if user_id in chat.members else "left"

    def _user_json(self, user_id: int) -> JSONDict:
        if user_id == self.bot_user["id"]:
            return self._bot_sender()
        if user_id not in self._users:
            raise bad_request("user not found")
        return self._users[user_id].to_dict()

    async def _get_chat_member(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        chat = self._api_chat(params, write=False)
        user_id = params.get("user_id")
        if not isinstance(user_id, int):
            raise bad_request("invalid user_id specified")
        channel = chat.type == "channel"
        if channel and not (chat.bot_is_admin and not (chat.kicked or chat.left)):
            # A bot is in a channel only as an administrator; elsewhere Telegram hides members.
            raise bad_request("member list is inaccessible")
        status = self._member_status(chat, user_id)
        can_post = chat.bot_can_post if user_id == self.bot_user["id"] else True
        return builders.chat_member(
            status, self._user_json(user_id), channel=channel, can_post=can_post
        )

    async def _get_chat_administrators(
        self, params: JSONDict, files: dict[str, Upload]
    ) -> list[JSONDict]:
        chat = self._api_chat(params, write=False)
        if chat.type == "private":
            raise bad_request("there are no administrators in the private chat")
        result: list[JSONDict] = []
        people = ([chat.creator] if chat.creator else []) + [
            a for a in chat.admins if chat.creator is None or a.id != chat.creator.id
        ]
        for person in people:
            result.append(
                builders.chat_member(self._member_status(chat, person.id), person.to_dict())
            )
        if chat.bot_is_admin and not (chat.kicked or chat.left):
            result.append(builders.chat_member("administrator", self._bot_sender()))
        return result

    async def _get_chat_member_count(self, params: JSONDict, files: dict[str, Upload]) -> int:
        chat = self._api_chat(params, write=False)
        bot_in = not (chat.kicked or chat.left)
        return len(chat.members) + (1 if bot_in else 0)

    async def _leave_chat(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        chat = self._api_chat(params)
        if chat.type == "private":
            raise bad_request("chat member status can't be changed in private chats")
        chat.left = True
        return True

    async def _get_updates(self, params: JSONDict, files: dict[str, Upload]) -> list[JSONDict]:
        if self._webhook_url:
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; use "
                "deleteWebhook to delete the webhook first",
            )
        offset = params.get("offset")
        limit = params.get("limit") or 100
        timeout = params.get("timeout") or 0.0
        if not isinstance(limit, int) or not isinstance(timeout, int | float):
            raise bad_request("wrong parameter value")
        limit = min(max(limit, 1), 100)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = (
                frozenset(str(kind) for kind in allowed) if allowed else DEFAULT_ALLOWED_UPDATES
            )
        if isinstance(offset, int):
            self._confirm(offset)
        self._poll_generation += 1
        generation = self._poll_generation
        self._changed.notify()  # terminates an older long poll (409, like Telegram)
        await self._changed.wait_for(
            lambda: (
                self._closing or generation != self._poll_generation or bool(self._deliverable())
            ),
            max(float(timeout), 0.0),
        )
        if generation != self._poll_generation and not self._closing:
            raise ApiError(
                409,
                "Conflict: terminated by other getUpdates request; make sure that only one bot "
                "instance is running",
            )
        batch = self._deliverable()[:limit]
        for update in batch:
            self.stats.updates_delivered += 1
            if update["update_id"] in self._handed_out:
                self.stats.redelivered += 1
            self._handed_out.add(update["update_id"])
        return copy.deepcopy(batch)

    async def _set_webhook(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        url = params.get("url") or ""
        secret = params.get("secret_token")
        if secret is not None and (not isinstance(secret, str) or not _SECRET_RE.match(secret)):
            raise bad_request("secret token contains unallowed characters")
        if params.get("drop_pending_updates"):
            self._queue.clear()
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            self._allowed_updates = (
                frozenset(str(kind) for kind in allowed) if allowed else DEFAULT_ALLOWED_UPDATES
            )
        if not url:
            self._webhook_url = None
            self._webhook_secret = None
            return True
        if not isinstance(url, str) or not url.startswith(("http://", "https://")):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        self._webhook_url = url
        self._webhook_secret = secret or None
        max_connections = params.get("max_connections")
        self._webhook_max_connections = int(max_connections) if max_connections else 40
        if self._queue:
            task = asyncio.get_running_loop().create_task(self._flush_queue_to_webhook())
            self._background.add(task)
            task.add_done_callback(self._background.discard)
        return True

    async def _delete_webhook(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        self._webhook_url = None
        self._webhook_secret = None
        if params.get("drop_pending_updates"):
            self._queue.clear()
        return True

    async def _get_webhook_info(self, params: JSONDict, files: dict[str, Upload]) -> JSONDict:
        info: JSONDict = {
            "url": self._webhook_url or "",
            "has_custom_certificate": False,
            "pending_update_count": len(self._queue),
        }
        if self._webhook_url:
            info["max_connections"] = 40
            failed = [d for d in self.webhook_deliveries if not 200 <= d.status < 300]
            if failed:
                info["last_error_date"] = builders.now()
                info["last_error_message"] = (
                    failed[-1].error or f"Wrong response from the webhook: {failed[-1].status}"
                )
        return info


def _decode_value(key: str, value: Any) -> Any:
    """Decode a form value the way the Bot API does (JSON-serialised complex fields...)."""
    if not isinstance(value, str):
        return value
    if key in _JSON_FIELDS or key.endswith(("_entities", "_ids")):
        try:
            return json.loads(value)
        except ValueError:
            raise bad_request(f"can't parse {key} JSON object") from None
    if key == "chat_id" or key in _INT_FIELDS:
        return int(value) if _INT_RE.match(value.strip()) else value
    if key in _FLOAT_FIELDS:
        try:
            return float(value)
        except ValueError:
            return value
    if key in _BOOL_FIELDS:
        return value.strip().lower() in ("true", "1")
    return value


def _scope_dict(scope: Any) -> JSONDict | None:
    if scope is None:
        return None
    if isinstance(scope, FakeUser | FakeChat):
        return {"type": "chat", "chat_id": scope.id}
    if isinstance(scope, str):
        return {"type": scope}
    if isinstance(scope, dict):
        return scope
    to_dict = getattr(scope, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    raise TypeError(f"unsupported scope {scope!r}")


def _query_id(query: JSONDict | str) -> str:
    if isinstance(query, str):
        return query
    inner = query.get("callback_query", query)
    return str(inner["id"])
