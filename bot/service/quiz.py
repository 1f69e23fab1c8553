"""The quiz game: which question comes next, and what an answer is worth. No Telegram here."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from fsrs import Card, Rating, Scheduler
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.types import (
    PRIVATE,
    Place,
    Player,
    SetFallback,
    ShownQuestion,
    Trigger,
    options_as_shown,
)
from db.chats import get_chat, set_active_set, touch_chat, touch_user
from db.engine import session_scope
from db.models import GLOBAL_SCOPE, QuestionSetRow, utcnow
from db.play import (
    AlreadyAnswered,
    AnswerContext,
    advance_daily_streak,
    answer_context,
    attach_message,
    create_delivery,
    daily_date_of,
    delivered_question_ids,
    last_delivered_question,
    live_question_sources,
    record_answer,
    review_card,
    review_queue,
    save_review,
    withdraw_delivery,
)
from db.sets import (
    count_players_by_set,
    first_live_set,
    get_question,
    get_set,
    get_set_by_id,
    list_sets,
    live_questions,
)
from questions.schema import normalise

Clock = Callable[[], datetime]
# The terminal player of `quizbot play`: its own user, chat and score scope.
PLAY_ID = -1
PLAY_SCOPE = -1


def sentence_of(source: str | None, explanation: str | None) -> str | None:
    """Return what a question was written from: its source sentence, else its explanation."""
    # Questions from one sentence give each other away (one asks for the date, the next has
    # it in its text), and explanations quote that sentence.
    text = source or explanation
    return normalise(text) if text else None


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


class NoQuestion(Enum):
    """Why no question could be picked."""

    NO_SETS = "no_sets"
    EMPTY_SET = "empty_set"


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


@dataclass(frozen=True)
class SetChoice:
    """A set as offered to a chat."""

    slug: str
    title: str
    questions: int
    active: bool
    players: int | None = None


@dataclass
class QuizService:
    """Pick questions, record answers and keep score; every call is one short transaction."""

    engine: Engine
    clock: Clock = utcnow
    rng: random.Random = field(default_factory=random.Random)
    default_set_slug: str | None = None
    scheduler: Scheduler = field(default_factory=lambda: Scheduler(enable_fuzzing=False))
    # The zone of everyone's day and month boards (a group's boards follow its own zone).
    board_zone: str = "UTC"

    # --- players and chats -------------------------------------------------------------

    def register(self, player: Player | None, place: Place | None) -> None:
        """Create or refresh the user and the chat."""
        now = self.clock()
        with session_scope(self.engine) as session:
            self._register(session, player, place, now)

    def _register(
        self, session: Session, player: Player | None, place: Place | None, now: datetime
    ) -> None:
        """Upsert the player and place inside an open session, one statement each."""
        register_in(session, player, place, now)

    # --- sets ----------------------------------------------------------------------------

    def _default_set(self, session: Session) -> QuestionSetRow | None:
        """Return the configured default set, else the first live set by slug."""
        if self.default_set_slug:
            chosen = get_set(session, self.default_set_slug)
            if chosen is not None:
                return chosen
        return first_live_set(session)

    def _active_set(
        self, session: Session, chat_id: int, *, persist: bool = True
    ) -> tuple[QuestionSetRow | None, SetFallback | None]:
        """Return the chat's set, falling back to the default (said once) if it was retired.

        With persist=False nothing is saved, so the fallback is still told at the next question.
        """
        chat = get_chat(session, chat_id)
        if chat is None or chat.active_set_id is None:
            return self._default_set(session), None
        current = get_set_by_id(session, chat.active_set_id)
        if current is not None and current.retired_at is None:
            return current, None
        fallback = self._default_set(session)
        told = None
        if fallback is not None:
            told = SetFallback(current.title if current is not None else None, fallback.title)
        if persist:
            set_active_set(session, chat_id, fallback.id if fallback is not None else None)
        return fallback, told

    def sets_for(self, place: Place, *, with_players: bool = False) -> list[SetChoice]:
        """List the live sets, marking the chat's active one."""
        with session_scope(self.engine) as session:
            active, _ = self._active_set(session, place.id, persist=False)
            players = count_players_by_set(session) if with_players else {}
            return [
                SetChoice(
                    slug=s.slug,
                    title=s.title,
                    questions=s.questions,
                    active=active is not None and s.id == active.id,
                    players=players.get(s.id, 0) if with_players else None,
                )
                for s in list_sets(session)
            ]

    def use_set(self, place: Place, slug: str) -> SetChoice | None:
        """Make a set the chat's active one; None if there is no live set with that slug."""
        now = self.clock()
        with session_scope(self.engine) as session:
            chosen = get_set(session, slug.strip().lower())
            if chosen is None:
                return None
            self._register(session, None, place, now)
            set_active_set(session, place.id, chosen.id)
            count = len(live_questions(session, chosen.id or 0))
            return SetChoice(slug=chosen.slug, title=chosen.title, questions=count, active=True)

    # --- asking --------------------------------------------------------------------------

    def next_question(
        self, place: Place, player: Player | None, *, trigger: Trigger = Trigger.QUIZ
    ) -> ShownQuestion | NoQuestion:
        """Pick the next question for this player (private) or chat (group) and record it."""
        now = self.clock()
        with session_scope(self.engine) as session:
            # Every question sent refreshes the player and the chat (one upsert statement each).
            self._register(session, player, place, now)
            qset, fallback = self._active_set(session, place.id)
            if qset is None or qset.id is None:
                return NoQuestion.NO_SETS
            # The pick works on question ids; only the chosen question is loaded.
            sources = live_question_sources(session, qset.id)
            if not sources:
                return NoQuestion.EMPTY_SET
            sentences = {q: sentence_of(source, why) for q, source, why in sources}
            user_id = player.id if player is not None and not place.is_group else None
            picked = self._pick(session, sentences, qset.id, place, user_id, now)
            question = get_question(session, picked)
            assert question is not None
            order = list(range(len(question.options)))
            self.rng.shuffle(order)
            assert question.id is not None
            shown = options_as_shown(order, question.options, question.correct_index)
            assert shown is not None  # the order was drawn from this very question
            options, correct_position = shown
            delivery = create_delivery(
                session,
                chat_id=place.id,
                question_id=question.id,
                user_id=user_id,
                option_order=order,
                shown_options=list(options),
                shown_correct=correct_position,
                trigger=trigger,
                now=now,
            )
            assert delivery.id is not None
            return ShownQuestion(
                delivery_id=delivery.id,
                question_id=question.id,
                text=question.text,
                options=options,
                correct_position=correct_position,
                explanation=question.explanation,
                set_slug=qset.slug,
                set_title=qset.title,
                fallback=fallback,
            )

    def _pick(
        self,
        session: Session,
        sentences: dict[int, str | None],
        set_id: int,
        place: Place,
        user_id: int | None,
        now: datetime,
    ) -> int:
        """Unseen first (in set order); then due reviews; then the longest-unseen question.

        Never the last question again, nor one written from the same sentence, while any
        other question is left: those are preferred even over unseen ones.
        """
        pool = list(sentences)  # in file order
        last = last_delivered_question(session, chat_id=place.id, user_id=user_id)
        twin = sentences.get(last) if last is not None else None
        others = [q for q in pool if q != last]
        candidates = [q for q in others if twin is None or sentences[q] != twin] or others or pool
        delivered = delivered_question_ids(
            session, set_id=set_id, chat_id=place.id, user_id=user_id
        )
        for question_id in candidates:
            if question_id not in delivered:
                return question_id
        if user_id is not None:
            # One query for the user's review cards, earliest due first, each flagged "due".
            allowed = set(candidates)
            queue = review_queue(session, user_id=user_id, set_id=set_id, now=now)
            for question_id, due in queue:
                if due and question_id in allowed:
                    return question_id
            # Sent but never answered: nothing to schedule yet, so it is due now.
            reviewed = {question_id for question_id, _ in queue}
            for question_id in candidates:
                if question_id not in reviewed:
                    return question_id
            for question_id, _ in queue:
                if question_id in allowed:
                    return question_id
        return min(candidates, key=lambda q: delivered.get(q, 0))

    def attach_message(self, delivery_id: int, message_id: int, poll_id: str | None = None) -> None:
        """Remember the Telegram message (and poll) that carries a delivery."""
        with session_scope(self.engine) as session:
            attach_message(session, delivery_id, message_id=message_id, poll_id=poll_id)

    # --- answering -----------------------------------------------------------------------

    def answer(self, delivery_id: int, player: Player, position: int) -> AnswerOutcome:
        """Judge a press on option `position` (as shown) of a private delivery."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = answer_context(session, delivery_id=delivery_id)
            # Buttons carry private questions only; a group's question is a poll, answered in
            # the poll (a forged button naming it must not score in a group one is not in).
            if found is None or found.chat_type != PRIVATE:
                return AnswerOutcome(AnswerStatus.UNKNOWN)
            owner = found.user_id if found.user_id is not None else found.chat_id
            if owner != player.id:
                return AnswerOutcome(AnswerStatus.NOT_YOURS, delivery_id=delivery_id)
            return self._judge(session, found, player, position, now)

    def answer_poll(self, poll_id: str, player: Player, positions: list[int]) -> AnswerOutcome:
        """Judge a quiz-poll answer from a group member."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = answer_context(session, poll_id=poll_id)
            if found is None:
                return AnswerOutcome(AnswerStatus.UNKNOWN)
            if not positions:  # a retracted vote; quiz polls cannot be retracted
                return AnswerOutcome(AnswerStatus.INVALID_OPTION, delivery_id=found.delivery_id)
            return self._judge(session, found, player, positions[0], now)

    def _judge(
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
        self._schedule_review(session, player.id, found.question_id, correct, now)
        if correct and found.trigger is Trigger.DAILY:
            local_date = daily_date_of(session, found.delivery_id)
            if local_date is not None:
                advance_daily_streak(session, user_id=player.id, local_date=local_date)
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
        self, session: Session, user_id: int, question_id: int, correct: bool, now: datetime
    ) -> None:
        """Move the user's fsrs card for the question: Good when right, Again when wrong."""
        stored = review_card(session, user_id=user_id, question_id=question_id)
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
