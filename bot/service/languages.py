"""Which language the bot speaks in a chat: the choice stored by /language, else Telegram's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine

from bot.service.quiz import Clock, register_in
from bot.service.types import Place, Player
from db.chats import chosen_languages, set_chat_language, set_user_language
from db.engine import read_scope, session_scope
from db.models import INTERFACE_LANGUAGES, utcnow

ENGLISH = "en"
# Telegram's language_code prefixes that have a catalog; everything else gets English.
FROM_TELEGRAM = {"ru": "ru", "zh": "zh_Hans"}


def from_language_code(language_code: str | None) -> str:
    """Map Telegram's IETF language_code (ru, ru-RU, zh-hans, zh-TW…) to a shipped language."""
    prefix = (language_code or "").split("-")[0].split("_")[0].lower()
    return FROM_TELEGRAM.get(prefix, ENGLISH)


def interface_language(
    *, user_choice: str | None, chat_choice: str | None, language_code: str | None, group: bool
) -> str:
    """Pick the language: a group's setting in groups, else the player's, else language_code."""
    # Everyone in a group reads the same messages, so the group's admins decide there.
    if group and chat_choice is not None:
        return chat_choice
    return user_choice or from_language_code(language_code)


@dataclass
class LanguageService:
    """Read and store the interface language chosen for players and groups."""

    engine: Engine
    clock: Clock = utcnow

    def language_for(self, player: Player | None, place: Place) -> str:
        """Return the language to answer this player in this chat."""
        with read_scope(self.engine) as session:  # no writer's turn for a lookup
            user, chat = chosen_languages(
                session, player.id if player else None, place.id if place.is_group else None
            )
        return interface_language(
            user_choice=user,
            chat_choice=chat,
            language_code=player.language_code if player else None,
            group=place.is_group,
        )

    def choose(self, player: Player, place: Place, language: str) -> None:
        """Store a group's language (in groups) or the player's own (in a private chat)."""
        if language not in INTERFACE_LANGUAGES:
            raise ValueError(f"no catalog for language {language!r}")
        now: datetime = self.clock()
        with session_scope(self.engine) as session:
            register_in(session, player, place, now)
            if place.is_group:
                set_chat_language(session, place.id, language)
            else:
                set_user_language(session, player.id, language)
