"""callback_data codecs of the teacher's view: flag a question, pick a reason, review flags."""

from __future__ import annotations

from dataclasses import dataclass

from bot.views.callbacks import MAX_BYTES

FLAG = "f"  # f:<delivery id>            a player opens the reasons
FLAG_REASON = "fr"  # fr:<delivery id>:<reason>  a player picks one
FLAG_REVIEW = "fq"  # fq:<question id>:<action>  an admin resumes (r) or retires (x) a question
REVIEW_ACTIONS = {"r": "resume", "x": "retire"}


@dataclass(frozen=True)
class ReasonPress:
    """A player's reason for flagging the question of delivery `delivery_id`."""

    delivery_id: int
    reason: str


@dataclass(frozen=True)
class ReviewPress:
    """An admin's decision on a flagged question: 'resume' or 'retire'."""

    question_id: int
    action: str


def _parts(data: str | None, prefix: str, count: int) -> list[str] | None:
    """Split callback data into `count` fields after `prefix`; None if malformed."""
    if not data or len(data.encode("utf-8", "replace")) > MAX_BYTES:
        return None
    parts = data.split(":")
    if len(parts) != count + 1 or parts[0] != prefix:
        return None
    if not parts[1].isdecimal() or len(parts[1]) > 18:
        return None
    return parts[1:]


def encode_flag(delivery_id: int) -> str:
    """Encode the '⚑ Report question' button: 'f:<delivery>'."""
    return f"{FLAG}:{delivery_id}"


def decode_flag(data: str | None) -> int | None:
    """Decode the '⚑ Report question' button into its delivery id."""
    parts = _parts(data, FLAG, 1)
    return int(parts[0]) if parts else None


def encode_reason(delivery_id: int, reason: str) -> str:
    """Encode a reason button: 'fr:<delivery>:<reason>'."""
    return f"{FLAG_REASON}:{delivery_id}:{reason}"


def decode_reason(data: str | None) -> ReasonPress | None:
    """Decode a reason button (the reason itself is checked by the flag service)."""
    parts = _parts(data, FLAG_REASON, 2)
    return ReasonPress(int(parts[0]), parts[1]) if parts else None


def encode_review(question_id: int, action: str) -> str:
    """Encode an admin's review button: 'fq:<question>:r' or 'fq:<question>:x'."""
    code = next(code for code, name in REVIEW_ACTIONS.items() if name == action)
    return f"{FLAG_REVIEW}:{question_id}:{code}"


def decode_review(data: str | None) -> ReviewPress | None:
    """Decode an admin's review button; None for anything malformed."""
    parts = _parts(data, FLAG_REVIEW, 2)
    if parts is None or parts[1] not in REVIEW_ACTIONS:
        return None
    return ReviewPress(int(parts[0]), REVIEW_ACTIONS[parts[1]])
