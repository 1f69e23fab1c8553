"""Every table of the quiz, as SQLModel classes; the database enforces integrity here.

The tables live by area in the modules of this package; importing `db.models` registers
every one of them on SQLModel.metadata (what Alembic and `create_all` see), and every
name is re-exported here, so `from db.models import X` is the one way to reach them.
"""

from __future__ import annotations

from db.models.chats import INTERFACE_LANGUAGES, Chat, User
from db.models.columns import UTCDateTime, table_of, utcnow
from db.models.daily import ChannelLink, DailyDelivery, DailySubscription, PollResult
from db.models.jobs import AdminJob, BroadcastRecipient, InboxUpdate
from db.models.play import Answer, Delivery, Review, Trigger
from db.models.questions import Flag, QuestionRow, QuestionSetRow
from db.models.rounds import (
    ROUND_MAX_POINTS,
    ROUND_MAX_QUESTIONS,
    ROUND_PHASES,
    Round,
    RoundAnswer,
    RoundPlayer,
    RoundQuestion,
)
from db.models.scores import (
    BOARD_PERIODS,
    GLOBAL_SCOPE,
    BoardState,
    DailyPoints,
    PeriodBucket,
    PeriodScore,
    Score,
    ScoreBucket,
    WeekBucket,
    WeekScore,
)

__all__ = [
    "BOARD_PERIODS",
    "GLOBAL_SCOPE",
    "INTERFACE_LANGUAGES",
    "ROUND_MAX_POINTS",
    "ROUND_MAX_QUESTIONS",
    "ROUND_PHASES",
    "AdminJob",
    "Answer",
    "BoardState",
    "BroadcastRecipient",
    "ChannelLink",
    "Chat",
    "DailyDelivery",
    "DailyPoints",
    "DailySubscription",
    "Delivery",
    "Flag",
    "InboxUpdate",
    "PeriodBucket",
    "PeriodScore",
    "PollResult",
    "QuestionRow",
    "QuestionSetRow",
    "Review",
    "Round",
    "RoundAnswer",
    "RoundPlayer",
    "RoundQuestion",
    "Score",
    "ScoreBucket",
    "Trigger",
    "UTCDateTime",
    "User",
    "WeekBucket",
    "WeekScore",
    "table_of",
    "utcnow",
]
