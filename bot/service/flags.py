"""Players flag questions they were sent; enough flags on a hard question pause it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy.engine import Engine

from bot.service.quiz import Clock
from bot.service.report import NOT_PLAYERS
from db.engine import session_scope
from db.flags import (
    FlaggedQuestion,
    add_flag,
    first_answer_tally,
    flag_target,
    flagged_questions,
    open_flag_count,
    pause_question,
    review_question,
)
from db.models import utcnow

# The reasons a player can give, in the order the buttons show them.
REASONS = {
    "wrong": "Wrong answer",
    "unclear": "Unclear",
    "typo": "Typo",
    "other": "Other",
}
# A question this many players flagged, and that few get right, is probably broken: stop
# serving it until an admin looks.
PAUSE_AT_FLAGS = 3
PAUSE_BELOW_FACILITY = 0.3

__all__ = ["REASONS", "FlagOutcome", "FlagService", "FlagStatus", "FlaggedQuestion"]


class FlagStatus(Enum):
    """What became of a player's flag."""

    RECORDED = "recorded"
    ALREADY = "already"  # one flag per player per question
    NOT_SENT = "not sent"  # the player was never sent this delivery
    UNKNOWN = "unknown"  # no such delivery, or a reason that is not offered


@dataclass(frozen=True)
class FlagOutcome:
    """A flag's fate; `paused` is set when this flag paused the question (admins are told)."""

    status: FlagStatus
    question_id: int | None = None
    set_slug: str | None = None
    text: str | None = None
    flags: int = 0
    facility: float | None = None
    paused: bool = False


class FlagService:
    """Players' flags on questions, and the admins' review of them."""

    def __init__(self, engine: Engine, clock: Clock = utcnow) -> None:
        self.engine = engine
        self.clock = clock

    def flag(self, user_id: int, delivery_id: int, reason: str) -> FlagOutcome:
        """Record a player's flag on the question a delivery showed them; pause if it is due."""
        if reason not in REASONS:
            return FlagOutcome(FlagStatus.UNKNOWN)
        now = self.clock()
        with session_scope(self.engine) as session:
            target = flag_target(session, delivery_id=delivery_id, user_id=user_id)
            if target is None:
                return FlagOutcome(FlagStatus.UNKNOWN)
            if not target.sent_to_player:
                return FlagOutcome(FlagStatus.NOT_SENT)
            recorded = add_flag(
                session,
                question_id=target.question_id,
                user_id=user_id,
                delivery_id=delivery_id,
                reason=reason,
                now=now,
            )
            if not recorded:
                return FlagOutcome(FlagStatus.ALREADY, target.question_id, target.set_slug)
            flags = open_flag_count(session, target.question_id)
            answered, right = first_answer_tally(
                session, target.question_id, exclude_user_ids=NOT_PLAYERS
            )
            facility = right / answered if answered else None
            paused = False
            hard = facility is not None and facility < PAUSE_BELOW_FACILITY
            if flags >= PAUSE_AT_FLAGS and hard:
                paused = pause_question(session, target.question_id, now)
            return FlagOutcome(
                FlagStatus.RECORDED,
                question_id=target.question_id,
                set_slug=target.set_slug,
                text=target.text,
                flags=flags,
                facility=facility,
                paused=paused,
            )

    def open_flags(self, limit: int = 10) -> list[FlaggedQuestion]:
        """Return the questions with open flags, most flagged first."""
        with session_scope(self.engine) as session:
            return flagged_questions(session, limit=limit, exclude_user_ids=NOT_PLAYERS)

    def resume(self, question_id: int) -> str | None:
        """Close a question's flags and serve it again; return its text, or None if unknown."""
        with session_scope(self.engine) as session:
            return review_question(session, question_id, self.clock(), retire=False)

    def retire(self, question_id: int) -> str | None:
        """Close a question's flags and stop asking it; return its text, or None if unknown."""
        with session_scope(self.engine) as session:
            return review_question(session, question_id, self.clock(), retire=True)
