"""Item analysis of a question set (Moodle's quiz statistics): facility, discrimination, flags.

Figures come from each player's first answer to each live question. The database sums; this
module turns the sums into ratios and decides which questions need a teacher's attention.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from sqlalchemy.engine import Engine

from bot.service.quiz import PLAY_ID
from db.engine import reading_engine, session_scope
from db.report import (
    PlayerResult,
    QuestionSums,
    ReportQuestion,
    daily_activity,
    item_sums,
    player_results,
    report_questions,
)
from db.sets import get_set
from questions.text import N_, Text

# The terminal player of `quizbot play` is an admin trying a set, not a student.
NOT_PLAYERS = (PLAY_ID,)
# Moodle shows the discrimination index only once enough attempts make it meaningful.
MIN_PLAYERS_FOR_DISCRIMINATION = 10
# Below this many answers a share says little; facility and distractor flags wait for it.
MIN_PLAYERS_FOR_FLAGS = 5
TOO_EASY_ABOVE = 0.95
TOO_HARD_BELOW = 0.2
RULE_TAG_PREFIX = "rule:"
ACTIVITY_DAYS = 30
NO_ANSWERS_YET = N_("No answers yet for “{title}” ({slug}).")


class ItemFlag(StrEnum):
    """Why a question needs a look, worst first."""

    BROKEN = "broken"  # right answers go with LOWER scores on the rest of the set
    DISTRACTOR_OVER_KEY = "distractor over key"  # a wrong option beats the key: a wrong key?
    TOO_HARD = "too hard"
    TOO_EASY = "too easy"


FLAG_ORDER = tuple(ItemFlag)


@dataclass(frozen=True)
class ItemStats:
    """One question's statistics and flags."""

    question_id: int
    number: int  # 1-based position among the set's live questions
    text: str
    options: tuple[str, ...]
    correct_index: int
    tags: tuple[str, ...]
    paused: bool
    player_flags: int
    answered: int
    facility: float | None
    discrimination: float | None
    option_shares: tuple[float, ...]
    median_seconds: float | None
    flags: tuple[ItemFlag, ...]

    @property
    def unused_distractors(self) -> tuple[int, ...]:
        """Return the wrong options nobody chose (useless distractors), once enough answered."""
        if self.answered < MIN_PLAYERS_FOR_FLAGS:
            return ()
        return tuple(
            i
            for i, share in enumerate(self.option_shares)
            if i != self.correct_index and share == 0
        )

    @property
    def generator_rules(self) -> tuple[str, ...]:
        """Return the generator's rule tags (`rule:*`), or every tag when there is none."""
        rules = tuple(t for t in self.tags if t.startswith(RULE_TAG_PREFIX))
        return rules or self.tags


@dataclass(frozen=True)
class SetReport:
    """The item analysis of a set."""

    slug: str
    title: str
    players: int
    answers: int
    items: tuple[ItemStats, ...]
    # Number of right first answers -> number of players with that score.
    distribution: dict[int, int]

    @property
    def flagged(self) -> tuple[ItemStats, ...]:
        """Return the flagged questions, the ones to fix first first."""
        return tuple(sorted((i for i in self.items if i.flags), key=_fix_first_key))

    @property
    def needs_a_look(self) -> tuple[ItemStats, ...]:
        """Return the questions with statistical flags or players' flags, worst first."""
        flagged = self.flagged
        by_players = tuple(i for i in self.items if i.player_flags and not i.flags)
        return flagged + tuple(sorted(by_players, key=lambda i: (-i.player_flags, i.number)))

    @property
    def generated(self) -> bool:
        """Return True when the set's questions carry generator rule tags."""
        return any(t.startswith(RULE_TAG_PREFIX) for i in self.items for t in i.tags)


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


def _fix_first_key(item: ItemStats) -> tuple[int, int, int, int]:
    """Order flagged items: worst flag, most flags, most answered, then the set's order."""
    worst = min(FLAG_ORDER.index(flag) for flag in item.flags)
    return (worst, -len(item.flags), -item.answered, item.number)


def facility_index(sums: QuestionSums) -> float | None:
    """Return the share of first answers that were right, or None without answers."""
    return sums.sum_x / sums.answered if sums.answered else None


def discrimination_index(sums: QuestionSums) -> float | None:
    """Return Moodle's discrimination index: r(right here, score on the rest of the set).

    The Pearson correlation over the players who answered, from the sums alone; None with too
    few players or when either side does not vary (everyone right, or all rest scores equal).
    """
    n = sums.answered
    if n < MIN_PLAYERS_FOR_DISCRIMINATION:
        return None
    # x is 0/1, so the sum of x squared is the sum of x.
    var_x = n * sums.sum_x - sums.sum_x**2
    var_r = n * sums.sum_rr - sums.sum_r**2
    if var_x <= 0 or var_r <= 0:
        return None
    return (n * sums.sum_xr - sums.sum_x * sums.sum_r) / math.sqrt(var_x * var_r)


def item_flags(
    *, answered: int, facility: float | None, discrimination: float | None, counts: list[int]
) -> tuple[ItemFlag, ...]:
    """Return the flags of one question from its figures and per-option answer counts."""
    flags: list[ItemFlag] = []
    if discrimination is not None and discrimination < 0:
        flags.append(ItemFlag.BROKEN)
    if answered >= MIN_PLAYERS_FOR_FLAGS and facility is not None:
        key_count = counts[0]
        if any(count > key_count for count in counts[1:]):
            flags.append(ItemFlag.DISTRACTOR_OVER_KEY)
        if facility < TOO_HARD_BELOW:
            flags.append(ItemFlag.TOO_HARD)
        elif facility > TOO_EASY_ABOVE:
            flags.append(ItemFlag.TOO_EASY)
    return tuple(flags)


def build_item(
    row: ReportQuestion, number: int, sums: QuestionSums | None, counts: dict[int, int]
) -> ItemStats:
    """Combine a question, its sums and its option counts into its statistics."""
    answered = sums.answered if sums is not None else 0
    facility = facility_index(sums) if sums is not None else None
    discrimination = discrimination_index(sums) if sums is not None else None
    shares = tuple(
        counts.get(i, 0) / answered if answered else 0.0 for i in range(len(row.options))
    )
    key_first = [counts.get(row.correct_index, 0)] + [
        counts.get(i, 0) for i in range(len(row.options)) if i != row.correct_index
    ]
    return ItemStats(
        question_id=row.question_id,
        number=number,
        text=row.text,
        options=tuple(row.options),
        correct_index=row.correct_index,
        tags=tuple(row.tags),
        paused=row.paused,
        player_flags=row.player_flags,
        answered=answered,
        facility=facility,
        discrimination=discrimination,
        option_shares=shares,
        median_seconds=sums.median_seconds if sums is not None else None,
        flags=item_flags(
            answered=answered,
            facility=facility,
            discrimination=discrimination,
            counts=key_first,
        ),
    )


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


def fix_first(report: SetReport, limit: int = 3) -> tuple[ItemStats, ...]:
    """Return the flagged questions to fix first, at most `limit`."""
    return report.flagged[:limit]
