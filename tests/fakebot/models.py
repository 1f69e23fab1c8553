"""Plain data records of the fake Bot API: simulated users/chats and what the bot did."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from .traffic import ApiCall, ApiErrorRecord, CallbackAnswer, Stats, WebhookDelivery

JSONDict = dict[str, Any]

__all__ = [
    "ApiCall",
    "ApiErrorRecord",
    "BotMessage",
    "CallbackAnswer",
    "EditRecord",
    "FakeChat",
    "FakeUser",
    "FileRecord",
    "Stats",
    "WebhookDelivery",
]


@dataclass(eq=False)
class FakeUser:
    """A simulated Telegram user (``.id``, ``.chat`` is its private chat with the bot)."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False

    def to_dict(self) -> JSONDict:
        """The Bot API ``User`` object."""
        data: JSONDict = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code and not self.is_bot:
            data["language_code"] = self.language_code
        return data

    @property
    def chat(self) -> JSONDict:
        """The Bot API ``Chat`` object of this user's private chat with the bot."""
        data: JSONDict = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        return data

    @property
    def chat_id(self) -> int:
        """Id of the private chat (equals the user id)."""
        return self.id


@dataclass(eq=False)
class FakeChat:
    """A simulated chat: a group/supergroup/channel, or the private chat of a user."""

    id: int
    type: str
    title: str | None = None
    username: str | None = None
    admins: list[FakeUser] = field(default_factory=list)
    creator: FakeUser | None = None
    members: dict[int, FakeUser] = field(default_factory=dict)
    user: FakeUser | None = None  # for private chats
    bot_is_admin: bool = False
    bot_can_post: bool = True  # channel: the bot's admin right can_post_messages
    blocked: bool = False  # private chat: the user blocked the bot
    kicked: bool = False  # group: the bot was removed
    left: bool = False  # group: the bot left (leaveChat)
    migrated_to: int | None = None  # group upgraded to this supergroup id

    def to_dict(self) -> JSONDict:
        """The Bot API ``Chat`` object."""
        if self.user is not None:
            return self.user.chat
        data: JSONDict = {"id": self.id, "type": self.type}
        if self.title is not None:
            data["title"] = self.title
        if self.username:
            data["username"] = self.username
        return data

    @property
    def chat_id(self) -> int:
        """The chat id (same as ``id``)."""
        return self.id


@dataclass
class FileRecord:
    """A file known to the fake (uploaded by a user or sent by the bot)."""

    file_id: str
    file_unique_id: str
    file_path: str
    filename: str | None
    content: bytes
    mime_type: str | None
    file_size: int
    url: str | None = None  # the bot sent it by HTTP URL (content not fetched)

    def to_document(self) -> JSONDict:
        """The Bot API ``Document`` object."""
        data: JSONDict = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_size": self.file_size,
        }
        if self.filename is not None:
            data["file_name"] = self.filename
        if self.mime_type is not None:
            data["mime_type"] = self.mime_type
        return data


@dataclass
class EditRecord:
    """One edit of a bot message: the method used and the content before/after."""

    seq: int
    method: str
    date: int
    before: JSONDict
    after: JSONDict


_CONTENT_KEYS = ("text", "raw_text", "parse_mode", "entities", "reply_markup", "caption")


@dataclass(eq=False)
class BotMessage:
    """A message sent by the bot, in its current state (edits applied; history in ``edits``)."""

    chat_id: int
    message_id: int
    kind: str  # "text" | "poll" | "document" | "photo"
    date: int
    chat: JSONDict
    sender: JSONDict
    seq: int
    text: str | None = None  # plain text after entity parsing (as Telegram stores it)
    raw_text: str | None = None  # text as the bot sent it (markup included)
    parse_mode: str | None = None
    entities: list[JSONDict] = field(default_factory=list)
    reply_markup: JSONDict | None = None
    poll: JSONDict | None = None
    document: FileRecord | None = None
    photo: FileRecord | None = None
    photo_size: tuple[int, int] = (0, 0)  # width, height in pixels
    caption: str | None = None
    raw_caption: str | None = None
    caption_entities: list[JSONDict] = field(default_factory=list)
    reply_to: JSONDict | None = None
    params: JSONDict = field(default_factory=dict)
    edits: list[EditRecord] = field(default_factory=list)
    deleted: bool = False
    edit_date: int | None = None

    def snapshot(self) -> JSONDict:
        """The editable content as a dict (used for edit history)."""
        return copy.deepcopy({key: getattr(self, key) for key in _CONTENT_KEYS})

    def to_dict(self) -> JSONDict:
        """The Bot API ``Message`` object, as Telegram would return it now."""
        data: JSONDict = {
            "message_id": self.message_id,
            "from": copy.deepcopy(self.sender),
            "chat": copy.deepcopy(self.chat),
            "date": self.date,
        }
        if self.chat.get("type") == "channel":
            # A channel post is sent on behalf of the channel: no "from", the channel as sender.
            del data["from"]
            data["sender_chat"] = copy.deepcopy(self.chat)
        if self.edit_date is not None:
            data["edit_date"] = self.edit_date
        if self.reply_to is not None:
            data["reply_to_message"] = copy.deepcopy(self.reply_to)
        if self.text is not None:
            data["text"] = self.text
            if self.entities:
                data["entities"] = copy.deepcopy(self.entities)
        if self.poll is not None:
            data["poll"] = copy.deepcopy(self.poll)
        if self.document is not None:
            data["document"] = self.document.to_document()
        if self.photo is not None:
            # Telegram also adds smaller thumbnails; the fake keeps the one size it was sent.
            width, height = self.photo_size
            data["photo"] = [
                {
                    "file_id": self.photo.file_id,
                    "file_unique_id": self.photo.file_unique_id,
                    "width": width,
                    "height": height,
                    "file_size": self.photo.file_size,
                }
            ]
        if self.caption is not None:
            data["caption"] = self.caption
            if self.caption_entities:
                data["caption_entities"] = copy.deepcopy(self.caption_entities)
        if self.reply_markup is not None and "inline_keyboard" in self.reply_markup:
            data["reply_markup"] = copy.deepcopy(self.reply_markup)
        return data

    def __getitem__(self, key: str) -> Any:
        """Dict-style access to the Bot API ``Message`` fields (``msg["text"]``)."""
        return self.to_dict()[key]

    @property
    def buttons(self) -> list[JSONDict]:
        """All inline keyboard buttons, row by row (empty without an inline keyboard)."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or []
        return [button for row in rows for button in row]

    @property
    def button_texts(self) -> list[str]:
        """Texts of the inline keyboard buttons, row by row."""
        return [str(button.get("text")) for button in self.buttons]

    @property
    def keyboard(self) -> list[list[str]]:
        """Button texts of the inline or reply keyboard as rows."""
        markup = self.reply_markup or {}
        rows = markup.get("inline_keyboard") or markup.get("keyboard") or []
        return [[b if isinstance(b, str) else str(b.get("text")) for b in row] for row in rows]

    @property
    def callback_data(self) -> list[str]:
        """callback_data of the inline buttons that have one."""
        return [str(b["callback_data"]) for b in self.buttons if "callback_data" in b]

    @property
    def is_edited(self) -> bool:
        """Whether the bot edited this message at least once."""
        return bool(self.edits)

    @property
    def content(self) -> str:
        """Text, caption or poll question, whichever this message has ("" if none)."""
        if self.text is not None:
            return self.text
        if self.poll is not None:
            return str(self.poll.get("question", ""))
        return self.caption or ""
