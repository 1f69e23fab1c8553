"""The quiz game: the sets and which question comes next (answers.py judges). No Telegram here."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from fsrs import Scheduler
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.answers import PLAY_ID as PLAY_ID
from bot.service.answers import PLAY_SCOPE as PLAY_SCOPE
from bot.service.answers import Answering
from bot.service.answers import AnswerOutcome as AnswerOutcome
from bot.service.answers import AnswerStatus as AnswerStatus
from bot.service.answers import register_in as register_in
from bot.service.types import (
    Place,
    Player,
    SetFallback,
    ShownQuestion,
    Trigger,
    options_as_shown,
)
from db.chats import active_set_id, set_active_set
from db.deliveries import (
    attach_message,
    create_delivery,
    delivered_question_ids,
    last_delivered_question,
)
from db.engine import session_scope
from db.models import QuestionSetRow, utcnow
from db.reviews import live_question_sources, review_queue
from db.sets import (
    count_players_by_set,
    first_live_set,
    get_question,
    get_set,
    get_set_by_id,
    list_sets,
    live_questions,
    live_set,
)
from questions.schema import normalise

Clock = Callable[[], datetime]


def sentence_of(source: str | None, explanation: str | None) -> str | None:
    """Return what a question was written from: its source sentence, else its explanation."""
    # Questions from one sentence give each other away (one asks for the date, the next has
    # it in its text), and explanations quote that sentence.
    text = source or explanation
    return normalise(text) if text else None


class NoQuestion(Enum):
    """Why no question could be picked."""

    NO_SETS = "no_sets"
    EMPTY_SET = "empty_set"


@dataclass(frozen=True)
class SetChoice:
    """A set as offered to a chat."""

    slug: str
    title: str
    questions: int
    active: bool
    players: int | None = None


@dataclass
class QuizService(Answering):
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

    # --- sets ----------------------------------------------------------------------------

    def _default_set(self, session: Session) -> QuestionSetRow | None:
        """Return the configured default set, else the first live set by slug."""
        if self.default_set_slug:
            chosen = live_set(session, self.default_set_slug)
            if chosen is not None:
                return chosen
        return first_live_set(session)

    def _active_set(
        self, session: Session, chat_id: int, *, persist: bool = True
    ) -> tuple[QuestionSetRow | None, SetFallback | None]:
        """Return the chat's set, falling back to the default (said once) if it was retired.

        With persist=False nothing is saved, so the fallback is still told at the next question.
        """
        chosen = active_set_id(session, chat_id)
        if chosen is None:
            return self._default_set(session), None
        current = get_set_by_id(session, chosen)
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
            return self.deliver_in(
                session,
                place.id,
                user_id,
                picked,
                qset,
                trigger=trigger,
                now=now,
                fallback=fallback,
            )

    def deliver_in(
        self,
        session: Session,
        chat_id: int,
        user_id: int | None,
        question_id: int,
        qset: QuestionSetRow,
        *,
        trigger: Trigger,
        now: datetime,
        fallback: SetFallback | None = None,
    ) -> ShownQuestion:
        """Shuffle a question's options and record its delivery, inside an open session."""
        question = get_question(session, question_id)
        assert question is not None and question.id is not None
        order = list(range(len(question.options)))
        self.rng.shuffle(order)
        shown = options_as_shown(order, question.options, question.correct_index)
        assert shown is not None  # the order was drawn from this very question
        options, correct_position = shown
        delivery = create_delivery(
            session,
            chat_id=chat_id,
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

    def active_set_in(
        self, session: Session, chat_id: int
    ) -> tuple[QuestionSetRow | None, SetFallback | None]:
        """Return the chat's set inside an open session (the default if it was retired)."""
        return self._active_set(session, chat_id)

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
