"""Reading a method call's parameters as the Bot API does: query, JSON, form, multipart."""

from __future__ import annotations

import json
import re
from typing import Any

import aiohttp
from aiohttp import web

from .records import JSONDict, Upload
from .validation import bad_request

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
INT_RE = re.compile(r"^-?\d+$")


async def read_params(request: web.Request) -> tuple[JSONDict, dict[str, Upload]]:
    """Return a method call's parameters, decoded as the Bot API does, and its uploaded files."""
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
        return int(value) if INT_RE.match(value.strip()) else value
    if key in _FLOAT_FIELDS:
        try:
            return float(value)
        except ValueError:
            return value
    if key in _BOOL_FIELDS:
        return value.strip().lower() in ("true", "1")
    return value
