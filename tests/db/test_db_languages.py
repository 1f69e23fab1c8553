"""Interface languages in the database: only shipped ones, kept per user and per chat."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from db.chats import chosen_languages, move_chat, set_chat_language, set_user_language
from tests.helpers import add_chat, add_user

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_the_database_refuses_a_language_without_a_catalog(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, 5001)
        session.commit()
        with pytest.raises(IntegrityError):
            set_user_language(session, 5001, "de")


def test_choices_are_stored_per_user_and_chat_and_follow_a_migrated_group(engine: Engine) -> None:
    with Session(engine) as session:
        add_user(session, 5002)
        add_chat(session, -5003, chat_type="group")
        session.commit()
        assert chosen_languages(session, 5002, -5003) == (None, None)
        set_user_language(session, 5002, "zh_Hans")
        set_chat_language(session, -5003, "ru")
        assert chosen_languages(session, 5002, -5003) == ("zh_Hans", "ru")
        moved = move_chat(session, -5003, -1005003, NOW)
        assert moved is not None and moved.language == "ru"
