"""/daily's subscriptions: on, off, at what local time in which zone, and the status shown."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine

from bot.service.schedule import (
    DEFAULT_TIME,
    ZoneChoice,
    format_time,
    next_due,
    resolve_zone,
    stored_time,
    zone_of,
)
from bot.service.types import Place
from db.chats import get_chat, set_chat_timezone, touch_chat
from db.daily_ledger import drop_prepared, recent_date
from db.engine import session_scope
from db.subscriptions import deactivate_subscription, get_subscription, save_subscription


@dataclass(frozen=True)
class DailyStatus:
    """A chat's daily question as shown to people: on or off, when, and the next send."""

    active: bool
    local_time: str | None = None
    zone: str | None = None
    next_local: datetime | None = None  # aware, in the subscription's zone
    today: date | None = None  # the local date now, to say "today" or "tomorrow"


class Subscriptions:
    """Turning a chat's daily question on and off (the ledger, `DailyService`, mixes this in)."""

    engine: Engine
    clock: Callable[[], datetime]
    default_zone: str

    def zone_for(self, chat_id: int) -> str:
        """Return the chat's saved zone, else the configured default."""
        with session_scope(self.engine) as session:
            chat = get_chat(session, chat_id)
            saved = chat.timezone if chat is not None else None
        if saved and zone_of(saved).key == saved:
            return saved
        return self.default_zone

    def status(self, chat_id: int) -> DailyStatus:
        """Return whether the chat gets a daily question, at what local time, and when next."""
        with session_scope(self.engine) as session:
            sub = get_subscription(session, chat_id)
            if sub is None or not sub.active:
                return DailyStatus(active=False)
            zone = zone_of(sub.timezone)
            return DailyStatus(
                active=True,
                local_time=sub.local_time,
                zone=sub.timezone,
                next_local=sub.next_due_at.astimezone(zone),
                today=self.clock().astimezone(zone).date(),
            )

    def subscribe(self, place: Place, at: time, zone_text: str | None) -> DailyStatus | ZoneChoice:
        """Send the chat a question every day at `at` local time; a bad zone is returned."""
        if zone_text is None:
            choice = ZoneChoice("", self.zone_for(place.id))  # saved or configured: trusted
        else:
            choice = resolve_zone(zone_text)
        if choice.name is None:
            return choice
        now = self.clock()
        due = next_due(at, ZoneInfo(choice.name), now)
        with session_scope(self.engine) as session:
            touch_chat(session, chat_id=place.id, chat_type=place.type, title=place.title, now=now)
            # The zone is the chat's from now on: the default for the next /daily and /score.
            set_chat_timezone(session, place.id, choice.name)
            sub = save_subscription(
                session,
                chat_id=place.id,
                local_time=format_time(at),
                timezone=choice.name,
                next_due_at=due,
                now=now,
            )
            # A question picked ahead for the old time waits for no one now.
            drop_prepared(session, sub.id or 0, since=recent_date(now))
        return self.status(place.id)

    def turn_on(self, place: Place) -> DailyStatus:
        """Turn the daily question on at its previous time and zone, else the defaults."""
        with session_scope(self.engine) as session:
            sub = get_subscription(session, place.id)
            previous = (stored_time(sub.local_time), sub.timezone) if sub is not None else None
        at, zone = previous or (DEFAULT_TIME, None)
        result = self.subscribe(place, at, zone)
        if isinstance(result, ZoneChoice):  # a saved zone the system no longer knows
            result = self.subscribe(place, at, "UTC")
        assert isinstance(result, DailyStatus)
        return result

    def turn_off(self, chat_id: int) -> bool:
        """Stop the chat's daily question; False if it was not on."""
        now = self.clock()
        with session_scope(self.engine) as session:
            sub = get_subscription(session, chat_id)
            if sub is not None:
                drop_prepared(session, sub.id or 0, since=recent_date(now))
            return deactivate_subscription(session, chat_id, now)
