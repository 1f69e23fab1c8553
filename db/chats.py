"""Data access for users and chats: one single-statement upsert each, and their settings."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, select

from db.models import Chat, User
from db.raw import Sql, raw

# The two upserts every question and answer runs go to the driver directly (see db/raw.py).
TOUCH_CHAT = Sql(
    "INSERT INTO chats (id, type, title, created_at) VALUES (:id, :type, :title, :now)"
    " ON CONFLICT (id) DO UPDATE SET type = excluded.type, title = excluded.title,"
    " blocked_at = NULL"
)


def touch_chat(
    session: Session, *, chat_id: int, chat_type: str, title: str | None, now: datetime
) -> None:
    """Create or refresh a chat in one statement; a chat that writes to us is no longer blocked."""
    cursor = raw(session)
    cursor.run(
        TOUCH_CHAT, {"id": chat_id, "type": chat_type, "title": title, "now": cursor.time(now)}
    )


def get_user(session: Session, user_id: int) -> User | None:
    """Return the user with this id, or None."""
    return session.get(User, user_id)


ACTIVE_SET = Sql("SELECT active_set_id FROM chats WHERE id = :id")


def active_set_id(session: Session, chat_id: int) -> int | None:
    """Return the set the chat chose to play (None: the default set, or no such chat)."""
    row = raw(session).first(ACTIVE_SET, {"id": chat_id})
    return None if row is None or row[0] is None else int(row[0])


def get_chat(session: Session, chat_id: int) -> Chat | None:
    """Return the chat with this id, or None."""
    return session.get(Chat, chat_id)


def set_chat_timezone(session: Session, chat_id: int, zone: str) -> None:
    """Make `zone` the chat's own: the default of its next /daily and its /score."""
    session.execute(sa.update(Chat).where(col(Chat.id) == chat_id).values(timezone=zone))


def set_active_set(session: Session, chat_id: int, set_id: int | None) -> None:
    """Make a set the one the chat plays (None: the default set)."""
    session.execute(sa.update(Chat).where(col(Chat.id) == chat_id).values(active_set_id=set_id))


def set_chat_language(session: Session, chat_id: int, language: str | None) -> None:
    """Make `language` the group's interface language (None: each member's own)."""
    session.execute(sa.update(Chat).where(col(Chat.id) == chat_id).values(language=language))


def set_user_language(session: Session, user_id: int, language: str | None) -> None:
    """Make `language` the player's interface language (None: from Telegram's language_code)."""
    session.execute(sa.update(User).where(col(User.id) == user_id).values(language=language))


def chosen_languages(
    session: Session, user_id: int | None, chat_id: int | None
) -> tuple[str | None, str | None]:
    """Return the interface languages chosen by the user and by the chat (None: not chosen)."""
    user = (
        None
        if user_id is None
        else session.execute(
            sa.select(col(User.language)).where(col(User.id) == user_id)
        ).scalar_one_or_none()
    )
    chat = (
        None
        if chat_id is None
        else session.execute(
            sa.select(col(Chat.language)).where(col(Chat.id) == chat_id)
        ).scalar_one_or_none()
    )
    return user, chat


def known_private_chat_ids(session: Session, user_ids: Collection[int]) -> set[int]:
    """Return which of these users have a private chat with the bot (they wrote to it)."""
    if not user_ids:
        return set()
    rows = session.exec(
        select(Chat.id).where(col(Chat.id).in_(list(user_ids)), Chat.type == "private")
    )
    return set(rows)


def mark_chat_blocked(session: Session, chat_id: int, now: datetime) -> None:
    """Record that the bot may no longer write to this chat."""
    chat = session.get(Chat, chat_id)
    if chat is not None:
        chat.blocked_at = now
        session.add(chat)


def move_chat(session: Session, old_id: int, new_id: int, now: datetime) -> Chat | None:
    """Carry a group's settings to its new id after Telegram migrated it to a supergroup."""
    old = session.get(Chat, old_id)
    if old is None:
        return None
    new = session.get(Chat, new_id)
    if new is None:
        new = Chat(id=new_id, type="supergroup", title=old.title, created_at=now)
    # The new chat keeps what it chose itself; it inherits only what it has not set.
    new.active_set_id = new.active_set_id or old.active_set_id
    new.timezone = new.timezone or old.timezone
    new.language = new.language or old.language
    new.blocked_at = None
    # Telegram refuses every send to the old id from now on.
    old.blocked_at = now
    session.add(new)
    session.add(old)
    session.flush()
    return new


TOUCH_USER = Sql(
    "INSERT INTO users (id, first_name, username, language_code, daily_streak,"
    " best_daily_streak, created_at, last_seen_at)"
    " VALUES (:id, :first_name, :username, :language_code, 0, 0, :now, :now)"
    " ON CONFLICT (id) DO UPDATE SET first_name = excluded.first_name,"
    " username = excluded.username, language_code = excluded.language_code,"
    " last_seen_at = excluded.last_seen_at"
)


def touch_user(
    session: Session,
    *,
    user_id: int,
    first_name: str,
    username: str | None,
    language_code: str | None,
    now: datetime,
) -> None:
    """Create or refresh a user in one statement (the answer path calls this every time)."""
    cursor = raw(session)
    cursor.run(
        TOUCH_USER,
        {
            "id": user_id,
            "first_name": first_name[:256] or "Player",
            "username": username,
            "language_code": language_code,
            "now": cursor.time(now),
        },
    )
