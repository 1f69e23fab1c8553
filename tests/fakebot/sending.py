"""What the sending methods share: the chat's checks, replies, storing and editing messages."""

from __future__ import annotations

import copy
from typing import Any

from telegram import Message

from . import builders
from .models import BotMessage, EditRecord, FakeChat
from .records import MIGRATED, JSONDict
from .state import ApiState
from .validation import MAX_CAPTION, MAX_TEXT, ApiError, bad_request, parse_or_raise


class Sending(ApiState):
    """Checks and records shared by the methods that send or edit a bot message."""

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

    def _caption(self, params: JSONDict) -> tuple[str | None, list[JSONDict]]:
        """Parse a file's caption (sent or edited) as Telegram does: (plain text, entities)."""
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
