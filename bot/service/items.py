"""Item analysis of a question set (Moodle's quiz statistics): facility, discrimination, flags.

Figures come from each player's first answer to each live question. The database sums; this
module turns the sums into ratios and decides which questions need a teacher's attention.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from db.report import (
    QuestionSums,
    ReportQuestion,
)

# Moodle shows the discrimination index only once enough attempts make it meaningful.
MIN_PLAYERS_FOR_DISCRIMINATION = 10
# Below this many answers a share says little; facility and distractor flags wait for it.
MIN_PLAYERS_FOR_FLAGS = 5
TOO_EASY_ABOVE = 0.95
TOO_HARD_BELOW = 0.2
RULE_TAG_PREFIX = "rule:"


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


def fix_first(report: SetReport, limit: int = 3) -> tuple[ItemStats, ...]:
    """Return the flagged questions to fix first, at most `limit`."""
    return report.flagged[:limit]
