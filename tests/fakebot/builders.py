"""Builders for Bot API JSON objects (updates, chat members, ...) and a PTB round-trip check."""

from __future__ import annotations

import copy
import time
from typing import Any

from telegram import ChatFullInfo, ChatMember, Message, Poll, TelegramObject, Update

from .entities import find_bot_commands
from .models import FakeChat

JSONDict = dict[str, Any]

__all__ = [
    "UPDATE_TYPES",
    "callback_query",
    "chat_full_info",
    "chat_member",
    "check_object",
    "check_update",
    "document_message",
    "my_chat_member",
    "now",
    "poll_answer",
    "text_message",
    "update_type",
]

UPDATE_TYPES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "message_reaction",
        "message_reaction_count",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)


def now() -> int:
    """Current Unix time as Telegram reports it."""
    return int(time.time())


def update_type(update: JSONDict) -> str:
    """The payload key of an update (``message``, ``callback_query``...)."""
    for key in update:
        if key != "update_id":
            return key
    raise ValueError(f"update without payload: {update!r}")


def text_message(
    message_id: int,
    chat: JSONDict,
    sender: JSONDict,
    text: str,
    *,
    date: int | None = None,
    entities: list[JSONDict] | None = None,
    reply_to: JSONDict | None = None,
) -> JSONDict:
    """A user's text ``Message``; bot_command/mention entities are detected automatically."""
    message: JSONDict = {
        "message_id": message_id,
        "from": copy.deepcopy(sender),
        "chat": copy.deepcopy(chat),
        "date": now() if date is None else date,
        "text": text,
    }
    found = find_bot_commands(text) if entities is None else entities
    if found:
        message["entities"] = found
    if reply_to is not None:
        message["reply_to_message"] = copy.deepcopy(reply_to)
    return message


def document_message(
    message_id: int,
    chat: JSONDict,
    sender: JSONDict,
    document: JSONDict,
    *,
    caption: str | None = None,
    date: int | None = None,
) -> JSONDict:
    """A user's ``Message`` carrying a document."""
    message: JSONDict = {
        "message_id": message_id,
        "from": copy.deepcopy(sender),
        "chat": copy.deepcopy(chat),
        "date": now() if date is None else date,
        "document": copy.deepcopy(document),
    }
    if caption:
        message["caption"] = caption
        found = find_bot_commands(caption)
        if found:
            message["caption_entities"] = found
    return message


def callback_query(
    query_id: str, sender: JSONDict, message: JSONDict, chat_instance: str, data: str
) -> JSONDict:
    """A ``CallbackQuery`` from pressing an inline button of ``message``."""
    return {
        "id": query_id,
        "from": copy.deepcopy(sender),
        "message": copy.deepcopy(message),
        "chat_instance": chat_instance,
        "data": data,
    }


def poll_answer(
    poll_id: str, sender: JSONDict, option_ids: list[int], persistent_ids: list[str]
) -> JSONDict:
    """A ``PollAnswer`` (non-anonymous poll vote; empty ``option_ids`` = vote retracted)."""
    return {
        "poll_id": poll_id,
        "user": copy.deepcopy(sender),
        "option_ids": list(option_ids),
        "option_persistent_ids": list(persistent_ids),
    }


_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
    "can_manage_topics",
)


# Rights only a channel's administrators have; pinning and topics exist in groups only.
_CHANNEL_RIGHTS = ("can_post_messages", "can_edit_messages")
_GROUP_ONLY_RIGHTS = ("can_pin_messages", "can_manage_topics")


def chat_member(
    status: str, user: JSONDict, *, channel: bool = False, can_post: bool = True
) -> JSONDict:
    """A ``ChatMember`` of the given status (creator/administrator/member/left/kicked).

    In a ``channel`` an administrator also has ``can_post_messages`` (``can_post``) and
    ``can_edit_messages``, and no group-only rights.
    """
    data: JSONDict = {"status": status, "user": copy.deepcopy(user)}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "administrator":
        data["can_be_edited"] = False
        data["is_anonymous"] = False
        for right in _ADMIN_RIGHTS:
            if not (channel and right in _GROUP_ONLY_RIGHTS):
                data[right] = right != "can_promote_members"
        if channel:
            data["can_post_messages"] = can_post
            data["can_edit_messages"] = can_post
    elif status == "kicked":
        data["until_date"] = 0
    elif status == "restricted":
        raise ValueError("restricted members are not simulated")
    return data


def channel_post(
    message_id: int, chat: JSONDict, text: str, *, signature: str | None = None
) -> JSONDict:
    """A post in a channel (``channel_post`` payload): sent on behalf of the channel, no from."""
    message: JSONDict = {
        "message_id": message_id,
        "sender_chat": copy.deepcopy(chat),
        "chat": copy.deepcopy(chat),
        "date": now(),
        "text": text,
    }
    if signature:
        message["author_signature"] = signature
    found = find_bot_commands(text)
    if found:
        message["entities"] = found
    return message


def my_chat_member(
    chat: JSONDict, sender: JSONDict, bot_user: JSONDict, old_status: str, new_status: str
) -> JSONDict:
    """A ``ChatMemberUpdated`` about the bot itself (``my_chat_member`` update payload)."""
    return {
        "chat": copy.deepcopy(chat),
        "from": copy.deepcopy(sender),
        "date": now(),
        "old_chat_member": chat_member(old_status, bot_user),
        "new_chat_member": chat_member(new_status, bot_user),
    }


def chat_full_info(chat: FakeChat) -> JSONDict:
    """The ``ChatFullInfo`` object returned by getChat."""
    data = chat.to_dict()
    data.update(
        {
            "accent_color_id": chat.id % 7,
            "max_reaction_count": 11,
            "accepted_gift_types": {
                "unlimited_gifts": True,
                "limited_gifts": True,
                "unique_gifts": True,
                "premium_subscription": True,
                "gifts_from_channels": True,
            },
        }
    )
    if chat.type in ("group", "supergroup"):
        data["permissions"] = {
            "can_send_messages": True,
            "can_send_polls": True,
            "can_send_other_messages": True,
            "can_add_web_page_previews": True,
            "can_invite_users": True,
        }
    return data


def _leftovers(obj: TelegramObject, path: str) -> list[str]:
    """Names of JSON fields PTB did not recognise (``api_kwargs``) in ``obj`` and children."""
    found = [f"{path}.{key}" for key in obj.api_kwargs]
    names = {n for klass in type(obj).__mro__ for n in getattr(klass, "__slots__", ())}
    for name in sorted(n for n in names if not n.startswith("_")):
        value = getattr(obj, name, None)
        if isinstance(value, TelegramObject):
            found += _leftovers(value, f"{path}.{name}")
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, TelegramObject):
                    found += _leftovers(item, f"{path}.{name}[{index}]")
    return found


def check_object(cls: type[TelegramObject], data: JSONDict, what: str) -> TelegramObject:
    """Parse ``data`` with PTB's ``cls.de_json``; raise AssertionError if PTB rejects it."""
    try:
        obj = cls.de_json(copy.deepcopy(data), None)
    except Exception as exc:  # PTB raises TypeError/KeyError/... for malformed objects
        raise AssertionError(
            f"fakebot built a {what} that python-telegram-bot cannot parse: {exc!r}\n{data!r}"
        ) from exc
    unknown = _leftovers(obj, cls.__name__)
    if unknown:
        raise AssertionError(
            f"fakebot built a {what} with fields unknown to python-telegram-bot: {unknown}\n"
            f"{data!r}"
        )
    return obj


def check_update(update: JSONDict) -> Update:
    """Round-trip an update through ``telegram.Update.de_json``; AssertionError on failure."""
    kind = update_type(update)
    if kind not in UPDATE_TYPES:
        raise AssertionError(f"fakebot built an update of unknown type {kind!r}")
    obj = check_object(Update, update, f"{kind} update")
    assert isinstance(obj, Update)
    if getattr(obj, kind, None) is None:
        raise AssertionError(f"PTB parsed the {kind} update without its payload: {update!r}")
    return obj


# Re-exported so callers can validate results of API methods with the right PTB class.
RESULT_CLASSES: dict[str, type[TelegramObject]] = {
    "message": Message,
    "poll": Poll,
    "chat_member": ChatMember,
    "chat_full_info": ChatFullInfo,
}
