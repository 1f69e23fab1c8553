"""The round dispatcher: performs each round's due step (send, close, finish) from the database.

A repeating job (`round_tick`, registered in bot/app.py) looks for rounds with a step due by
the service's clock; handlers call `RoundRunner.advance` when a step is due at once (a round
started in a private chat, every player answered, /stop). Each step is claimed in the
database before anything is sent (bot/service/rounds.py), so after a restart the first tick
simply carries on: a poll whose time ran out while the bot was down is closed, and the round
goes on from the next question.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

from telegram import Bot, Message, Poll
from telegram.error import TelegramError
from telegram.ext import Application

from bot.context import ROUNDS_KEY, QuizContext
from bot.service.edge import Rounds
from bot.service.round_types import Ask, Close, Finish, Step
from bot.service.types import SendStatus
from bot.transport.delivery import SendOutcome, send_resilient
from bot.views import game_texts, texts
from bot.views.i18n import translator
from bot.views.keyboards import question_keyboard
from bot.views.send import poll_options

log = logging.getLogger(__name__)

JOB_NAME = "round-dispatcher"
FIRST_TICK_SECONDS = 1.0
T = TypeVar("T")


class RoundRunner:
    """Advance rounds one claimed step at a time; one step of a round at a time."""

    def __init__(self, bot: Bot, rounds: Rounds) -> None:
        self.bot = bot
        self.rounds = rounds
        self.busy = False
        self._locks: dict[int, asyncio.Lock] = {}

    async def tick(self) -> int:
        """Perform every due step of every round; return how many rounds moved."""
        self.busy = True
        try:
            due = await self.rounds.due()
            await asyncio.gather(*(self.advance(round_id) for round_id in due))
            return len(due)
        finally:
            self.busy = False

    async def advance(self, round_id: int) -> None:
        """Perform the round's due steps until none is due."""
        # One lock per round for as long as it runs, so its steps show in order.
        lock = self._locks.setdefault(round_id, asyncio.Lock())
        async with lock:
            while (step := await self.rounds.step(round_id)) is not None:
                try:
                    await self.perform(step)
                except TelegramError as exc:
                    # The step is claimed: it is not repeated (never a question twice).
                    log.warning("round %s: a step could not be shown: %s", round_id, exc)
                if isinstance(step, Finish):
                    self._locks.pop(round_id, None)
                    break

    async def perform(self, step: Step) -> None:
        """Show one step in Telegram."""
        if isinstance(step, Ask):
            await self._ask(step)
        elif isinstance(step, Close):
            await self._close(step)
        else:
            await self.show_finish(step)

    async def _send(self, chat_id: int, send: Callable[[int], Awaitable[T]]) -> SendOutcome[T]:
        """Send to the round's chat, following a migration to a supergroup."""
        outcome = await send_resilient(send, chat_id, on_migrate=self.rounds.migrate_chat)
        if outcome.status is not SendStatus.SENT:
            log.info("round send to %s failed: %s", chat_id, outcome.error)
        return outcome

    async def _ask(self, step: Ask) -> None:
        """Send a question: a timed quiz poll in a group, buttons in a private chat."""
        where, question = step.where, step.question
        t = translator(where.language)
        if where.private:

            async def send(chat_id: int) -> Message:
                header = game_texts.private_question_header(t, step.position, where.size)
                body = texts.question_message(t, question)
                return await self.bot.send_message(
                    chat_id, f"{header}\n{body}", reply_markup=question_keyboard(question)
                )

        else:

            async def send(chat_id: int) -> Message:
                return await self.bot.send_poll(
                    chat_id,
                    question=game_texts.poll_question(question, step.position, where.size),
                    options=poll_options(question),
                    type=Poll.QUIZ,
                    correct_option_ids=[question.correct_position],  # type: ignore[list-item]
                    explanation=question.explanation,
                    is_anonymous=False,
                    open_period=where.seconds,
                    explanation_parse_mode=None,
                    question_parse_mode=None,
                )

        outcome = await self._send(where.chat_id, send)
        message = outcome.result
        if outcome.status is SendStatus.BLOCKED:
            await self.rounds.abandon(where.round_id)  # the bot was removed: nobody can play
            return
        if message is None:
            return  # the claimed question closes at its deadline and the round goes on
        poll_id = message.poll.id if message.poll else None
        await self.rounds.sent(where.round_id, step.position, message.message_id, poll_id)

    async def _close(self, step: Close) -> None:
        """Stop a question's poll and show the standings (a private question: time's up)."""
        where = step.where
        t = translator(where.language)
        if where.private:
            if step.message_id is not None:
                await self._quietly(
                    self.bot.edit_message_reply_markup(where.chat_id, step.message_id)
                )
            await self._send(
                where.chat_id,
                lambda chat_id: self.bot.send_message(
                    chat_id, game_texts.times_up(t, step.right_answer)
                ),
            )
            return
        await self._stop_poll(where.chat_id, step.message_id)
        if not step.last:
            line = game_texts.standings_line(t, step.position, where.size, step.board)
            await self._send(where.chat_id, lambda chat_id: self.bot.send_message(chat_id, line))

    async def show_finish(self, finish: Finish) -> None:
        """Show the end of a round: the podium in a group, the summary in a private chat."""
        where = finish.where
        t = translator(where.language)
        if where.private:
            text = game_texts.summary(t, finish)
        else:
            await self._stop_poll(where.chat_id, finish.open_message_id)
            text = game_texts.podium(t, finish)
        await self._send(where.chat_id, lambda chat_id: self.bot.send_message(chat_id, text))
        self._locks.pop(where.round_id, None)

    async def _stop_poll(self, chat_id: int, message_id: int | None) -> None:
        """Close a poll now; one Telegram closed itself when its time ran out is fine too."""
        if message_id is None:
            return
        await self._send(chat_id, lambda target: self.bot.stop_poll(target, message_id))

    @staticmethod
    async def _quietly(call: Awaitable[object]) -> None:
        """Make a call whose failure only loses a cosmetic change."""
        try:
            await call
        except TelegramError as exc:
            log.info("round: a cosmetic edit failed: %s", exc)


async def round_tick(context: QuizContext) -> None:
    """The repeating job: perform the due steps of every round, unless a pass is running."""
    assert context.job is not None and isinstance(context.job.data, RoundRunner)
    runner = context.job.data
    if runner.busy:
        return
    await runner.tick()


def runner_of(app: Application) -> RoundRunner:  # type: ignore[type-arg]
    """Return the round runner of an Application."""
    found = app.bot_data[ROUNDS_KEY]
    assert isinstance(found, RoundRunner)
    return found
