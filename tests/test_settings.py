"""Settings come from the environment (or .env), are checked, and never reveal the token."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from bot.settings import Settings

TOKEN = "123456:SECRET-token-never-shown"
SETTINGS_VARS = (
    "TELEGRAM_BOT_TOKEN",
    "TELEGRAM_API_URL",
    "TELEGRAM_FILE_URL",
    "DATABASE_URL",
    "ADMIN_IDS",
    "DEFAULT_TIMEZONE",
    "LOG_LEVEL",
    "ROUND_LEAD_SECONDS",
    "ROUND_MIN_QUESTION_SECONDS",
)


@pytest.fixture(autouse=True)
def clean_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Start from no settings at all, in an empty folder (so no stray .env is read)."""
    for name in SETTINGS_VARS:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_defaults(clean_env: Path) -> None:
    settings = Settings()
    assert settings.telegram_bot_token is None
    assert settings.telegram_api_url == "https://api.telegram.org/bot"
    assert settings.telegram_file_url == "https://api.telegram.org/file/bot"
    assert settings.admin_ids == frozenset()
    assert settings.default_timezone == "UTC"
    assert settings.log_level == "INFO"


def test_default_database_is_data_quizbot_db_under_the_working_directory(
    clean_env: Path,
) -> None:
    assert Settings().database_url == f"sqlite:///{clean_env / 'data' / 'quizbot.db'}"


def test_every_setting_is_read_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("TELEGRAM_API_URL", "http://localhost:8081/bot")
    monkeypatch.setenv("TELEGRAM_FILE_URL", "http://localhost:8081/file/bot")
    monkeypatch.setenv("DATABASE_URL", "sqlite:////srv/quiz.db")
    monkeypatch.setenv("ADMIN_IDS", "1, 2,3")
    monkeypatch.setenv("DEFAULT_TIMEZONE", "Europe/Berlin")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = Settings()
    assert isinstance(settings.telegram_bot_token, SecretStr)
    assert settings.telegram_bot_token.get_secret_value() == TOKEN
    assert settings.telegram_api_url == "http://localhost:8081/bot"
    assert settings.telegram_file_url == "http://localhost:8081/file/bot"
    assert settings.database_url == "sqlite:////srv/quiz.db"
    assert settings.admin_ids == frozenset({1, 2, 3})
    assert settings.default_timezone == "Europe/Berlin"
    assert settings.log_level == "DEBUG"


@pytest.mark.parametrize(
    ("raw", "ids"),
    [
        ("1, 2", {1, 2}),
        ("42", {42}),
        ("", set()),
        (" 7 ,, 8 ,", {7, 8}),
        ("123456789012", {123456789012}),  # Telegram ids exceed 32 bits
    ],
)
def test_admin_ids_are_comma_separated(
    monkeypatch: pytest.MonkeyPatch, raw: str, ids: set[int]
) -> None:
    monkeypatch.setenv("ADMIN_IDS", raw)
    assert Settings().admin_ids == frozenset(ids)


@pytest.mark.parametrize("raw", ["1, two", "@alice", "1.5"])
def test_bad_admin_ids_are_refused_with_a_hint(monkeypatch: pytest.MonkeyPatch, raw: str) -> None:
    monkeypatch.setenv("ADMIN_IDS", raw)
    with pytest.raises(ValidationError, match="ADMIN_IDS must be comma-separated"):
        Settings()


def test_unknown_time_zone_is_refused_with_an_example(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEFAULT_TIMEZONE", "Mars/Olympus")
    with pytest.raises(ValidationError, match=r"unknown time zone 'Mars/Olympus'.*Europe/Berlin"):
        Settings()


def test_unknown_log_level_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOG_LEVEL", "loud")
    with pytest.raises(ValidationError, match="LOG_LEVEL must be"):
        Settings()


def test_a_rounds_pacing_defaults_to_ten_seconds_and_can_be_set(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    settings = Settings()
    assert (settings.round_lead_seconds, settings.round_min_question_seconds) == (10, 10)
    monkeypatch.setenv("ROUND_LEAD_SECONDS", "30")
    monkeypatch.setenv("ROUND_MIN_QUESTION_SECONDS", "1")
    settings = Settings()
    assert (settings.round_lead_seconds, settings.round_min_question_seconds) == (30, 1)


@pytest.mark.parametrize(
    ("name", "raw"),
    [
        ("ROUND_LEAD_SECONDS", "0"),
        ("ROUND_LEAD_SECONDS", "301"),
        ("ROUND_LEAD_SECONDS", "1.5"),
        ("ROUND_MIN_QUESTION_SECONDS", "0"),
        ("ROUND_MIN_QUESTION_SECONDS", "601"),
        ("ROUND_MIN_QUESTION_SECONDS", "ten"),
    ],
)
def test_a_rounds_pacing_out_of_bounds_is_refused(
    monkeypatch: pytest.MonkeyPatch, name: str, raw: str
) -> None:
    monkeypatch.setenv(name, raw)
    with pytest.raises(ValidationError, match=name.lower()):
        Settings()


def test_settings_are_read_from_a_dot_env_file(clean_env: Path) -> None:
    (clean_env / ".env").write_text(f"TELEGRAM_BOT_TOKEN={TOKEN}\nADMIN_IDS=5,6\n")
    settings = Settings()
    assert settings.admin_ids == frozenset({5, 6})
    assert settings.telegram_bot_token is not None
    assert settings.telegram_bot_token.get_secret_value() == TOKEN


def test_the_token_never_shows_in_repr_str_or_dumps(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    settings = Settings()
    for shown in (
        repr(settings),
        str(settings),
        repr(settings.telegram_bot_token),
        str(settings.telegram_bot_token),
        settings.model_dump_json(),
        str(settings.model_dump()),
    ):
        assert "SECRET" not in shown


def test_a_bad_setting_error_does_not_echo_the_token(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("ADMIN_IDS", "oops")
    with pytest.raises(ValidationError) as caught:
        Settings()
    assert "SECRET" not in str(caught.value)
