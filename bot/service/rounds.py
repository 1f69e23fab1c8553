"""Rounds (/game): N questions in a row, timed, with speed points and standings. No Telegram.

A round is a small state machine kept in the database (db/rounds.py): "waiting" for its next
question until `next_at`, "asking" question `position` until `next_at` (or until every player
answered), "finished". `step` performs the one due transition, claimed in the database before
anything is sent, so a restart, or two callers at once, never sends a question twice.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session

from bot.service.quiz import register_in
from bot.service.round_answers import RoundAnswers
from bot.service.round_types import (
    LEAD,
    MIN_SLOT,
    SEND_GRACE,
    Ask,
    Close,
    Finish,
    Refused,
    Started,
    Step,
    Where,
)
from bot.service.types import Place, Player, Trigger
from db.answers import answer_context
from db.chats import move_chat
from db.deliveries import attach_message, delivered_question_ids
from db.engine import read_scope, session_scope
from db.models import Round
from db.reviews import live_question_sources
from db.round_players import everyone_answered, join_round, missed_questions, standings
from db.rounds import (
    RoundRunning,
    active_round,
    claim_ask,
    claim_close,
    claim_finish,
    create_round,
    due_rounds,
    get_round,
    get_round_question,
    mark_sent,
    move_rounds,
)
from db.sets import get_set_by_id

Clock = Callable[[], datetime]


def _where(found: Round) -> Where:
    """Describe where a round plays."""
    assert found.id is not None
    return Where(
        found.id,
        found.chat_id,
        found.user_id is not None,
        found.language,
        found.size,
        found.seconds,
    )


@dataclass
class RoundService(RoundAnswers):
    """Start, advance, answer and stop rounds; every call is one short transaction."""

    # A group's pacing (ROUND_LEAD_SECONDS, ROUND_MIN_QUESTION_SECONDS).
    lead: timedelta = LEAD
    min_slot: timedelta = MIN_SLOT

    # --- starting and stopping -----------------------------------------------------------

    def start(
        self, place: Place, starter: Player, size: int, seconds: int | None, language: str
    ) -> Started | Refused:
        """Store a round of `size` questions from the chat's set; the first is due soon."""
        now = self.clock()
        with session_scope(self.engine) as session:
            register_in(session, starter, place, now)
            if active_round(session, place.id) is not None:
                return Refused.RUNNING
            qset, _ = self.quiz.active_set_in(session, place.id)
            if qset is None or qset.id is None:
                return Refused.NO_SETS
            user_id = None if place.is_group else starter.id
            picked = self._pick(session, qset.id, place.id, user_id, size)
            if not picked:
                return Refused.EMPTY_SET
            try:
                stored = create_round(
                    session,
                    chat_id=place.id,
                    user_id=user_id,
                    started_by=starter.id,
                    set_id=qset.id,
                    question_ids=picked,
                    seconds=seconds,
                    language=language,
                    first_at=now + self.lead if place.is_group else now,
                    now=now,
                )
            except RoundRunning:
                return Refused.RUNNING
            assert stored.id is not None
            lead = int(self.lead.total_seconds())
            return Started(stored.id, qset.title, len(picked), seconds, size, lead)

    @staticmethod
    def _pick(
        session: Session, set_id: int, chat_id: int, user_id: int | None, size: int
    ) -> list[int]:
        """Pick the questions least recently seen here, never seen first, in set order."""
        pool = [question_id for question_id, _, _ in live_question_sources(session, set_id)]
        seen = delivered_question_ids(session, set_id=set_id, chat_id=chat_id, user_id=user_id)
        order = {question_id: index for index, question_id in enumerate(pool)}
        ranked = sorted(pool, key=lambda q: (seen.get(q, 0), order[q]))
        chosen = set(ranked[:size])
        return [question_id for question_id in pool if question_id in chosen]

    def stop(self, chat_id: int) -> Finish | None:
        """End the chat's round now with the standings so far; None if none is running."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = active_round(session, chat_id)
            if found is None or found.id is None:
                return None
            open_message = None
            if found.phase == "asking":
                current = get_round_question(session, found.id, found.position)
                open_message = current.message_id if current is not None else None
            if not claim_finish(session, round_id=found.id, now=now, stopped=True):
                return None
            return self._finish(session, found, stopped=True, open_message_id=open_message)

    def running(self, chat_id: int) -> bool:
        """Return True while the chat has a round."""
        with read_scope(self.engine) as session:
            return active_round(session, chat_id) is not None

    def join(self, chat_id: int, player: Player) -> bool | None:
        """Add a player to the chat's round; None if no round runs, False if already in."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = active_round(session, chat_id)
            if found is None or found.id is None:
                return None
            register_in(session, player, None, now)
            return join_round(session, round_id=found.id, user_id=player.id, now=now)

    def migrate_chat(self, old_id: int, new_id: int) -> None:
        """Carry a group and its running round to the supergroup it became."""
        now = self.clock()
        with session_scope(self.engine) as session:
            if move_chat(session, old_id, new_id, now) is not None:
                move_rounds(session, old_id, new_id)

    # --- the dispatcher's steps ----------------------------------------------------------

    def due(self, limit: int = 100) -> list[int]:
        """Return the rounds with a step due now."""
        with session_scope(self.engine) as session:
            return due_rounds(session, self.clock(), limit)

    def step(self, round_id: int) -> Step | None:
        """Claim and describe the round's due step; None when nothing is due."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = get_round(session, round_id)
            if found is None or found.phase == "finished":
                return None
            due = found.next_at is not None and found.next_at <= now
            if found.phase == "asking":
                everyone = found.user_id is None and everyone_answered(
                    session, round_id=round_id, position=found.position
                )
                return self._close(session, found, now) if due or everyone else None
            if not due:
                return None
            if found.position + 1 < found.size:
                return self._ask(session, found, now)
            if claim_finish(session, round_id=round_id, now=now, stopped=False):
                return self._finish(session, found, stopped=False, open_message_id=None)
            return None

    def _ask(self, session: Session, found: Round, now: datetime) -> Ask | None:
        """Claim the next question and record its delivery."""
        assert found.id is not None
        position = found.position + 1
        # The round keeps its own set, even if /use changed the chat's meanwhile.
        round_set = get_set_by_id(session, found.set_id)
        assert round_set is not None  # sets are retired, never deleted
        shown = self.quiz.deliver_in(
            session,
            found.chat_id,
            found.user_id,
            found.question_ids[position],
            round_set,
            trigger=Trigger.QUIZ,
            now=now,
        )
        deadline = now + timedelta(seconds=found.seconds) + SEND_GRACE if found.seconds else None
        if not claim_ask(
            session,
            round_id=found.id,
            position=position,
            delivery_id=shown.delivery_id,
            deadline=deadline,
            now=now,
        ):
            session.rollback()  # another caller sent it: drop this delivery
            return None
        return Ask(_where(found), position, shown)

    def _close(self, session: Session, found: Round, now: datetime) -> Close | None:
        """Claim closing the open question; the next one is due after the minimum slot."""
        assert found.id is not None
        current = get_round_question(session, found.id, found.position)
        started = (current.sent_at or current.claimed_at) if current is not None else now
        last = found.position + 1 >= found.size
        next_at = now if last or found.user_id is not None else max(now, started + self.min_slot)
        if not claim_close(
            session, round_id=found.id, position=found.position, next_at=next_at, now=now
        ):
            return None
        right = ""
        if current is not None:
            # Only the shown options are read here: no player's review card is wanted (id 0).
            context = answer_context(session, player_id=0, delivery_id=current.delivery_id)
            if context is not None and context.shown_options and context.shown_correct is not None:
                right = context.shown_options[context.shown_correct]
        return Close(
            _where(found),
            found.position,
            current.message_id if current is not None else None,
            last,
            standings(session, found.id),
            right,
        )

    def _finish(
        self, session: Session, found: Round, *, stopped: bool, open_message_id: int | None
    ) -> Finish:
        """Describe a round that just ended."""
        assert found.id is not None
        review: list[tuple[str, str]] = []
        if found.user_id is not None:
            for question in missed_questions(session, found.id, found.user_id):
                review.append((question.text, question.options[question.correct_index]))
        return Finish(
            _where(found),
            found.position + 1,
            stopped,
            open_message_id,
            standings(session, found.id),
            review,
        )

    def sent(self, round_id: int, position: int, message_id: int, poll_id: str | None) -> None:
        """Record that question `position` went out now; its time runs from here."""
        now = self.clock()
        with session_scope(self.engine) as session:
            found = get_round(session, round_id)
            if found is None:
                return
            deadline = now + timedelta(seconds=found.seconds) if found.seconds else None
            current = get_round_question(session, round_id, position)
            if current is not None:
                attach_message(session, current.delivery_id, message_id=message_id, poll_id=poll_id)
            mark_sent(
                session,
                round_id=round_id,
                position=position,
                message_id=message_id,
                poll_id=poll_id,
                sent_at=now,
                deadline=deadline,
            )

    def abandon(self, round_id: int) -> None:
        """End a round whose chat refuses messages (the bot was removed or blocked)."""
        with session_scope(self.engine) as session:
            claim_finish(session, round_id=round_id, now=self.clock(), stopped=True)
