"""Data access for the admin tools: audience and answer statistics, broadcast recipients."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.models import Answer, Chat, DailySubscription, QuestionRow, QuestionSetRow, User


@dataclass(frozen=True)
class MissedQuestion:
    """A live question with how often it was answered and how often it was missed."""

    question_id: int
    text: str
    set_slug: str
    answers: int
    misses: int

    @property
    def miss_rate(self) -> float:
        """Return the share of answers that were wrong, 0.0 to 1.0."""
        return self.misses / self.answers if self.answers else 0.0


def count_users(session: Session, *, exclude_ids: Collection[int] = ()) -> int:
    """Count the users who have talked to the bot (minus the ids given, e.g. the terminal)."""
    query = select(func.count()).select_from(User)
    if exclude_ids:
        query = query.where(col(User.id).not_in(list(exclude_ids)))
    return int(session.exec(query).one())


def count_active_subscriptions(session: Session) -> int:
    """Count the daily subscriptions that are on, in chats the bot may still write to."""
    query = (
        select(func.count())
        .select_from(DailySubscription)
        .join(Chat, col(Chat.id) == col(DailySubscription.chat_id))
        .where(col(DailySubscription.active).is_(True), col(Chat.blocked_at).is_(None))
    )
    return int(session.exec(query).one())


def count_answers_since(
    session: Session, since: datetime, *, exclude_user_ids: Collection[int] = ()
) -> int:
    """Count the answers given at or after `since` (a range on ix_answers_answered_at)."""
    query = select(func.count()).select_from(Answer).where(col(Answer.answered_at) >= since)
    if exclude_user_ids:
        query = query.where(col(Answer.user_id).not_in(list(exclude_user_ids)))
    return int(session.exec(query).one())


def most_missed_questions(
    session: Session, *, limit: int = 5, exclude_user_ids: Collection[int] = ()
) -> list[MissedQuestion]:
    """Return the live questions missed most often; on equal misses, the higher rate first."""
    misses = func.sum(sa.case((col(Answer.correct).is_(False), 1), else_=0))
    # Aggregate answers per question first (ix_answers_question_correct), then join the few
    # question and set rows that survive, instead of joining every answer.
    excluded = [col(Answer.user_id).not_in(list(exclude_user_ids))] if exclude_user_ids else []
    per_question = (
        sa.select(
            col(Answer.question_id),
            func.count().label("answers"),
            misses.label("misses"),
        )
        .where(*excluded)
        .group_by(col(Answer.question_id))
    )
    tally = per_question.subquery()
    query = (
        sa.select(
            tally.c.question_id,
            col(QuestionRow.text),
            col(QuestionSetRow.slug),
            tally.c.answers,
            tally.c.misses,
        )
        .select_from(tally)
        .join(QuestionRow, col(QuestionRow.id) == tally.c.question_id)
        .join(QuestionSetRow, col(QuestionSetRow.id) == col(QuestionRow.set_id))
        .where(
            tally.c.misses > 0,
            col(QuestionRow.retired_at).is_(None),
            col(QuestionSetRow.retired_at).is_(None),
        )
        .order_by(
            tally.c.misses.desc(),
            (tally.c.misses * 1.0 / tally.c.answers).desc(),
            tally.c.question_id,
        )
        .limit(limit)
    )
    return [
        MissedQuestion(
            question_id=int(question_id),
            text=str(text),
            set_slug=str(slug),
            answers=int(n_answers),
            misses=int(n_misses),
        )
        for question_id, text, slug, n_answers, n_misses in session.execute(query)
    ]


def list_broadcast_chats(session: Session, *, exclude_ids: Collection[int] = ()) -> list[int]:
    """Return the private chats the bot may still write to, by id."""
    query = select(Chat.id).where(Chat.type == "private", col(Chat.blocked_at).is_(None))
    if exclude_ids:
        query = query.where(col(Chat.id).not_in(list(exclude_ids)))
    return [int(chat_id) for chat_id in session.exec(query.order_by(col(Chat.id)))]
