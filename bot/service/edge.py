"""The async edge: the services as handlers and jobs call them, never blocking the event loop.

Each method runs one synchronous unit of work (one short transaction of the service below)
on a worker thread with `asyncio.to_thread`, so a slow query delays its own update only. The
synchronous services stay as they are for the CLI and for tests that drive them directly.
The players' services are here; the daily question's is in edge_daily.py, the admins' in
edge_admin.py.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from time import monotonic

from bot.service.languages import LanguageService
from bot.service.quiz import AnswerOutcome, NoQuestion, QuizService, SetChoice
from bot.service.round_types import Finish, Refused, Started, Step, Verdict
from bot.service.rounds import RoundService
from bot.service.scores import Board, ScoreCard, ScoreService
from bot.service.types import Place, Player, ShownQuestion, Trigger

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
