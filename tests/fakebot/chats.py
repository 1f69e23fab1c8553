"""Chats and members: getChat, getChatMember(s), leaveChat, sendChatAction and no-ops."""

from __future__ import annotations

from . import builders
from .models import FakeChat
from .records import JSONDict, Upload
from .sending import Sending
from .validation import bad_request

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


class ChatMethods(Sending):
    """The methods about chats and their members, answered from the registered world."""

    async def _chat_true(self, params: JSONDict, files: dict[str, Upload]) -> bool:
        self._api_chat(params)
        return True

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
