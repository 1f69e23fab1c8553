"""Compact callback_data codecs: every button carries a short prefix and small integers."""

from __future__ import annotations

from dataclasses import dataclass

# Prefixes are constants so every handler pattern and every keyboard agree on them.
ANSWER = "a"
NEXT = "n"
MENU = "m"
DAILY = "d"
SETS_PAGE = "sp"
DAILY_ACTIONS = frozenset({"on", "off"})
LANGUAGE = "l"
MAX_BYTES = 64


@dataclass(frozen=True)
class AnswerPress:
    """A press on option `position` (as shown) of delivery `delivery_id`."""

    delivery_id: int
    position: int


def encode_answer(delivery_id: int, position: int) -> str:
    """Encode an answer button: 'a:<delivery>:<position>'."""
    return f"{ANSWER}:{delivery_id}:{position}"


def decode_answer(data: str | None) -> AnswerPress | None:
    """Decode an answer button; None for anything malformed (it is user-controlled input)."""
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != ANSWER:
        return None
    delivery, position = parts[1], parts[2]
    if not (delivery.isdecimal() and position.isdecimal()) or len(delivery) > 18:
        return None
    if len(position) > 2:
        return None
    return AnswerPress(int(delivery), int(position))


def encode_menu(item: str) -> str:
    """Encode a /start menu button: 'm:<item>'."""
    return f"{MENU}:{item}"


# --- admin: /delete confirmation -------------------------------------------------------------
DELETE_SET = "ds"
DELETE_YES = "y"
DELETE_NO = "n"


@dataclass(frozen=True)
class DeletePress:
    """A press on the /delete confirmation: delete (confirm) or keep set `set_id`."""

    set_id: int
    confirm: bool


def encode_delete(set_id: int, *, confirm: bool) -> str:
    """Encode a /delete confirmation button: 'ds:<set id>:y' or 'ds:<set id>:n'."""
    return f"{DELETE_SET}:{set_id}:{DELETE_YES if confirm else DELETE_NO}"


def decode_delete(data: str | None) -> DeletePress | None:
    """Decode a /delete confirmation button; None for anything malformed (user-controlled)."""
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != DELETE_SET or parts[2] not in (DELETE_YES, DELETE_NO):
        return None
    if not parts[1].isdecimal() or len(parts[1]) > 18:
        return None
    return DeletePress(int(parts[1]), parts[2] == DELETE_YES)


# --- admin: choices about a draft kept in memory (a broadcast, an article seen before) -------
BROADCAST = "bc"
BROADCAST_ACTIONS = frozenset({"send", "me", "no"})  # send, send with a copy to me, cancel
SAME_ARTICLE = "sa"
SAME_ARTICLE_ACTIONS = frozenset({"update", "new", "no"})  # update that set, a new set, cancel


@dataclass(frozen=True)
class DraftPress:
    """A press on a button about draft `draft`: which action was chosen."""

    draft: int
    action: str


def encode_draft(prefix: str, draft: int, action: str) -> str:
    """Encode a draft button: '<prefix>:<draft>:<action>'."""
    return f"{prefix}:{draft}:{action}"


def decode_draft(prefix: str, actions: frozenset[str], data: str | None) -> DraftPress | None:
    """Decode a draft button; None for anything malformed (it is user-controlled input)."""
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) != 3 or parts[0] != prefix or parts[2] not in actions:
        return None
    if not parts[1].isdecimal() or len(parts[1]) > 18:
        return None
    return DraftPress(int(parts[1]), parts[2])


def encode_daily(action: str) -> str:
    """Encode a daily on/off button: 'd:on' or 'd:off'."""
    assert action in DAILY_ACTIONS
    return f"{DAILY}:{action}"


def decode_daily(data: str | None) -> str | None:
    """Decode a daily button into 'on' or 'off'; None for anything else."""
    prefix, _, action = (data or "").partition(":")
    return action if prefix == DAILY and action in DAILY_ACTIONS else None


def encode_language(language: str) -> str:
    """Encode a /language button: 'l:<language>'."""
    return f"{LANGUAGE}:{language}"


def decode_language(data: str | None, languages: tuple[str, ...]) -> str | None:
    """Decode a /language button into one of `languages`; None for anything else."""
    prefix, _, language = (data or "").partition(":")
    return language if prefix == LANGUAGE and language in languages else None


def encode_sets_page(page: int) -> str:
    """Encode a /sets page button: 'sp:<page>'."""
    return f"{SETS_PAGE}:{page}"


def decode_sets_page(data: str | None) -> int | None:
    """Decode a /sets page button into its page number; None for anything malformed."""
    prefix, _, page = (data or "").partition(":")
    if prefix != SETS_PAGE or not page.isdecimal() or len(page) > 6:
        return None
    return int(page)
