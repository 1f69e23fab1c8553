"""Score cards and leaderboards, for everyone or for one group. No Telegram here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.schedule import zone_of
from bot.service.types import Place
from db.boards import (
    DAY,
    MONTH,
    drop_old_periods,
    period_players,
    period_rank,
    period_score,
    period_top,
    periods_at,
    zone_of_scope,
)
from db.chats import get_chat, get_user
from db.engine import session_scope
from db.models import GLOBAL_SCOPE, Score, User, utcnow
from db.scores import get_score, players_in_scope, rank_of, top_practice, top_scores
from db.week_boards import roll_week, week_players, week_rank, week_score, week_top


@dataclass(frozen=True)
class ScoreCard:
    """A player's standing in one scope."""

    points: int
    answered: int
    correct: int
    current_streak: int
    best_streak: int
    rank: int | None  # None until the player has answered something here
    tied: int
    players: int
    daily_streak: int = 0
    best_daily_streak: int = 0

    @property
    def accuracy(self) -> int:
        """Return the share of correct answers as a whole percentage."""
        return round(100 * self.correct / self.answered) if self.answered else 0

    @property
    def practice(self) -> int:
        """Return the correct answers that scored nothing: the question was already scored."""
        return self.correct - self.points


@dataclass(frozen=True)
class BoardLine:
    """One line of a leaderboard."""

    rank: int
    user_id: int
    name: str | None  # None when the player's row is gone
    points: int
    practice: int = 0  # correct answers here to questions already scored (group boards)


# The boards /leaderboard shows: all time, the last seven days, the local day and month.
ALL, WEEK = "all", "week"
BOARD_KINDS = (ALL, DAY, WEEK, MONTH)


@dataclass(frozen=True)
class Board:
    """The top of a leaderboard, and the asking player's own line if not among them."""

    lines: tuple[BoardLine, ...]
    own: BoardLine | None
    week: bool
    players: int
    kind: str = ALL  # one of BOARD_KINDS
    starts: date | None = None  # the local day, or the first day of the month, shown


def _name(session: Session, user_id: int) -> str | None:
    """Return a player's first name, None if they are unknown."""
    user = get_user(session, user_id)
    return user.first_name if user is not None else None


def scope_of(place: Place) -> int:
    """Return the score scope of a chat: everyone in private chats, the group in groups."""
    return place.id if place.is_group else GLOBAL_SCOPE


@dataclass
class ScoreService:
    """Read scores and boards; writes happen in QuizService when answers are recorded."""

    engine: Engine
    clock: Callable[[], datetime] = utcnow
    # The zone of everyone's day and month boards (a group's boards follow its own zone).
    board_zone: str = "UTC"

    def roll_boards(self) -> bool:
        """Move the seven-day boards to today and drop days and months no board shows."""
        with session_scope(self.engine) as session:
            today = self.clock().date()
            drop_old_periods(session, today)
            return roll_week(session, today)

    def score_card(
        self, user_id: int, scope: int = GLOBAL_SCOPE, *, default_zone: str = "UTC"
    ) -> ScoreCard:
        """Return the player's points, accuracy, streaks and rank in a scope."""
        with session_scope(self.engine) as session:
            score = get_score(session, scope=scope, user_id=user_id)
            user = get_user(session, user_id)
            players = players_in_scope(session, scope=scope)
            daily = self._daily_streak(session, user, default_zone)
            if score is None:
                return ScoreCard(0, 0, 0, 0, 0, None, 0, players, *daily)
            rank, tied = rank_of(session, scope=scope, points=score.points)
            return ScoreCard(
                points=score.points,
                answered=score.answered,
                correct=score.correct,
                current_streak=score.current_streak,
                best_streak=score.best_streak,
                rank=rank,
                tied=tied,
                players=players,
                daily_streak=daily[0],
                best_daily_streak=daily[1],
            )

    def _daily_streak(self, session: Session, user: User | None, zone: str) -> tuple[int, int]:
        """Return (current, best) daily streak; current is 0 once a local day was missed."""
        if user is None:
            return 0, 0
        # The stored streak only changes on a correct answer, so a gap shows up only here:
        # last counted before yesterday (in the user's own chat's zone) means it is broken.
        chat = get_chat(session, user.id)
        today = self.clock().astimezone(zone_of((chat and chat.timezone) or zone)).date()
        last = user.last_daily_date
        current = user.daily_streak if last is not None and last >= today - timedelta(1) else 0
        return current, user.best_daily_streak

    def board(
        self,
        user_id: int | None,
        scope: int = GLOBAL_SCOPE,
        *,
        week: bool = False,
        kind: str = ALL,
        limit: int = 10,
    ) -> Board:
        """Return the top players (all time, last 7 days, local day or month) and the asker's."""
        with session_scope(self.engine) as session:
            if week or kind == WEEK:
                return self._week_board(session, user_id, scope, limit)
            if kind in (DAY, MONTH):
                return self._period_board(session, user_id, scope, kind, limit)
            rows = top_scores(session, scope=scope, limit=limit)
            group = scope != GLOBAL_SCOPE
            if group and not rows:
                # Only practice here so far: show it rather than an empty "no points" board.
                rows = top_practice(session, scope=scope, limit=limit)
            lines = [self._line(session, scope, row, group) for row in rows]
            own = None
            if user_id is not None and all(line.user_id != user_id for line in lines):
                mine = get_score(session, scope=scope, user_id=user_id)
                if mine is not None:
                    own = self._line(session, scope, mine, group)
            return Board(tuple(lines), own, False, players_in_scope(session, scope=scope))

    @staticmethod
    def _line(session: Session, scope: int, row: Score, group: bool) -> BoardLine:
        """Build one all-time board line; group boards also count practice answers."""
        rank, _ = rank_of(session, scope=scope, points=row.points)
        practice = row.correct - row.points if group else 0
        return BoardLine(rank, row.user_id, _name(session, row.user_id), row.points, practice)

    def _week_board(self, session: Session, user_id: int | None, scope: int, limit: int) -> Board:
        """Build the board of points earned in the last seven days (today included)."""
        roll_week(session, self.clock().date())
        lines = [
            BoardLine(
                week_rank(session, scope=scope, points=row.points),
                row.user_id,
                _name(session, row.user_id),
                row.points,
            )
            for row in week_top(session, scope=scope, limit=limit)
        ]
        own = None
        if user_id is not None and all(line.user_id != user_id for line in lines):
            mine = week_score(session, scope=scope, user_id=user_id)
            if mine is not None and mine.points > 0:
                rank = week_rank(session, scope=scope, points=mine.points)
                own = BoardLine(rank, user_id, _name(session, user_id), mine.points)
        return Board(tuple(lines), own, True, week_players(session, scope=scope), kind=WEEK)

    def _period_board(
        self, session: Session, user_id: int | None, scope: int, kind: str, limit: int
    ) -> Board:
        """Build the board of the local day or calendar month now, in the scope's zone."""
        day, month = periods_at(self.clock(), zone_of_scope(session, scope, self.board_zone))
        period = day if kind == DAY else month
        lines = [
            BoardLine(
                period_rank(session, scope=scope, period=period, points=row.points),
                row.user_id,
                _name(session, row.user_id),
                row.points,
            )
            for row in period_top(session, scope=scope, period=period, limit=limit)
        ]
        own = None
        if user_id is not None and all(line.user_id != user_id for line in lines):
            mine = period_score(session, scope=scope, period=period, user_id=user_id)
            if mine is not None and mine.points > 0:
                rank = period_rank(session, scope=scope, period=period, points=mine.points)
                own = BoardLine(rank, user_id, _name(session, user_id), mine.points)
        players = period_players(session, scope=scope, period=period)
        return Board(tuple(lines), own, False, players, kind=kind, starts=period.starts)
