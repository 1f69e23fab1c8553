"""Settings read once from the environment (and an optional .env file) in the entry point."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict


def default_database_url() -> str:
    """Return the default SQLite file, data/quizbot.db under the working directory."""
    return f"sqlite:///{Path.cwd() / 'data' / 'quizbot.db'}"


BUNDLED_SET = "sco-summit-2021"
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    """Every setting of the bot; see the configuration table in the README."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = None
    telegram_api_url: str = "https://api.telegram.org/bot"
    telegram_file_url: str = "https://api.telegram.org/file/bot"
    database_url: str = Field(default_factory=default_database_url)
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    # The set new chats play until someone picks another with /use (the bundled set).
    default_set: str = BUNDLED_SET
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    # "json": one JSON object per line, for log collectors.
    log_format: Literal["text", "json"] = "text"
    # A quiz from an article is made in a worker process holding the language model (~300 MB);
    # it exits after this many seconds without an article, giving the memory back.
    generator_idle_seconds: float = Field(default=300.0, gt=0)
    # Daily questions: how late a missed send may still go out, and how often to look.
    daily_grace_hours: float = Field(default=6.0, ge=0)
    daily_check_seconds: float = Field(default=30.0, gt=0)
    # Rounds (/game): how often to look for a question to send or a poll to close.
    round_check_seconds: float = Field(default=1.0, gt=0)
    # A group's round: how long the announcement stands before the first question (time to
    # press Join), and the least time each question takes even when everyone answered at once
    # (a poll, its stop and a standings line are three of the ~20 messages a minute Telegram
    # allows in a group).
    round_lead_seconds: int = Field(default=10, ge=1, le=300)
    round_min_question_seconds: int = Field(default=10, ge=1, le=600)
    # Telegram's published limits: about 30 messages/s overall and 20/min in one group.
    send_rate_per_second: float = Field(default=30.0, gt=0)
    group_send_rate_per_minute: float = Field(default=20.0, gt=0)
    # --- throughput (see "Concurrency model" in the README) -------------------------------
    # Updates handled at once; a chat's and a user's updates still go one after another.
    update_concurrency: int = Field(default=32, ge=1, le=1024)
    # Threads running database work off the event loop (and PostgreSQL pool connections).
    database_threads: int = Field(default=16, ge=1, le=256)
    # --- deployment (webhook mode, health and metrics) -------------------------------------
    # `quizbot run --webhook`: the public HTTPS URL Telegram posts to, and the secret it must
    # send back in X-Telegram-Bot-Api-Secret-Token (Telegram allows 1-256 of A-Z a-z 0-9 _ -).
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    # Where the webhook and the health/metrics servers listen.
    listen_host: str = "0.0.0.0"
    listen_port: int = Field(default=8443, ge=1, le=65535)
    # /healthz and /metrics, in both modes; 0 turns the server off.
    health_port: int = Field(default=8080, ge=0, le=65535)

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

    @field_validator("webhook_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        """Refuse a webhook URL that is not http(s); an empty value means unset."""
        if not value:
            return None
        if not value.startswith(("https://", "http://")):
            raise ValueError(
                "WEBHOOK_URL must start with https:// (e.g. https://bot.example.com/tg)"
            )
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_token_chars(cls, value: SecretStr | None) -> SecretStr | None:
        """Accept only what Telegram allows in a webhook secret token."""
        if value is None or not value.get_secret_value():
            return None
        if not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
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


@dataclass(frozen=True)
class Timeouts:
    """Seconds a Bot API request may take (PTB's defaults); tests pass shorter ones."""

    connect: float = 5.0
    read: float = 5.0
    write: float = 5.0
    pool: float = 1.0

    def as_kwargs(self) -> dict[str, float]:
        """Return the HTTPXRequest keyword arguments."""
        return {
            "connect_timeout": self.connect,
            "read_timeout": self.read,
            "write_timeout": self.write,
            "pool_timeout": self.pool,
        }


DEFAULT_TIMEOUTS = Timeouts()
