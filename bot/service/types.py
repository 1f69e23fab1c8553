"""The quiz's plain values shared by the services, the views and the Telegram edge."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from db.models import Trigger

__all__ = [
    "PRIVATE",
    "Place",
    "Player",
    "SendStatus",
    "SetFallback",
    "ShownQuestion",
    "Trigger",
    "options_as_shown",
]

PRIVATE = "private"


@dataclass(frozen=True)
class Player:
    """Who is playing, as the transport layer knows them."""

    id: int
    first_name: str
    username: str | None = None
    language_code: str | None = None


@dataclass(frozen=True)
class Place:
    """Where the game is played: a private chat or a group."""

    id: int
    type: str = PRIVATE
    title: str | None = None

    @property
    def is_group(self) -> bool:
        """Return True for groups and supergroups."""
        return self.type != PRIVATE


@dataclass(frozen=True)
class SetFallback:
    """The chat's chosen set was deleted, so it plays the default set now (said once)."""

    removed_title: str | None  # None when even the deleted set's row is gone
    current_title: str


def options_as_shown(
    order: Sequence[int], options: Sequence[str], correct_index: int
) -> tuple[tuple[str, ...], int] | None:
    """Return the options in a delivery's order and the right one's position, if they fit."""
    if sorted(order) != list(range(len(options))) or correct_index not in order:
        return None  # the question gained or lost options since the order was drawn
    return tuple(options[i] for i in order), list(order).index(correct_index)


@dataclass(frozen=True)
class ShownQuestion:
    """A question ready to send: options in the order shown, and its delivery id."""

    delivery_id: int
    question_id: int
    text: str
    options: tuple[str, ...]
    correct_position: int
    explanation: str | None
    set_slug: str
    set_title: str
    # Said once when the chat's chosen set was deleted and the default took its place.
    fallback: SetFallback | None = None


class SendStatus(Enum):
    """How a send to one chat ended (a daily question, a broadcast message)."""

    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot, or the bot left the group: stop sending
    FAILED = "failed"  # gave up after bounded retries, or Telegram refused the request
