"""Answering: what a press or poll answer is worth, recorded once. No Telegram here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

from fsrs import Card, Rating, Scheduler
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.types import PRIVATE, Place, Player, Trigger, options_as_shown
from db.answers import (
    AlreadyAnswered,
    AnswerContext,
    advance_daily_streak,
    answer_context,
    record_answer,
)
from db.chats import touch_chat, touch_user
from db.deliveries import withdraw_delivery
from db.engine import session_scope
from db.models import GLOBAL_SCOPE
from db.reviews import save_review

# The terminal player of `quizbot play`: its own user, chat and score scope.
PLAY_ID = -1
PLAY_SCOPE = -1


def _as_shown(found: AnswerContext) -> tuple[tuple[str, ...], int] | None:
    """Return what a delivery showed: stored, or rebuilt if its question is unchanged since."""
    if found.shown_options is not None and found.shown_correct is not None:
        return tuple(found.shown_options), found.shown_correct
    if found.question_updated_at > found.sent_at:
        return None  # sent before 0005_shown, changed since: the old order means nothing now
    return options_as_shown(found.option_order, found.options, found.correct_index)


def register_in(
    session: Session, player: Player | None, place: Place | None, now: datetime
) -> None:
    """Upsert the player and place inside an open session, one statement each."""
    if player is not None:
        touch_user(
            session,
            user_id=player.id,
            first_name=player.first_name,
            username=player.username,
            language_code=player.language_code,
            now=now,
        )
    if place is not None:
        touch_chat(session, chat_id=place.id, chat_type=place.type, title=place.title, now=now)


class AnswerStatus(Enum):
    """What became of a press or poll answer."""

    CORRECT = "correct"
    WRONG = "wrong"
    ALREADY_ANSWERED = "already_answered"
    NOT_YOURS = "not_yours"
    UNKNOWN = "unknown"  # no such delivery (forged, or from another database)
    INVALID_OPTION = "invalid_option"
    # The question was changed by a re-import and what was shown is no longer known.
    CHANGED = "changed"


@dataclass(frozen=True)
class AnswerOutcome:
    """The verdict on an answer, with what the player should be shown."""

    status: AnswerStatus
    delivery_id: int | None = None
    question_text: str = ""
    options: tuple[str, ...] = ()
    chosen_position: int | None = None
    correct_position: int | None = None
    explanation: str | None = None
    source: str | None = None
    points: int = 0
    practice: bool = False  # correct, but the point for this question was earned before
    streak: int = 0
    total_points: int = 0

    @property
    def counted(self) -> bool:
        """Return True when the answer was recorded (right or wrong)."""
        return self.status in (AnswerStatus.CORRECT, AnswerStatus.WRONG)


class Answering:
    """The half of QuizService that judges answers and keeps the review schedule.

    A mixin, so `QuizService` keeps one name for the whole game; the fields are QuizService's.
    """

    engine: Engine
    clock: Callable[[], datetime]
    scheduler: Scheduler
    board_zone: str  # the zone of everyone's day and month boards

    def _register(
        self, session: Session, player: Player | None, place: Place | None, now: datetime
    ) -> None:
        """Upsert the player and place inside an open session, one statement each."""
        register_in(session, player, place, now)

    # --- answering -----------------------------------------------------------------------

    def answer(self, delivery_id: int, player: Player, position: int) -> AnswerOutcome:
        """Judge a press on option `position` (as shown) of a private delivery."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = answer_context(session, player_id=player.id, delivery_id=delivery_id)
            # Buttons carry private questions only; a group's question is a poll, answered in
            # the poll (a forged button naming it must not score in a group one is not in).
            if found is None or found.chat_type != PRIVATE:
                return AnswerOutcome(AnswerStatus.UNKNOWN)
            owner = found.user_id if found.user_id is not None else found.chat_id
            if owner != player.id:
                return AnswerOutcome(AnswerStatus.NOT_YOURS, delivery_id=delivery_id)
            return self.judge_in(session, found, player, position, now)

    def answer_poll(self, poll_id: str, player: Player, positions: list[int]) -> AnswerOutcome:
        """Judge a quiz-poll answer from a group member."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = answer_context(session, player_id=player.id, poll_id=poll_id)
            if found is None:
                return AnswerOutcome(AnswerStatus.UNKNOWN)
            if not positions:  # a retracted vote; quiz polls cannot be retracted
                return AnswerOutcome(AnswerStatus.INVALID_OPTION, delivery_id=found.delivery_id)
            return self.judge_in(session, found, player, positions[0], now)

    def judge_in(
        self,
        session: Session,
        found: AnswerContext,
        player: Player,
        position: int,
        now: datetime,
    ) -> AnswerOutcome:
        """Record the answer once, update scores and the review schedule, and describe it.

        The verdict comes from what the delivery showed, never from the question as it is now:
        a re-import may have reordered, added or removed its options since.
        """
        shown = _as_shown(found)
        if shown is None:
            return AnswerOutcome(AnswerStatus.CHANGED, delivery_id=found.delivery_id)
        options, correct_position = shown
        base = {
            "delivery_id": found.delivery_id,
            "question_text": found.text,
            "options": options,
            "correct_position": correct_position,
            "explanation": found.explanation,
            "source": found.source,
        }
        if not 0 <= position < len(options):
            return AnswerOutcome(AnswerStatus.INVALID_OPTION, **base)  # type: ignore[arg-type]
        # Someone never seen before (a forwarded message) is registered, not refused.
        self._register(session, player, None, now)
        # The option's index in the question when it was sent (the order is drawn with it).
        chosen_index = found.option_order[position]
        correct = position == correct_position
        home, counted_in = self._scopes(found)
        try:
            recorded = record_answer(
                session,
                delivery_id=found.delivery_id,
                question_id=found.question_id,
                user_id=player.id,
                chosen_index=chosen_index,
                correct=correct,
                scope=home,
                counted_in=counted_in,
                now=now,
                default_zone=self.board_zone,
            )
        except AlreadyAnswered:
            return AnswerOutcome(AnswerStatus.ALREADY_ANSWERED, **base)  # type: ignore[arg-type]
        self._schedule_review(session, player.id, found, correct, now)
        if correct and found.trigger is Trigger.DAILY and found.daily_date is not None:
            advance_daily_streak(session, user_id=player.id, local_date=found.daily_date)
        score = recorded.score
        return AnswerOutcome(
            AnswerStatus.CORRECT if correct else AnswerStatus.WRONG,
            chosen_position=position,
            points=recorded.points,
            practice=correct and recorded.points == 0,
            streak=score.current_streak,
            total_points=score.points,
            **base,  # type: ignore[arg-type]
        )

    @staticmethod
    def _scopes(found: AnswerContext) -> tuple[int, tuple[int, ...]]:
        """Return where an answer was asked (the score shown) and every score it counts in."""
        if found.trigger is Trigger.PLAY:
            return PLAY_SCOPE, (PLAY_SCOPE,)  # terminal practice stays off the public boards
        if found.chat_type != PRIVATE:
            return found.chat_id, (GLOBAL_SCOPE, found.chat_id)  # everyone's, and the group's
        return GLOBAL_SCOPE, (GLOBAL_SCOPE,)

    def _schedule_review(
        self, session: Session, user_id: int, found: AnswerContext, correct: bool, now: datetime
    ) -> None:
        """Move the user's fsrs card for the question: Good when right, Again when wrong."""
        question_id, stored = found.question_id, found.card  # read with the answer's context
        card = Card.from_dict(stored) if stored is not None else Card(card_id=question_id)  # type: ignore[arg-type]
        card, _ = self.scheduler.review_card(
            card, Rating.Good if correct else Rating.Again, review_datetime=now
        )
        save_review(
            session,
            user_id=user_id,
            question_id=question_id,
            card=dict(card.to_dict()),
            due_at=card.due,
            last_correct=correct,
        )

    def withdraw(self, delivery_id: int) -> bool:
        """Take back a question shown but left unanswered (terminal quit), so it stays unseen."""
        with session_scope(self.engine) as session:
            return withdraw_delivery(session, delivery_id)
