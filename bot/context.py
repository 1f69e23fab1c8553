"""What every handler and job reaches: the shared services on a typed PTB context, and the
few readings of an update that several handlers share."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import httpx
from sqlalchemy.engine import Engine
from telegram import File, Message, Update
from telegram.constants import ChatMemberStatus
from telegram.ext import Application, CallbackContext, ContextTypes, ExtBot

from bot.service.channels import Channels
from bot.service.edge import Languages, Quiz, Rounds, Scores
from bot.service.edge_admin import Admin, Flags, Report
from bot.service.edge_daily import Daily
from bot.service.generation import GeneratorProcess
from bot.service.jobs import Jobs
from bot.service.languages import from_language_code
from bot.service.round_types import Finish
from bot.service.types import Place, Player
from bot.settings import Settings
from bot.transport.metrics import BotMetrics
from bot.views.i18n import Translator, translator

SERVICES_KEY = "quizbot.services"
# The round dispatcher (bot/jobs/rounds.py), kept in bot_data for handlers that move a round on.
ROUNDS_KEY = "quizbot.rounds.runner"
# As PTB's own default timeouts for one call, per read of the stream rather than in total.
DOWNLOAD_TIMEOUT = httpx.Timeout(5.0, connect=5.0)


@dataclass
class Services:
    """Everything built once at start-up (in bot/app.py) and shared by all handlers and jobs."""

    settings: Settings
    engine: Engine
    # The game, awaitable: every call runs its transaction off the event loop.
    quiz: Quiz
    scores: Scores
    daily: Daily
    admin: Admin
    report: Report
    flags: Flags
    # Broadcasts and uploads: recorded, then run in the background (bot/jobs/admin.py).
    jobs: Jobs
    metrics: BotMetrics
    # Makes quizzes from articles in a worker process that holds the language model.
    generator: GeneratorProcess
    languages: Languages
    rounds: Rounds
    # Linked channels and their polls' results (the posting is the daily dispatcher's).
    channels: Channels

    def is_admin(self, user_id: int | None) -> bool:
        """Return True for the bot admins listed in ADMIN_IDS."""
        return user_id is not None and user_id in self.settings.admin_ids


def services_of(app: Application[Any, Any, Any, Any, Any, Any]) -> Services:
    """Return the services of a built Application (the one place they are kept)."""
    found = app.bot_data[SERVICES_KEY]
    assert isinstance(found, Services)
    return found


class RoundSteps(Protocol):
    """What handlers ask of the round dispatcher: move a round on, show its end."""

    async def advance(self, round_id: int) -> None:
        """Perform the round's due steps until none is due."""

    async def show_finish(self, finish: Finish) -> None:
        """Show the end of a round."""


class QuizContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], dict[Any, Any]]):
    """PTB's callback context with the bot's services typed: `context.services.quiz`."""

    @property
    def services(self) -> Services:
        """Return the shared services."""
        return services_of(self.application)

    @property
    def rounds(self) -> RoundSteps:
        """Return the round dispatcher (it sends what a round's steps show)."""
        found: RoundSteps = self.application.bot_data[ROUNDS_KEY]
        return found


# Given to the ApplicationBuilder, so every handler and job receives a QuizContext.
CONTEXT_TYPES = ContextTypes(context=QuizContext)


def player_of(user: Any) -> Player:
    """Convert a Telegram user into the quiz service's Player."""
    return Player(
        id=user.id,
        first_name=user.first_name or user.username or "Player",
        username=user.username,
        language_code=user.language_code,
    )


def place_of(chat: Any) -> Place:
    """Convert a Telegram chat into the quiz service's Place."""
    return Place(id=chat.id, type=chat.type, title=chat.title)


async def translator_for(update: Update, context: QuizContext) -> Translator:
    """Return the texts in this update's language: the group's, else the player's choice."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None:
        return translator(from_language_code(user.language_code if user else None))
    player = player_of(user) if user is not None else None
    return translator(await context.services.languages.language_for(player, place_of(chat)))


async def is_group_admin(update: Update, context: QuizContext) -> bool:
    """Return True in private chats, and in groups for the group's administrators."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None:
        return False
    if chat.type == chat.PRIVATE or context.services.is_admin(user.id):
        return True
    member = await context.bot.get_chat_member(chat.id, user.id)
    return member.status in (ChatMemberStatus.ADMINISTRATOR, ChatMemberStatus.OWNER)


def text_after_command(message: Message) -> str:
    """Return what follows '/command' in a message, line breaks kept."""
    parts = (message.text or "").split(maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else ""


async def command_argument(
    update: Update, context: QuizContext, usage: str
) -> tuple[Message, str, Translator] | None:
    """Return the message, what follows its command and the texts; or show `usage` and None."""
    message = update.effective_message
    if message is None:
        return None
    argument = text_after_command(message)
    t = await translator_for(update, context)
    if not argument:
        await message.reply_text(t.gettext(usage))
        return None
    return message, argument, t


async def download_at_most(telegram_file: File, limit: int) -> bytes | None:
    """Download a file from Telegram's file server; None as soon as it passes `limit` bytes."""
    if telegram_file.file_path is None:
        raise ValueError("Telegram gave no file path to download")
    data = bytearray()
    async with (
        httpx.AsyncClient(timeout=DOWNLOAD_TIMEOUT) as client,
        client.stream("GET", telegram_file.file_path) as response,
    ):
        response.raise_for_status()
        if int(response.headers.get("content-length") or 0) > limit:
            return None
        async for chunk in response.aiter_bytes():
            data += chunk
            if len(data) > limit:
                return None  # leaving the block closes the connection: nothing more is read
    return bytes(data)


def drafts(context: QuizContext, kind: str) -> dict[int, Any]:
    """Return this admin's drafts of one kind waiting for a button press, by id."""
    return user_drafts(context.user_data, kind)


def user_drafts(user_data: dict[Any, Any] | None, kind: str) -> dict[int, Any]:
    """Return a user's drafts of one kind (from their PTB user_data), by id.

    They live in memory only: after a restart their buttons say they expired.
    """
    if user_data is None:
        return {}
    found: dict[int, Any] = user_data.setdefault(f"quizbot.drafts.{kind}", {})
    return found
