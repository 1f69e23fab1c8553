"""The async edge: the services as handlers and jobs call them, never blocking the event loop.

Each method runs one synchronous unit of work (one short transaction of the service below)
on a worker thread with `asyncio.to_thread`, so a slow query delays its own update only. The
synchronous services stay as they are for the CLI and for tests that drive them directly.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, time
from time import monotonic

from bot.service.admin import (
    AdminService,
    AdminStats,
    ArticleChoice,
    Deleted,
    DeletePlan,
    GeneratedSet,
    NotGenerated,
    SameArticle,
    read_article,
)
from bot.service.daily import DailyJob, DailyService, Finished, Recovered
from bot.service.flags import FlaggedQuestion, FlagOutcome, FlagService
from bot.service.languages import LanguageService
from bot.service.quiz import AnswerOutcome, NoQuestion, QuizService, SetChoice
from bot.service.report import ActivityDay, NoReport, ReportService, SetReport
from bot.service.round_types import Finish, Refused, Started, Step, Verdict
from bot.service.rounds import RoundService
from bot.service.schedule import ZoneChoice
from bot.service.scores import Board, ScoreCard, ScoreService
from bot.service.sets import ImportOutcome
from bot.service.subscriptions import DailyStatus
from bot.service.types import Place, Player, ShownQuestion, Trigger
from db.report import PlayerResult

run = asyncio.to_thread


class Quiz:
    """The quiz service, awaitable."""

    def __init__(self, service: QuizService) -> None:
        self.service = service

    async def register(self, player: Player | None, place: Place | None) -> None:
        """Create or refresh the user and the chat."""
        await run(self.service.register, player, place)

    async def sets_for(self, place: Place, *, with_players: bool = False) -> list[SetChoice]:
        """List the live sets, marking the chat's active one."""
        return await run(self.service.sets_for, place, with_players=with_players)

    async def use_set(self, place: Place, slug: str) -> SetChoice | None:
        """Make a set the chat's active one; None if there is no live set with that slug."""
        return await run(self.service.use_set, place, slug)

    async def next_question(
        self, place: Place, player: Player | None, *, trigger: Trigger = Trigger.QUIZ
    ) -> ShownQuestion | NoQuestion:
        """Pick the next question for this player (private) or chat (group) and record it."""
        return await run(self.service.next_question, place, player, trigger=trigger)

    async def attach_message(
        self, delivery_id: int, message_id: int, poll_id: str | None = None
    ) -> None:
        """Remember the Telegram message (and poll) that carries a delivery."""
        await run(self.service.attach_message, delivery_id, message_id, poll_id)

    async def answer(self, delivery_id: int, player: Player, position: int) -> AnswerOutcome:
        """Judge a press on option `position` (as shown) of a private delivery."""
        return await run(self.service.answer, delivery_id, player, position)

    async def answer_poll(
        self, poll_id: str, player: Player, positions: list[int]
    ) -> AnswerOutcome:
        """Judge a quiz-poll answer from a group member."""
        return await run(self.service.answer_poll, poll_id, player, positions)


class Scores:
    """The score service, awaitable."""

    def __init__(self, service: ScoreService) -> None:
        self.service = service

    async def roll_boards(self) -> bool:
        """Move the seven-day boards to today."""
        return await run(self.service.roll_boards)

    async def score_card(self, user_id: int, scope: int, *, default_zone: str) -> ScoreCard:
        """Return the player's points, accuracy, streaks and rank in a scope."""
        return await run(self.service.score_card, user_id, scope, default_zone=default_zone)

    async def board(
        self, user_id: int | None, scope: int, *, week: bool = False, kind: str = "all"
    ) -> Board:
        """Return the top players (all time, last 7 days, local day or month) and the asker's."""
        return await run(self.service.board, user_id, scope, week=week, kind=kind)


class Daily:
    """The daily-question service (subscriptions and the ledger), awaitable."""

    def __init__(self, service: DailyService) -> None:
        self.service = service

    async def status(self, chat_id: int) -> DailyStatus:
        """Return whether the chat gets a daily question, at what local time, and when next."""
        return await run(self.service.status, chat_id)

    async def subscribe(
        self, place: Place, at: time, zone_text: str | None
    ) -> DailyStatus | ZoneChoice:
        """Send the chat a question every day at `at` local time; a bad zone is returned."""
        return await run(self.service.subscribe, place, at, zone_text)

    async def turn_on(self, place: Place) -> DailyStatus:
        """Turn the daily question on at its previous time and zone, else the defaults."""
        return await run(self.service.turn_on, place)

    async def turn_off(self, chat_id: int) -> bool:
        """Stop the chat's daily question; False if it was not on."""
        return await run(self.service.turn_off, chat_id)

    async def recover(self) -> Recovered:
        """Resolve days an earlier pass left unfinished."""
        return await run(self.service.recover)

    async def claim_due(self, limit: int) -> tuple[list[DailyJob], int]:
        """Claim due subscriptions: the jobs to send now and how many days were skipped."""
        return await run(self.service.claim_due, limit)

    async def prepare(self, limit: int) -> list[DailyJob]:
        """Write the days due within the lookahead, to pick their questions."""
        return await run(self.service.prepare, limit)

    async def question_for(self, job: DailyJob) -> ShownQuestion | NoQuestion:
        """Return the day's question: the one picked before, or a new pick."""
        if job.shown is not None:
            return job.shown  # picked ahead: no database work, so no hop to a thread
        return await run(self.service.question_for, job)

    async def finish(self, results: Sequence[Finished]) -> None:
        """Write how jobs ended, all in one transaction."""
        await run(self.service.finish, results)

    async def migrate_chat(self, old_id: int, new_id: int, delivery_id: int | None = None) -> None:
        """Move a group that became a supergroup: settings, subscription, in-flight delivery."""
        await run(self.service.migrate_chat, old_id, new_id, delivery_id)


class Admin:
    """The admin service, awaitable."""

    def __init__(self, service: AdminService) -> None:
        self.service = service

    async def import_file(self, data: bytes, filename: str) -> ImportOutcome:
        """Validate and import a set file atomically."""
        return await run(self.service.import_file, data, filename)

    async def read_article(self, data: bytes, filename: str) -> str | NotGenerated:
        """Return an uploaded article's text, or why it cannot be read."""
        return await run(read_article, data, filename)

    async def generate(
        self,
        text: str,
        *,
        filename: str | None = None,
        caption: str | None = None,
        choice: ArticleChoice = "ask",
    ) -> GeneratedSet | NotGenerated | SameArticle:
        """Make a quiz from an English article and store it (or ask about a same article)."""
        return await run(
            self.service.generate, text, filename=filename, caption=caption, choice=choice
        )

    async def export_bytes(self, slug: str) -> bytes | None:
        """Return a set as YAML bytes, or None."""
        return await run(self.service.export_bytes, slug)

    async def set_size(self, slug: str) -> int:
        """Return how many questions a set has."""
        return await run(self.service.set_size, slug)

    async def plan_delete(self, slug: str) -> DeletePlan | None:
        """Describe the live set with this slug before deleting it."""
        return await run(self.service.plan_delete, slug)

    async def delete(self, set_id: int) -> Deleted | None:
        """Retire a set by id; None if it is gone or already retired."""
        return await run(self.service.delete, set_id)

    async def slugs(self) -> list[str]:
        """Return the slugs of the live sets."""
        return await run(self.service.slugs)

    async def admins_with_chats(self, admin_ids: Iterable[int]) -> list[int]:
        """Return the admins who have a private chat with the bot."""
        return await run(self.service.admins_with_chats, admin_ids)

    async def set_title(self, set_id: int) -> str | None:
        """Return the title of a set by id, or None."""
        return await run(self.service.set_title, set_id)

    async def stats(self) -> AdminStats:
        """Count users, subscriptions, recent answers, and find the most-missed questions."""
        return await run(self.service.stats)


LanguageKey = tuple[int | None, str | None, int, bool]


class Languages:
    """The interface-language service, awaitable, with each answer remembered for a while.

    Every press and every question needs the language: looked up each time, that is one more
    thread hop and query per update. A choice made here clears what is remembered at once;
    one made through another worker (PostgreSQL) shows there within `REMEMBER_SECONDS`.
    """

    REMEMBER_SECONDS = 30.0
    REMEMBER_MAX = 10_000

    def __init__(
        self, service: LanguageService, monotonic: Callable[[], float] = monotonic
    ) -> None:
        self.service = service
        self.monotonic = monotonic
        self._known: dict[LanguageKey, tuple[float, str]] = {}

    async def language_for(self, player: Player | None, place: Place) -> str:
        """Return the language to answer this player in this chat."""
        key = (
            player.id if player else None,
            player.language_code if player else None,
            place.id,
            place.is_group,
        )
        now = self.monotonic()
        known = self._known.get(key)
        if known is not None and now - known[0] < self.REMEMBER_SECONDS:
            return known[1]
        language = await run(self.service.language_for, player, place)
        if len(self._known) >= self.REMEMBER_MAX:
            self._known.clear()
        self._known[key] = (now, language)
        return language

    async def choose(self, player: Player, place: Place, language: str) -> None:
        """Store a group's language (in groups) or the player's own (in a private chat)."""
        await run(self.service.choose, player, place, language)
        self._known.clear()


class Report:
    """The teacher's reports, awaitable (seconds of SQL on a big set: never on the loop)."""

    def __init__(self, service: ReportService, clock: Callable[[], datetime]) -> None:
        self.service = service
        self.clock = clock

    async def item_analysis(self, slug: str) -> SetReport | NoReport:
        """Return a set's item analysis, or why there is none."""
        return await run(self.service.item_analysis, slug)

    async def player_results(self, slug: str) -> list[PlayerResult] | NoReport:
        """Return each player's results on a set, or why there are none."""
        return await run(self.service.player_results, slug)

    async def activity(self) -> list[ActivityDay]:
        """Return daily active players and answers over the last days, up to now."""
        return await run(self.service.activity, self.clock())


class Flags:
    """Players' flags on questions, awaitable."""

    def __init__(self, service: FlagService) -> None:
        self.service = service

    async def flag(self, user_id: int, delivery_id: int, reason: str) -> FlagOutcome:
        """Record a player's flag on the question a delivery showed."""
        return await run(self.service.flag, user_id, delivery_id, reason)

    async def open_flags(self) -> list[FlaggedQuestion]:
        """Return the flagged questions waiting for a look, most flagged first."""
        return await run(self.service.open_flags)

    async def resume(self, question_id: int) -> str | None:
        """Put a paused question back in play; None if there is no such question."""
        return await run(self.service.resume, question_id)

    async def retire(self, question_id: int) -> str | None:
        """Retire a flagged question; None if there is no such question."""
        return await run(self.service.retire, question_id)


class Rounds:
    """Rounds (/game), awaitable."""

    def __init__(self, service: RoundService) -> None:
        self.service = service

    async def start(
        self, place: Place, starter: Player, size: int, seconds: int | None, language: str
    ) -> Started | Refused:
        """Store a round of `size` questions from the chat's set; the first is due soon."""
        return await run(self.service.start, place, starter, size, seconds, language)

    async def stop(self, chat_id: int) -> Finish | None:
        """End the chat's round now with the standings so far; None if none is running."""
        return await run(self.service.stop, chat_id)

    async def running(self, chat_id: int) -> bool:
        """Return True while the chat has a round."""
        return await run(self.service.running, chat_id)

    async def join(self, chat_id: int, player: Player) -> bool | None:
        """Add a player to the chat's round; None if no round runs, False if already in."""
        return await run(self.service.join, chat_id, player)

    async def migrate_chat(self, old_id: int, new_id: int) -> None:
        """Carry a group and its running round to the supergroup it became."""
        await run(self.service.migrate_chat, old_id, new_id)

    async def due(self) -> list[int]:
        """Return the rounds with a step due now."""
        return await run(self.service.due)

    async def step(self, round_id: int) -> Step | None:
        """Claim and describe the round's due step; None when nothing is due."""
        return await run(self.service.step, round_id)

    async def sent(
        self, round_id: int, position: int, message_id: int, poll_id: str | None
    ) -> None:
        """Record that a question went out now; its time runs from here."""
        await run(self.service.sent, round_id, position, message_id, poll_id)

    async def abandon(self, round_id: int) -> None:
        """End a round whose chat refuses messages."""
        await run(self.service.abandon, round_id)

    async def answer_poll(
        self, poll_id: str, player: Player, positions: list[int]
    ) -> Verdict | None:
        """Score an answer to a round's poll; None if the poll is not a round's."""
        return await run(self.service.answer_poll, poll_id, player, positions)

    async def press(
        self, delivery_id: int, player: Player, position: int
    ) -> Verdict | AnswerOutcome:
        """Judge a press: the round's verdict if the question is a round's, else the quiz's."""
        return await run(self.service.press, delivery_id, player, position)
