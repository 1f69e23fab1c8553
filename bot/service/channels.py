"""Channels: a daily anonymous quiz poll in channels that bot admins link. No Telegram here.

A linked channel is a chat of type "channel" with a `channel_links` row and an ordinary daily
subscription, so the daily ledger (bot/service/daily.py) posts its poll exactly once per local
day like any chat's daily question. Channel polls are anonymous: nobody scores; Telegram only
reports the counts (`poll` updates), kept in `poll_results` for the next day's recap line.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.engine import Engine

from bot.service.daily import DailyService
from bot.service.schedule import ZoneChoice, resolve_zone, zone_of
from bot.service.subscriptions import DailyStatus
from bot.service.types import Place
from db.channels import (
    CHANNEL,
    delete_link,
    linked_channels,
    previous_post,
    save_link,
    save_poll_result,
)
from db.chats import set_chat_language, touch_chat
from db.engine import session_scope
from db.models import utcnow

__all__ = ["CHANNEL", "ChannelService", "Channels", "LinkRequest", "LinkedChannel", "Recap"]


@dataclass(frozen=True)
class LinkedChannel:
    """A linked channel as /channel lists it."""

    chat_id: int
    title: str | None
    username: str | None
    local_time: str
    zone: str
    next_local: datetime  # aware, in the channel's zone


@dataclass(frozen=True)
class LinkRequest:
    """An admin's /channel @name HH:MM [zone], once Telegram confirmed the channel."""

    place: Place
    username: str | None
    admin_id: int
    at: time
    zone_text: str | None
    language: str | None = None  # the admin's interface language, for the channel's posts


@dataclass(frozen=True)
class Recap:
    """The previous day's poll of a channel: its right answer and how many chose it."""

    local_date: date
    question: str
    answer: str
    voters: int
    correct_voters: int


def channel_key(reference: str) -> str | int | None:
    """Read a channel reference: '@name' (returned lower-case, without '@') or a numeric id."""
    text = reference.strip()
    if text.startswith("@") and len(text) > 1:
        return text[1:].lower()
    if text.lstrip("-").isdigit():
        return int(text)
    return None


@dataclass
class ChannelService:
    """Link and unlink channels, and keep their polls' results; each call one transaction."""

    engine: Engine
    daily: DailyService
    clock: Callable[[], datetime] = utcnow

    def link(self, request: LinkRequest) -> DailyStatus | ZoneChoice:
        """Post a quiz poll in the channel every day at its local time; a bad zone is returned."""
        if request.zone_text is not None:
            choice = resolve_zone(request.zone_text)
            if choice.name is None:
                return choice
        place = request.place
        with session_scope(self.engine) as session:
            now = self.clock()
            touch_chat(session, chat_id=place.id, chat_type=CHANNEL, title=place.title, now=now)
            if request.language is not None:
                # The channel reads its posts in the language of the admin who linked it.
                set_chat_language(session, place.id, request.language)
            key = request.username.lower() if request.username else None
            save_link(session, chat_id=place.id, username=key, linked_by=request.admin_id, now=now)
        return self.daily.subscribe(place, request.at, request.zone_text)

    def unlink(self, key: str | int) -> LinkedChannel | None:
        """Stop a linked channel's daily poll (by @name or id); None if it was not linked."""
        found = next((c for c in self.linked() if key in (c.username, c.chat_id)), None)
        if found is None:
            return None
        with session_scope(self.engine) as session:
            delete_link(session, found.chat_id)
        self.daily.turn_off(found.chat_id)
        return found

    def linked(self) -> list[LinkedChannel]:
        """Return the channels whose daily poll is on."""
        with session_scope(self.engine) as session:
            rows = linked_channels(session)
        return [
            LinkedChannel(
                r.chat_id,
                r.title,
                r.username,
                r.local_time,
                r.timezone,
                r.next_due_at.astimezone(zone_of(r.timezone)),
            )
            for r in rows
        ]

    def record_poll(self, poll_id: str, counts: list[int], total: int) -> bool:
        """Keep the latest vote counts of a channel's poll; False for any other poll."""
        with session_scope(self.engine) as session:
            return save_poll_result(
                session, poll_id=poll_id, counts=counts, total=total, now=self.clock()
            )

    def recap(self, subscription_id: int, local_date: date) -> Recap | None:
        """Return the channel's previous poll before this local day, with its results."""
        with session_scope(self.engine) as session:
            post = previous_post(session, subscription_id, local_date)
        if post is None:
            return None
        return Recap(post.local_date, post.question, post.answer, post.voters, post.correct_voters)


run = asyncio.to_thread


class Channels:
    """The channel service, awaitable (see bot/service/edge.py)."""

    def __init__(self, service: ChannelService) -> None:
        self.service = service

    async def link(self, request: LinkRequest) -> DailyStatus | ZoneChoice:
        """Post a quiz poll in the channel every day at its local time; a bad zone is returned."""
        return await run(self.service.link, request)

    async def unlink(self, key: str | int) -> LinkedChannel | None:
        """Stop a linked channel's daily poll; None if it was not linked."""
        return await run(self.service.unlink, key)

    async def linked(self) -> list[LinkedChannel]:
        """Return the channels whose daily poll is on."""
        return await run(self.service.linked)

    async def record_poll(self, poll_id: str, counts: list[int], total: int) -> bool:
        """Keep the latest vote counts of a channel's poll."""
        return await run(self.service.record_poll, poll_id, counts, total)

    async def recap(self, subscription_id: int, local_date: date) -> Recap | None:
        """Return the channel's previous poll before this local day, with its results."""
        return await run(self.service.recap, subscription_id, local_date)
