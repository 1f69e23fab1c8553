"""Data access for play: deliveries, answers, spaced-repetition reviews and running scores."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, func, select

from db.boards import add_points
from db.models import (
    Answer,
    Delivery,
    Question,
    Review,
    Score,
    ScoreBucket,
)


def create_delivery(
    session: Session,
    *,
    chat_id: int,
    question_id: int,
    user_id: int | None,
    option_order: list[int],
    trigger: str,
    now: datetime,
) -> Delivery:
    """Record a question about to be sent to a chat, with the option order it will show."""
    delivery = Delivery(
        chat_id=chat_id,
        question_id=question_id,
        user_id=user_id,
        option_order=option_order,
        trigger=trigger,
        sent_at=now,
    )
    session.add(delivery)
    session.flush()
    return delivery


def attach_message(
    session: Session, delivery_id: int, *, message_id: int, poll_id: str | None = None
) -> None:
    """Remember which Telegram message (and poll) carries a delivery."""
    delivery = session.get(Delivery, delivery_id)
    if delivery is not None:
        delivery.message_id = message_id
        delivery.poll_id = poll_id
        session.add(delivery)


def get_delivery(session: Session, delivery_id: int) -> Delivery | None:
    """Return a delivery by id."""
    return session.get(Delivery, delivery_id)


def get_delivery_by_poll(session: Session, poll_id: str) -> Delivery | None:
    """Return the delivery carried by a quiz poll."""
    return session.exec(select(Delivery).where(Delivery.poll_id == poll_id)).first()


def last_delivered_question(session: Session, *, chat_id: int, user_id: int | None) -> int | None:
    """Return the question most recently sent to this player in this chat (or to the chat)."""
    query = select(Delivery.question_id).where(Delivery.chat_id == chat_id)
    if user_id is not None:
        query = query.where(Delivery.user_id == user_id)
    return session.exec(query.order_by(col(Delivery.id).desc()).limit(1)).first()


def delivered_question_ids(
    session: Session, *, set_id: int, chat_id: int | None, user_id: int | None
) -> dict[int, int]:
    """Map each question of the set sent to the user (or the chat) to its last delivery id."""
    query = (
        select(Delivery.question_id, func.max(Delivery.id))
        .join(Question, col(Question.id) == col(Delivery.question_id))
        .where(Question.set_id == set_id)
        .group_by(col(Delivery.question_id))
    )
    if user_id is not None:
        query = query.where(Delivery.user_id == user_id)
    else:
        query = query.where(Delivery.chat_id == chat_id)
    return {qid: int(last or 0) for qid, last in session.exec(query)}


def due_reviews(session: Session, *, user_id: int, set_id: int, now: datetime) -> list[Review]:
    """Return the user's review cards of this set that are due, earliest first."""
    return list(
        session.exec(
            select(Review)
            .join(Question, col(Question.id) == col(Review.question_id))
            .where(
                Review.user_id == user_id,
                Question.set_id == set_id,
                col(Question.retired_at).is_(None),
                col(Review.due_at) <= now,
            )
            .order_by(col(Review.due_at), col(Review.question_id))
        )
    )


def all_reviews(session: Session, *, user_id: int, set_id: int) -> list[Review]:
    """Return all the user's review cards of this set, earliest due first."""
    return list(
        session.exec(
            select(Review)
            .join(Question, col(Question.id) == col(Review.question_id))
            .where(
                Review.user_id == user_id,
                Question.set_id == set_id,
                col(Question.retired_at).is_(None),
            )
            .order_by(col(Review.due_at), col(Review.question_id))
        )
    )


def get_review(session: Session, *, user_id: int, question_id: int) -> Review | None:
    """Return the user's review card for a question."""
    return session.get(Review, (user_id, question_id))


def save_review(
    session: Session,
    *,
    user_id: int,
    question_id: int,
    card: dict[str, Any],
    due_at: datetime,
    last_correct: bool,
) -> None:
    """Store the user's review card for a question."""
    review = session.get(Review, (user_id, question_id))
    if review is None:
        review = Review(
            user_id=user_id,
            question_id=question_id,
            card=card,
            due_at=due_at,
            last_correct=last_correct,
        )
    else:
        review.card = card
        review.due_at = due_at
        review.last_correct = last_correct
    session.add(review)


def has_scored(session: Session, *, user_id: int, question_id: int) -> bool:
    """Return True if the user already earned the point for this question."""
    query = select(Answer.id).where(
        Answer.user_id == user_id, Answer.question_id == question_id, Answer.points > 0
    )
    return session.exec(query.limit(1)).first() is not None


def get_answer(session: Session, *, delivery_id: int, user_id: int) -> Answer | None:
    """Return the user's answer to a delivery, if any."""
    return session.exec(
        select(Answer).where(Answer.delivery_id == delivery_id, Answer.user_id == user_id)
    ).first()


@dataclass(frozen=True)
class RecordedAnswer:
    """An answer as stored, with the scores it changed (one per scope, in the order given)."""

    answer: Answer
    scores: tuple[Score, ...]


class AlreadyAnswered(Exception):
    """Raised when the user has answered this delivery before; the database refused a second."""


def _bump_bucket(session: Session, scope: int, points: int, delta: int) -> None:
    """Move one user in or out of the count of users with `points` in a scope."""
    bucket = session.get(ScoreBucket, (scope, points))
    if bucket is None:
        bucket = ScoreBucket(scope=scope, points=points, users=0)
    bucket.users += delta
    session.add(bucket)


def _apply_to_score(
    session: Session, *, scope: int, user_id: int, correct: bool, points: int, now: datetime
) -> Score:
    """Add one answer to a user's running totals in one scope."""
    score = session.get(Score, (scope, user_id))
    if score is None:
        score = Score(scope=scope, user_id=user_id, reached_at=now)
        _bump_bucket(session, scope, 0, +1)
    before = score.points
    score.answered += 1
    if correct:
        score.correct += 1
        score.current_streak += 1
        score.best_streak = max(score.best_streak, score.current_streak)
    else:
        score.current_streak = 0
    if points:
        score.points += points
        score.reached_at = now
        _bump_bucket(session, scope, before, -1)
        _bump_bucket(session, scope, score.points, +1)
        add_points(session, scope=scope, user_id=user_id, points=points, now=now)
    session.add(score)
    return score


def record_answer(
    session: Session,
    *,
    delivery: Delivery,
    user_id: int,
    chosen_index: int,
    correct: bool,
    scopes: tuple[int, ...],
    now: datetime,
) -> RecordedAnswer:
    """Store a user's first answer to a delivery and update their scores; raise AlreadyAnswered."""
    assert delivery.id is not None
    earns = correct and not has_scored(session, user_id=user_id, question_id=delivery.question_id)
    answer = Answer(
        delivery_id=delivery.id,
        user_id=user_id,
        question_id=delivery.question_id,
        scope=scopes[-1],
        chosen_index=chosen_index,
        correct=correct,
        points=1 if earns else 0,
        answered_at=now,
    )
    try:
        with session.begin_nested():
            session.add(answer)
            session.flush()
    except IntegrityError as exc:
        if get_answer(session, delivery_id=delivery.id, user_id=user_id) is not None:
            raise AlreadyAnswered from exc
        # Another delivery of the same question scored first (a race on PostgreSQL): practice.
        answer = Answer(**{**answer.model_dump(exclude={"id"}), "points": 0})
        with session.begin_nested():
            session.add(answer)
            session.flush()
    scores = tuple(
        _apply_to_score(
            session, scope=scope, user_id=user_id, correct=correct, points=answer.points, now=now
        )
        for scope in scopes
    )
    return RecordedAnswer(answer=answer, scores=scores)


def get_score(session: Session, *, scope: int, user_id: int) -> Score | None:
    """Return a user's running totals in a scope."""
    return session.get(Score, (scope, user_id))


def rank_of(session: Session, *, scope: int, points: int) -> tuple[int, int]:
    """Return (rank, players tied) for a points total: ties share a rank (1, 2, 2, 4)."""
    above = session.exec(
        select(func.coalesce(func.sum(ScoreBucket.users), 0)).where(
            ScoreBucket.scope == scope, ScoreBucket.points > points
        )
    ).one()
    tied = session.get(ScoreBucket, (scope, points))
    return int(above) + 1, tied.users if tied is not None else 0


def players_in_scope(session: Session, *, scope: int) -> int:
    """Return how many users have a score in this scope."""
    total = session.exec(
        select(func.coalesce(func.sum(ScoreBucket.users), 0)).where(ScoreBucket.scope == scope)
    ).one()
    return int(total)


def top_scores(session: Session, *, scope: int, limit: int = 10) -> list[Score]:
    """Return the best scores of a scope (points > 0): most points, then who got there first."""
    return list(
        session.exec(
            select(Score)
            .where(Score.scope == scope, Score.points > 0)
            .order_by(col(Score.points).desc(), col(Score.reached_at), col(Score.user_id))
            .limit(limit)
        )
    )


def daily_date_of(session: Session, delivery_id: int) -> date | None:
    """Return the subscriber's local date a daily delivery was sent for, or None."""
    from db.models import DailyDelivery

    row = session.exec(
        select(DailyDelivery).where(DailyDelivery.delivery_id == delivery_id)
    ).first()
    return row.local_date if row is not None else None


def advance_daily_streak(session: Session, *, user_id: int, local_date: date) -> None:
    """Count a correct daily answer: consecutive local days extend the streak, a gap resets it."""
    from datetime import timedelta

    from db.models import User

    user = session.get(User, user_id)
    if user is None or user.last_daily_date == local_date:
        return
    if user.last_daily_date is not None and user.last_daily_date > local_date:
        return  # an older day's question answered late cannot extend today's streak
    yesterday = local_date - timedelta(days=1)
    user.daily_streak = user.daily_streak + 1 if user.last_daily_date == yesterday else 1
    user.best_daily_streak = max(user.best_daily_streak, user.daily_streak)
    user.last_daily_date = local_date
    session.add(user)
