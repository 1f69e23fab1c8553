"""Settings read once from the environment (and an optional .env file) in the entry point."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def default_database_url() -> str:
    """Return the default SQLite file, data/quizbot.db under the working directory."""
    return f"sqlite:///{Path.cwd() / 'data' / 'quizbot.db'}"


class Settings(BaseSettings):
    """Every setting of the bot; see the configuration table in the README."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_file_url: str = "https://api.telegram.org/file/bot"
    database_url: str = Field(default_factory=default_database_url)
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    # Daily questions: how late a missed send may still go out, and how often to look.
    daily_grace_hours: float = Field(default=6.0, ge=0)
    daily_check_seconds: float = Field(default=30.0, gt=0)
    # Telegram's published limits: about 30 messages/s overall and 20/min in one group.
    send_rate_per_second: float = Field(default=30.0, gt=0)
    group_send_rate_per_minute: float = Field(default=20.0, gt=0)

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_admin_ids(cls, value: object) -> object:
        """Accept ADMIN_IDS as "1, 2,3" as well as a list."""
        if isinstance(value, str):
            parts = [part.strip() for part in value.replace(";", ",").split(",")]
            try:
                return frozenset(int(part) for part in parts if part)
            except ValueError as exc:
                raise ValueError("ADMIN_IDS must be comma-separated Telegram user ids") from exc
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        """Refuse a time zone that zoneinfo does not know."""
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(
                f"unknown time zone {value!r}; use an IANA name like Europe/Berlin"
            ) from exc
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        """Accept the standard logging level names in any case."""
        level = value.upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level
