"""The long-lived resources handlers use, kept in bot_data under one typed accessor."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.engine import Engine
from telegram.ext import ContextTypes

from bot.service.generation import GeneratorProcess
from bot.service.quiz import Place, Player, QuizService
from bot.service.scores import ScoreService
from bot.settings import Settings

SERVICES_KEY = "quizbot.services"


@dataclass
class Services:
    """Everything built once at start-up and shared by all handlers."""

    settings: Settings
    engine: Engine
    quiz: QuizService
    scores: ScoreService
    # Makes quizzes from articles in a worker process that holds the language model.
    generator: GeneratorProcess = field(default_factory=GeneratorProcess)

    def is_admin(self, user_id: int | None) -> bool:
        """Return True for the bot admins listed in ADMIN_IDS."""
        return user_id is not None and user_id in self.settings.admin_ids


def services(context: ContextTypes.DEFAULT_TYPE | Any) -> Services:
    """Return the shared services from a handler's context."""
    found = context.application.bot_data[SERVICES_KEY]
    assert isinstance(found, Services)
    return found


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
