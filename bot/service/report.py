"""The teacher's reports: a set's item analysis, its players' results and daily activity.

The figures themselves are worked out in items.py (re-exported here); this module reads
the database for them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.engine import Engine

from bot.service.items import TOO_EASY_ABOVE as TOO_EASY_ABOVE
from bot.service.items import TOO_HARD_BELOW as TOO_HARD_BELOW
from bot.service.items import ItemFlag as ItemFlag
from bot.service.items import ItemStats as ItemStats
from bot.service.items import SetReport as SetReport
from bot.service.items import build_item
from bot.service.items import fix_first as fix_first
from bot.service.items import item_flags as item_flags
from bot.service.quiz import PLAY_ID
from db.engine import reading_engine, session_scope
from db.report import (
    PlayerResult,
    daily_activity,
    item_sums,
    player_results,
    report_questions,
)
from db.sets import get_set
from questions.text import N_, Text

# The terminal player of `quizbot play` is an admin trying a set, not a student.
NOT_PLAYERS = (PLAY_ID,)
ACTIVITY_DAYS = 30
NO_ANSWERS_YET = N_("No answers yet for “{title}” ({slug}).")


@dataclass(frozen=True)
class ActivityDay:
    """One UTC day of play: distinct players and answers."""

    day: date
    players: int
    answers: int


@dataclass(frozen=True)
class NoReport:
    """Why there is no report, in words meant for the teacher."""

    reason: str


def no_such_set(slug: str) -> NoReport:
    """Return the refusal for an unknown slug."""
    return NoReport(Text(N_("There is no set with slug “{slug}”. See /sets."), slug=slug))


class ReportService:
    """Item analysis and results of question sets, for teachers (admins)."""

    def __init__(self, engine: Engine) -> None:
        # Reports only read (their temporary table lives in SQLite's separate temp database).
        self.engine = reading_engine(engine)

    def item_analysis(self, slug: str) -> SetReport | NoReport:
        """Return the item analysis of a set, or why there is none (unknown set, no answers)."""
        with session_scope(self.engine) as session:
            qset = get_set(session, slug, include_retired=True)
            if qset is None or qset.id is None:
                return no_such_set(slug)
            found = item_sums(session, qset.id, exclude_user_ids=NOT_PLAYERS)
            if not found.questions:
                return NoReport(Text(NO_ANSWERS_YET, title=qset.title, slug=slug))
            rows = report_questions(session, qset.id)
            title = qset.title
        items = tuple(
            build_item(
                row,
                number,
                found.questions.get(row.question_id),
                found.option_counts.get(row.question_id, {}),
            )
            for number, row in enumerate(rows, start=1)
        )
        return SetReport(
            slug=slug,
            title=title,
            players=sum(found.distribution.values()),
            answers=sum(s.answered for s in found.questions.values()),
            items=items,
            distribution=found.distribution,
        )

    def player_results(self, slug: str) -> list[PlayerResult] | NoReport:
        """Return every player's results on a set, or why there are none."""
        with session_scope(self.engine) as session:
            qset = get_set(session, slug, include_retired=True)
            if qset is None or qset.id is None:
                return no_such_set(slug)
            results = player_results(session, qset.id, exclude_user_ids=NOT_PLAYERS)
            title = qset.title
        if not results:
            return NoReport(Text(NO_ANSWERS_YET, title=title, slug=slug))
        return results

    def activity(self, now: datetime, days: int = ACTIVITY_DAYS) -> list[ActivityDay]:
        """Return players and answers per UTC day for the last `days` days, today included."""
        first = now.date() - timedelta(days=days - 1)
        with session_scope(self.engine) as session:
            counts = daily_activity(
                session,
                datetime.combine(first, time(), tzinfo=now.tzinfo),
                exclude_user_ids=NOT_PLAYERS,
            )
        return [
            ActivityDay(day, *counts.get(day, (0, 0)))
            for day in (first + timedelta(days=i) for i in range(days))
        ]
