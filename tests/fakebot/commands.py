"""Commands and menus: setMyCommands by scope, the menu button, the bot's name and texts."""

from __future__ import annotations

import copy
import json
from typing import Any

from .models import FakeChat, FakeUser
from .params import INT_RE
from .records import Handler, JSONDict, Upload
from .state import ApiState
from .validation import bad_request, validate_commands

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


class CommandMethods(ApiState):
    """set/get/deleteMyCommands by scope and language, and the bot's settings (menu, name...)."""

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

    def _scope_key(
        self, scope: JSONDict | None, language_code: Any, *, validate: bool = True
    ) -> tuple[str, str]:
        scope = dict(scope or {"type": "default"})
        kind = scope.get("type")
        if kind not in SCOPE_TYPES:
            raise bad_request("can't parse BotCommandScope JSON object")
        if kind in ("chat", "chat_administrators", "chat_member"):
            chat_id = scope.get("chat_id")
            if isinstance(chat_id, str) and INT_RE.match(chat_id):
                chat_id = int(chat_id)
            if validate and (not isinstance(chat_id, int) or chat_id not in self._chats):
                raise bad_request("chat not found")
            scope["chat_id"] = chat_id
        if kind == "chat_member":
            user_id = scope.get("user_id")
            if isinstance(user_id, str) and INT_RE.match(user_id):
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
