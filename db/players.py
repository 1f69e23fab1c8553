"""Data access for users and chats."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from db.models import Chat, User


def upsert_user(
    session: Session,
    *,
    user_id: int,
    first_name: str,
    username: str | None,
    language_code: str | None,
    now: datetime,
) -> User:
    """Create the user or refresh their name, returning the row."""
    user = session.get(User, user_id)
    if user is None:
        user = User(
            id=user_id,
            first_name=first_name[:256] or "Player",
            username=username,
            language_code=language_code,
            created_at=now,
            last_seen_at=now,
        )
    else:
        user.first_name = first_name[:256] or user.first_name
        user.username = username
        user.language_code = language_code
        user.last_seen_at = now
    session.add(user)
    return user


def upsert_chat(
    session: Session, *, chat_id: int, chat_type: str, title: str | None, now: datetime
) -> Chat:
    """Create the chat or refresh its title; a chat that writes to us is no longer blocked."""
    chat = session.get(Chat, chat_id)
    if chat is None:
        chat = Chat(id=chat_id, type=chat_type, title=title, created_at=now)
    else:
        chat.type = chat_type
        chat.title = title
        chat.blocked_at = None
    session.add(chat)
    return chat


def get_user(session: Session, user_id: int) -> User | None:
    """Return the user with this id, or None."""
    return session.get(User, user_id)


def get_chat(session: Session, chat_id: int) -> Chat | None:
    """Return the chat with this id, or None."""
    return session.get(Chat, chat_id)


def mark_chat_blocked(session: Session, chat_id: int, now: datetime) -> None:
    """Record that the bot may no longer write to this chat."""
    chat = session.get(Chat, chat_id)
    if chat is not None:
        chat.blocked_at = now
        session.add(chat)
