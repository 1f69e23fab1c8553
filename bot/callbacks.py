"""Compact callback_data codecs: every button carries a short prefix and small integers."""

from __future__ import annotations

from dataclasses import dataclass

# Prefixes are constants so every handler pattern and every keyboard agree on them.
ANSWER = "a"
NEXT = "n"
MENU = "m"
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
