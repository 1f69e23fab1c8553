"""HTTP control endpoints (``/_control/...``) so another process can drive simulated users.

All bodies are JSON.  Users/chats are referred to by id; unknown user ids are registered on
the fly with a generated first name.  Errors answer 400 ``{"error": "..."}`` and a wait that
times out answers 408.
"""

from __future__ import annotations

import base64
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import aiohttp
from aiohttp import web

from .models import BotMessage, FakeUser

if TYPE_CHECKING:
    from .server import FakeBotApi

JSONDict = dict[str, Any]

__all__ = ["ControlClient", "add_control_routes", "message_json"]


def message_json(message: BotMessage) -> JSONDict:
    """A bot message as JSON: the Bot API Message plus fakebot bookkeeping fields."""
    data = message.to_dict()
    data["_fakebot"] = {
        "seq": message.seq,
        "kind": message.kind,
        "raw_text": message.raw_text,
        "parse_mode": message.parse_mode,
        "edits": len(message.edits),
        "deleted": message.deleted,
        "reply_markup": message.reply_markup,
    }
    return data


def add_control_routes(app: web.Application, api: FakeBotApi) -> None:
    """Register the ``/_control`` endpoints for ``api`` on ``app``."""

    def user_of(body: JSONDict, key: str = "user_id") -> FakeUser:
        user_id = int(body[key])
        existing = api.find_user(user_id)
        if existing is not None:
            return existing
        return api.user(
            user_id, str(body.get("first_name") or f"User{user_id}"), username=body.get("username")
        )

    def message_ref(body: JSONDict) -> BotMessage:
        return api.message(int(body["chat_id"]), int(body["message_id"]))

    async def create_user(body: JSONDict) -> Any:
        user = api.user(
            int(body["id"]),
            str(body.get("first_name") or f"User{body['id']}"),
            username=body.get("username"),
            language_code=body.get("language_code", "en"),
        )
        return user.to_dict()

    async def create_group(body: JSONDict) -> Any:
        admins = [user_of({"user_id": uid}) for uid in body.get("admins", [])]
        members = [user_of({"user_id": uid}) for uid in body.get("members", [])]
        chat = api.group(
            int(body["id"]),
            str(body.get("title") or "Group"),
            admins=admins,
            members=members,
            chat_type=body.get("type", "supergroup"),
            bot_is_admin=bool(body.get("bot_is_admin", False)),
        )
        return chat.to_dict()

    async def send_text(body: JSONDict) -> Any:
        chat_id = body.get("chat_id")
        return await api.send_text(
            user_of(body), str(body["text"]), chat=None if chat_id is None else int(chat_id)
        )

    async def press(body: JSONDict) -> Any:
        return await api.press(
            user_of(body),
            message_ref(body),
            body.get("button"),
            callback_data=body.get("callback_data"),
        )

    async def answer_poll(body: JSONDict) -> Any:
        return await api.answer_poll(user_of(body), message_ref(body), body["option_ids"])

    async def upload_document(body: JSONDict) -> Any:
        chat_id = body.get("chat_id")
        return await api.upload_document(
            user_of(body),
            str(body["filename"]),
            base64.b64decode(body.get("content_base64", "")),
            caption=body.get("caption"),
            mime_type=body.get("mime_type"),
            chat=None if chat_id is None else int(chat_id),
            reported_size=body.get("reported_size"),
        )

    async def wait_for_message(body: JSONDict) -> Any:
        chat_id = body.get("chat_id")
        message = await api.wait_for_message(
            None if chat_id is None else int(chat_id),
            count=int(body.get("count", 1)),
            since=body.get("since"),
            timeout=float(body.get("timeout", 5.0)),
        )
        return message_json(message)

    async def fail_next(body: JSONDict) -> Any:
        api.fail_next(
            str(body["method"]),
            body.get("status"),
            description=body.get("description"),
            retry_after=body.get("retry_after"),
            migrate_to_chat_id=body.get("migrate_to_chat_id"),
            count=int(body.get("count", 1)),
            delay=float(body.get("delay", 0.0)),
            drop=bool(body.get("drop", False)),
            chat_id=body.get("chat_id"),
        )
        return True

    async def rate_limit(body: JSONDict) -> Any:
        api.set_rate_limit(body.get("per_second"))
        return True

    async def block(body: JSONDict) -> Any:
        api.block(user_of(body))
        return True

    async def kick(body: JSONDict) -> Any:
        api.kick_from(int(body["chat_id"]))
        return True

    async def migrate(body: JSONDict) -> Any:
        return api.migrate(int(body["chat_id"]), int(body["new_id"])).to_dict()

    def post(
        action: Callable[[JSONDict], Awaitable[Any]],
    ) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
        async def handler(request: web.Request) -> web.StreamResponse:
            try:
                body = await request.json() if request.body_exists else {}
                return web.json_response({"ok": True, "result": await action(body)})
            except AssertionError as exc:
                status = 408 if "timed out" in str(exc) else 400
                return web.json_response({"ok": False, "error": str(exc)}, status=status)
            except (KeyError, ValueError, TypeError) as exc:
                return web.json_response({"ok": False, "error": repr(exc)}, status=400)

        return handler

    async def get_messages(request: web.Request) -> web.StreamResponse:
        chat_id = request.query.get("chat_id")
        deleted = request.query.get("include_deleted", "").lower() in ("1", "true")
        messages = api.messages(None if chat_id is None else int(chat_id), include_deleted=deleted)
        return web.json_response({"ok": True, "result": [message_json(m) for m in messages]})

    async def get_stats(request: web.Request) -> web.StreamResponse:
        return web.json_response({"ok": True, "result": api.stats.to_dict()})

    async def get_calls(request: web.Request) -> web.StreamResponse:
        since = int(request.query.get("since", "0"))
        calls = [{"method": c.method, "params": c.params} for c in api.all_calls[since:]]
        return web.json_response({"ok": True, "result": calls})

    routes: dict[str, Callable[[JSONDict], Awaitable[Any]]] = {
        "user": create_user,
        "group": create_group,
        "send_text": send_text,
        "press": press,
        "answer_poll": answer_poll,
        "upload_document": upload_document,
        "wait_for_message": wait_for_message,
        "fail_next": fail_next,
        "rate_limit": rate_limit,
        "block": block,
        "kick": kick,
        "migrate": migrate,
    }
    for name, action in routes.items():
        app.router.add_post(f"/_control/{name}", post(action))
    app.router.add_get("/_control/messages", get_messages)
    app.router.add_get("/_control/stats", get_stats)
    app.router.add_get("/_control/calls", get_calls)


class ControlClient:
    """Async client for the control endpoints of a (possibly out-of-process) fake."""

    def __init__(self, url: str) -> None:
        """``url`` is the server root, e.g. ``http://127.0.0.1:8081``."""
        self.url = url.rstrip("/")
        self._session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> ControlClient:
        """Open the HTTP session."""
        self._session = aiohttp.ClientSession()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        """Close the HTTP session."""
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def call(self, name: str, **body: Any) -> Any:
        """POST ``/_control/<name>`` with a JSON body; returns ``result`` or raises."""
        assert self._session is not None, "use 'async with ControlClient(url)'"
        async with self._session.post(f"{self.url}/_control/{name}", json=body) as response:
            data = await response.json()
        if not data.get("ok"):
            raise AssertionError(f"control {name} failed ({response.status}): {data.get('error')}")
        return data["result"]

    async def send_text(self, user_id: int, text: str, chat_id: int | None = None) -> JSONDict:
        """A user writes ``text``; returns the update."""
        result: JSONDict = await self.call("send_text", user_id=user_id, text=text, chat_id=chat_id)
        return result

    async def press(
        self,
        user_id: int,
        chat_id: int,
        message_id: int,
        button: str | int | None = None,
        callback_data: str | None = None,
    ) -> JSONDict:
        """A user presses a button of a bot message; returns the update."""
        result: JSONDict = await self.call(
            "press",
            user_id=user_id,
            chat_id=chat_id,
            message_id=message_id,
            button=button,
            callback_data=callback_data,
        )
        return result

    async def wait_for_message(
        self,
        chat_id: int | None = None,
        count: int = 1,
        timeout: float = 5.0,  # noqa: ASYNC109
    ) -> JSONDict:
        """Wait for the bot's reply after the last user action in the chat."""
        result: JSONDict = await self.call(
            "wait_for_message", chat_id=chat_id, count=count, timeout=timeout
        )
        return result

    async def messages(self, chat_id: int | None = None) -> list[JSONDict]:
        """The bot's messages (current state)."""
        assert self._session is not None, "use 'async with ControlClient(url)'"
        query = {} if chat_id is None else {"chat_id": str(chat_id)}
        async with self._session.get(f"{self.url}/_control/messages", params=query) as response:
            data = await response.json()
        result: list[JSONDict] = data["result"]
        return result

    async def stats(self) -> JSONDict:
        """Traffic counters."""
        assert self._session is not None, "use 'async with ControlClient(url)'"
        async with self._session.get(f"{self.url}/_control/stats") as response:
            data = await response.json()
        result: JSONDict = data["result"]
        return result
