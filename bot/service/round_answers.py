"""Answers in rounds (/game): speed points for a group's polls, a player's buttons in private.

Kept apart from the round's steps (bot/service/rounds.py); RoundService builds on this class.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.quiz import AnswerOutcome, AnswerStatus, QuizService, register_in
from bot.service.round_types import MAX_SECONDS, Verdict, speed_points
from bot.service.types import Player
from db.answers import answer_context, insert_answer
from db.engine import read_scope, session_scope
from db.models import GLOBAL_SCOPE, Round, RoundQuestion, utcnow
from db.round_players import everyone_answered, record_round_answer
from db.rounds import claim_close, is_round_question, question_by_delivery, question_by_poll
from db.scores import add_to_score


def _record(
    session: Session,
    played: Round,
    current: RoundQuestion,
    user_id: int,
    correct: bool,
    points: int,
    elapsed: float,
    now: datetime,
) -> None:
    """Store a player's answer to the round's current question and add it to their totals."""
    assert played.id is not None
    record_round_answer(
        session,
        round_id=played.id,
        position=current.position,
        user_id=user_id,
        correct=correct,
        points=points,
        answer_ms=max(0, round(elapsed * 1000)),
        now=now,
    )


@dataclass
class RoundAnswers:
    """Judge and score answers to the questions of rounds; one transaction each."""

    engine: Engine
    quiz: QuizService
    clock: Callable[[], datetime] = utcnow

    def answer_poll(self, poll_id: str, player: Player, positions: list[int]) -> Verdict | None:
        """Score a group member's answer to a round's poll; None if the poll is not a round's."""
        # Nearly every poll answer is a plain quiz's: find out without a writer's turn.
        with read_scope(self.engine) as session:
            if not is_round_question(session, poll_id=poll_id):
                return None
        now = self.clock()
        with session_scope(self.engine) as session:
            found = question_by_poll(session, poll_id)
            if found is None:
                return None
            played, current = found
            context = answer_context(session, player_id=player.id, delivery_id=current.delivery_id)
            assert played.id is not None and context is not None
            if not positions or context.shown_correct is None:
                return Verdict(played.id, AnswerStatus.INVALID_OPTION)
            register_in(session, player, None, now)
            correct = positions[0] == context.shown_correct
            late = current.closed_at is not None
            elapsed = (now - (current.sent_at or current.claimed_at)).total_seconds()
            seconds = played.seconds or MAX_SECONDS
            points = speed_points(elapsed, seconds) if correct and not late else 0
            # The answers table keeps every answer (reports, item analysis) and the global
            # board's one-point rule; the round's speed points go to the group's board.
            row = insert_answer(
                session,
                delivery_id=context.delivery_id,
                user_id=player.id,
                question_id=context.question_id,
                scope=played.chat_id,
                chosen_index=context.option_order[positions[0]]
                if positions[0] < len(context.option_order)
                else 0,
                correct=correct,
                now=now,
            )
            if row is None:
                return Verdict(played.id, AnswerStatus.ALREADY_ANSWERED)
            _record(session, played, current, player.id, correct, points, elapsed, now)
            add_to_score(
                session,
                scope=GLOBAL_SCOPE,
                user_id=player.id,
                correct=correct,
                points=int(row[1]),
                now=now,
            )
            add_to_score(
                session,
                scope=played.chat_id,
                user_id=player.id,
                correct=correct,
                points=points,
                now=now,
            )
            everyone = not late and everyone_answered(
                session, round_id=played.id, position=current.position
            )
            status = AnswerStatus.CORRECT if correct else AnswerStatus.WRONG
            return Verdict(played.id, status, points, late, everyone)

    def press(self, delivery_id: int, player: Player, position: int) -> Verdict | AnswerOutcome:
        """Judge a press on an answer button: a round's verdict if the question is a round's,
        else the quiz's outcome (one call, so one thread hop for the bot's busiest update)."""
        verdict = self.answer_button(delivery_id, player, position)
        return verdict if verdict is not None else self.quiz.answer(delivery_id, player, position)

    def answer_button(self, delivery_id: int, player: Player, position: int) -> Verdict | None:
        """Judge a press in a private round and make the next question due; None if not one."""
        # Nearly every press is a plain quiz's: find out without a writer's turn (SQLite).
        with read_scope(self.engine) as session:
            if not is_round_question(session, delivery_id=delivery_id):
                return None
        now = self.clock()
        with session_scope(self.engine) as session:
            found = question_by_delivery(session, delivery_id)
            if found is None:
                return None
            played, current = found
            assert played.id is not None
            if played.user_id != player.id or current.closed_at is not None:
                return None  # not theirs, or timed out: the quiz's own notice says so
            context = answer_context(session, player_id=player.id, delivery_id=delivery_id)
            assert context is not None
            outcome = self.quiz.judge_in(session, context, player, position, now)
            if not outcome.counted:
                return Verdict(played.id, outcome.status, outcome=outcome)
            correct = outcome.status is AnswerStatus.CORRECT
            elapsed = (now - (current.sent_at or current.claimed_at)).total_seconds()
            points = speed_points(elapsed, played.seconds) if correct and played.seconds else 0
            _record(session, played, current, player.id, correct, points, elapsed, now)
            claim_close(
                session, round_id=played.id, position=current.position, next_at=now, now=now
            )
            return Verdict(played.id, outcome.status, points, outcome=outcome)
