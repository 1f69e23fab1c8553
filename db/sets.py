"""Data access for question sets: look up, list, export, retire (db/set_store.py stores them)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.models import Answer, Chat, QuestionRow, QuestionSetRow, utcnow
from db.raw import fetch_first
from questions import schema


@dataclass(frozen=True)
class SetSummary:
    """One line of the set list: slug, title and live question count."""

    id: int
    slug: str
    title: str
    questions: int
    retired: bool


def get_set(session: Session, slug: str, *, include_retired: bool = False) -> QuestionSetRow | None:
    """Return the set with this slug, or None."""
    query = select(QuestionSetRow).where(QuestionSetRow.slug == slug)
    if not include_retired:
        query = query.where(col(QuestionSetRow.retired_at).is_(None))
    return session.exec(query).first()


# The reads of every question asked return rows not attached to the session (db/raw.py):
# loading them through the ORM cost more than the rest of picking a question.


def get_set_by_id(session: Session, set_id: int) -> QuestionSetRow | None:
    """Return a set by id, retired or not (read-only)."""
    return fetch_first(session, QuestionSetRow, "WHERE id = :id", {"id": set_id})


def live_set(session: Session, slug: str) -> QuestionSetRow | None:
    """Return the live set with this slug, or None (read-only)."""
    return fetch_first(
        session, QuestionSetRow, "WHERE slug = :slug AND retired_at IS NULL", {"slug": slug}
    )


def first_live_set(session: Session) -> QuestionSetRow | None:
    """Return the live set that comes first by slug (the default when none is configured)."""
    tail = "WHERE retired_at IS NULL ORDER BY slug LIMIT 1"
    return fetch_first(session, QuestionSetRow, tail, {})


def get_question(session: Session, question_id: int) -> QuestionRow | None:
    """Return a question by id (read-only)."""
    return fetch_first(session, QuestionRow, "WHERE id = :id", {"id": question_id})


def find_set_by_article(session: Session, article_hash: str) -> QuestionSetRow | None:
    """Return the live set generated from the article with this hash (the newest), or None."""
    return session.exec(
        select(QuestionSetRow)
        .where(
            QuestionSetRow.article_hash == article_hash, col(QuestionSetRow.retired_at).is_(None)
        )
        .order_by(col(QuestionSetRow.updated_at).desc(), col(QuestionSetRow.id).desc())
    ).first()


def list_sets(session: Session, *, include_retired: bool = False) -> list[SetSummary]:
    """List sets with the number of live questions each, by slug."""
    count = (
        select(func.count())
        .where(QuestionRow.set_id == QuestionSetRow.id, col(QuestionRow.retired_at).is_(None))
        .scalar_subquery()
    )
    query = select(QuestionSetRow, count).order_by(col(QuestionSetRow.slug))
    if not include_retired:
        query = query.where(col(QuestionSetRow.retired_at).is_(None))
    return [
        SetSummary(
            id=qs.id or 0,
            slug=qs.slug,
            title=qs.title,
            questions=int(n),
            retired=qs.retired_at is not None,
        )
        for qs, n in session.exec(query)
    ]


def count_players_by_set(session: Session) -> dict[int, int]:
    """Return how many distinct users answered questions of each set."""
    query = (
        select(QuestionRow.set_id, func.count(sa.distinct(col(Answer.user_id))))
        .join(Answer, col(Answer.question_id) == col(QuestionRow.id))
        .group_by(col(QuestionRow.set_id))
    )
    return {set_id: int(n) for set_id, n in session.exec(query)}


def live_questions(session: Session, set_id: int) -> list[QuestionRow]:
    """Return the set's questions that are not retired, in file order."""
    return list(
        session.exec(
            select(QuestionRow)
            .where(QuestionRow.set_id == set_id, col(QuestionRow.retired_at).is_(None))
            .order_by(col(QuestionRow.position))
        )
    )


def export_set(session: Session, slug: str) -> schema.QuestionSet | None:
    """Return a stored set in the canonical schema (for YAML export), or None."""
    row = get_set(session, slug, include_retired=True)
    if row is None or row.id is None:
        return None
    return schema.QuestionSet(
        slug=row.slug,
        title=row.title,
        source=row.source,
        language=row.language,
        article_hash=row.article_hash,
        questions=tuple(
            schema.Question(
                text=q.text,
                options=tuple(q.options),
                answer=q.correct_index,
                explanation=q.explanation,
                source=q.source_sentence,
                tags=tuple(q.tags),
                id=q.key,
            )
            for q in live_questions(session, row.id)
        ),
    )


def retire_set(
    session: Session, slug: str, *, now: datetime | None = None
) -> QuestionSetRow | None:
    """Mark a set retired so it is no longer offered; answers and scores stay."""
    row = get_set(session, slug)
    if row is None:
        return None
    row.retired_at = now or utcnow()
    session.add(row)
    session.flush()
    return row


def chats_using_set(session: Session, set_id: int) -> list[int]:
    """Return the ids of chats whose active set is this one."""
    return list(session.exec(select(Chat.id).where(Chat.active_set_id == set_id)))


def iter_live_questions(
    session: Session, set_id: int, *, batch: int = 1_000
) -> Iterator[schema.Question]:
    """Yield a set's live questions in file order, fetched `batch` rows at a time."""
    table: sa.Table = QuestionRow.__table__  # type: ignore[attr-defined]
    query = (
        sa.select(
            table.c.text,
            table.c.options,
            table.c.correct_index,
            table.c.explanation,
            table.c.source_sentence,
            table.c.tags,
            table.c.key,
        )
        .where(table.c.set_id == set_id, table.c.retired_at.is_(None))
        .order_by(table.c.position)
    )
    rows = session.connection().execution_options(stream_results=True, yield_per=batch)
    for text, options, answer, explanation, source, tags, key in rows.execute(query):
        yield schema.Question(
            text=text,
            options=tuple(options),
            answer=answer,
            explanation=explanation,
            source=source,
            tags=tuple(tags),
            id=key,
        )
