"""The plain values of rounds (/game): limits, the speed-points rule, and each step's data."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum

from bot.service.quiz import AnswerOutcome, AnswerStatus
from bot.service.types import ShownQuestion
from db.models import ROUND_MAX_POINTS, ROUND_MAX_QUESTIONS
from db.round_players import StandingRow as StandingRow

DEFAULT_QUESTIONS = 10
DEFAULT_SECONDS = 30
MIN_QUESTIONS, MAX_QUESTIONS = 3, ROUND_MAX_QUESTIONS
MIN_SECONDS, MAX_SECONDS = 10, 600
# A group's round: the announcement stands this long before the first question, for joining
# (ROUND_LEAD_SECONDS; this is its default).
LEAD = timedelta(seconds=10)
# Each question of a group's round takes at least this long, even when everyone answered at
# once: a poll, its stopPoll and a standings line are three requests, and Telegram allows
# about 20 a minute in one group (ROUND_MIN_QUESTION_SECONDS; this is its default).
MIN_SLOT = timedelta(seconds=10)
# A question claimed but never confirmed as sent (a crash in between) closes this much later.
SEND_GRACE = timedelta(seconds=30)


def speed_points(elapsed: float, seconds: int) -> int:
    """Score a right answer after `elapsed` of `seconds` seconds (Kahoot's rule: 1000 to 500)."""
    share = min(max(elapsed, 0.0), float(seconds)) / (2 * seconds)
    return math.floor(ROUND_MAX_POINTS * (1 - share) + 0.5)


class Refused(Enum):
    """Why a round could not start."""

    RUNNING = "running"
    NO_SETS = "no_sets"
    EMPTY_SET = "empty_set"


@dataclass(frozen=True)
class Started:
    """A round that was just stored: its first question comes at the next step."""

    round_id: int
    set_title: str
    size: int
    seconds: int | None
    asked_for: int  # fewer questions than asked for when the set is smaller
    lead_seconds: int  # a group's wait before the first question, for the announcement


@dataclass(frozen=True)
class Where:
    """The chat a round plays in, and how to speak there."""

    round_id: int
    chat_id: int
    private: bool
    language: str
    size: int
    seconds: int | None


@dataclass(frozen=True)
class Ask:
    """Send question `position` (0-based) of the round."""

    where: Where
    position: int
    question: ShownQuestion


@dataclass(frozen=True)
class Close:
    """Question `position` is over: stop its poll (groups) and show where everyone stands."""

    where: Where
    position: int
    message_id: int | None
    last: bool
    board: list[StandingRow]
    right_answer: str  # for a private question that timed out


@dataclass(frozen=True)
class Finish:
    """The round is over (or stopped): final standings, and for a player what to review."""

    where: Where
    asked: int  # questions sent
    stopped: bool
    open_message_id: int | None  # a question still open when /stop came (its poll to stop)
    board: list[StandingRow]
    review: list[tuple[str, str]]  # (question, right answer) missed in a private round


Step = Ask | Close | Finish


@dataclass(frozen=True)
class Verdict:
    """What became of an answer in a round."""

    round_id: int
    status: AnswerStatus
    points: int = 0
    late: bool = False
    everyone_answered: bool = False
    outcome: AnswerOutcome | None = None  # a private round's button answer, to show
