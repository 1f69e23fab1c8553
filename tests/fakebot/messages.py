"""Text messages: sendMessage, the editMessage* methods, deleteMessage and deleteMessages."""

from __future__ import annotations

from typing import Any

from .models import FakeChat
from .records import JSONDict, Upload
from .sending import Sending
from .validation import bad_request, validate_reply_markup

NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)


class MessageMethods(Sending):
    """sendMessage, editMessageText/Caption/ReplyMarkup, deleteMessage(s)."""

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
        caption, entities = self._caption(params)
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
