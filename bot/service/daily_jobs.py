"""What the daily ledger (daily.py) hands the dispatcher and gets back, built from its rows."""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date

from sqlmodel import Session

from bot.service.languages import ENGLISH, interface_language
from bot.service.types import (
    Place,
    Player,
    SendStatus,
    ShownQuestion,
    options_as_shown,
)
from db.daily_deliveries import PickedQuestion, delivery_questions, unlink_unsent
from db.models import Chat, DailySubscription, User
from db.subscriptions import DueSubscription

# Logged as the ledger it was part of: log filters keep working.
log = logging.getLogger("bot.service.daily")


@dataclass(frozen=True)
class DailyJob:
    """One chat's daily question for one local day: to prepare, or to send now."""

    daily_id: int
    subscription_id: int
    local_date: date
    place: Place
    player: Player | None
    delivery_id: int | None = None  # the question already picked for this day, if any
    attempt: int = 0  # sends started, counting the one about to start
    shown: ShownQuestion | None = None  # that question, ready to send
    language: str = ENGLISH  # the interface language of the chat's texts


@dataclass(frozen=True)
class Finished:
    """The end of one job, to be written to the ledger."""

    job: DailyJob
    outcome: SendStatus
    chat_id: int  # where it finally went (a migrated group has a new id)
    delivery_id: int | None = None
    message_id: int | None = None
    poll_id: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Recovered:
    """What the start-of-pass look at unfinished days found."""

    jobs: list[DailyJob]
    already_sent: int = 0
    closed: int = 0


def _due_of(sub: DailySubscription, chat: Chat, user: User | None) -> DueSubscription:
    """Describe ORM rows the way the dispatcher's queries return them."""
    return DueSubscription(
        id=sub.id or 0,
        chat_id=chat.id,
        local_time=sub.local_time,
        timezone=sub.timezone,
        next_due_at=sub.next_due_at,
        chat_type=chat.type,
        chat_title=chat.title,
        first_name=user.first_name if user is not None else None,
        username=user.username if user is not None else None,
        language_code=user.language_code if user is not None else None,
        language=chat.language or (user.language if user is not None else None),
    )


def _job(
    day_id: int, sub: DueSubscription, local_date: date, delivery_id: int | None, attempt: int
) -> DailyJob:
    """Describe a ledger row of a subscription as a job."""
    place = Place(id=sub.chat_id, type=sub.chat_type, title=sub.chat_title)
    player = None
    if not place.is_group and sub.first_name is not None:
        # A private chat's id is its user's id; the daily pick follows that player's history.
        player = Player(sub.chat_id, sub.first_name, sub.username, sub.language_code)
    language = interface_language(
        user_choice=sub.language,
        chat_choice=sub.language,
        language_code=sub.language_code,
        group=place.is_group,
    )
    return DailyJob(
        day_id, sub.id, local_date, place, player, delivery_id, attempt, language=language
    )


def _shown(picked: PickedQuestion, *, sent_before: bool) -> ShownQuestion | None:
    """Rebuild the question a delivery shows, options as shown; None to pick it again.

    A delivery that may have reached the chat (`sent_before`) is sent again exactly as it was
    shown, so only one answer can count; one never sent shows the question as it is now.
    """
    current = (
        None
        if picked.retired
        else options_as_shown(list(picked.option_order), picked.options, picked.correct_index)
    )
    stored = None
    if picked.shown_options is not None and picked.shown_correct is not None:
        stored = (tuple(picked.shown_options), picked.shown_correct)
    # Changed since it was picked and never sent: show it as it is now, under a new delivery.
    changed = stored is not None and stored != current
    shown = (stored or current) if sent_before else (None if changed else current)
    if shown is None:
        return None
    options, correct_position = shown
    return ShownQuestion(
        delivery_id=picked.delivery_id,
        question_id=picked.question_id,
        text=picked.text,
        options=options,
        correct_position=correct_position,
        explanation=picked.explanation,
        set_slug=picked.set_slug,
        set_title=picked.set_title,
    )


def _with_questions(session: Session, jobs: list[DailyJob]) -> list[DailyJob]:
    """Attach the already-picked question to each job that has one (one query).

    A question picked ahead but changed or retired by a re-import before it was ever sent
    is picked again, as is one whose delivery cannot be shown any more; each job on its
    own, so one bad row never holds up the others in its batch.
    """
    found = delivery_questions(session, [j.delivery_id for j in jobs if j.delivery_id])
    ready: list[DailyJob] = []
    unsent: list[tuple[int, int]] = []
    for job in jobs:
        picked = found.get(job.delivery_id) if job.delivery_id is not None else None
        if picked is None:
            ready.append(job)
            continue
        try:
            shown = _shown(picked, sent_before=job.attempt > 1)
        except Exception:
            log.exception("daily question of chat %s cannot be shown", job.place.id)
            shown = None
        if shown is None:
            # Picked again when sent (question_for); a never-sent pick is dropped first.
            if job.attempt <= 1:
                unsent.append((job.daily_id, picked.delivery_id))
            ready.append(replace(job, delivery_id=None))
        else:
            ready.append(replace(job, shown=shown))
    unlink_unsent(session, unsent)
    return ready
