"""The simulated world: the users and chats a test registers, and what those people do in them."""

from __future__ import annotations

import copy
import mimetypes
from collections.abc import Sequence
from typing import Literal

from . import builders
from .models import BotMessage, FakeChat, FakeUser
from .records import ChatRef, JSONDict, MessageRef
from .updates import UpdateQueue


class World(UpdateQueue):
    """Registering users and chats, and their messages, posts and membership changes."""

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
