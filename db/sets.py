"""Data access for question sets: store (re-import keeping history), list, export, retire."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

import sqlalchemy as sa
from sqlmodel import Session, col, func, select

from db.models import Answer, Chat, QuestionRow, QuestionSetRow, utcnow
from db.raw import fetch_first
from questions import schema


@dataclass(frozen=True)
class ImportReport:
    """What storing a set changed: questions added, updated, retired and left as they were."""

    slug: str
    title: str
    set_id: int
    created: bool
    added: int
    updated: int
    retired: int
    unchanged: int
    details_changed: bool = False  # title, source, language, or a deleted set brought back

    @property
    def nothing_changed(self) -> bool:
        """Return True when storing the set changed nothing at all."""
        return not (
            self.created or self.details_changed or self.added or self.updated or self.retired
        )

    @property
    def total(self) -> int:
        """Return the number of live questions the set has now."""
        return self.added + self.updated + self.unchanged


@dataclass(frozen=True)
class SetSummary:
    """One line of the set list: slug, title and live question count."""

    id: int
    slug: str
    title: str
    questions: int
    retired: bool


def _content(question: schema.Question, position: int) -> tuple[object, ...]:
    """Return the fields whose change makes a stored question 'updated'."""
    return (
        question.text,
        list(question.options),
        question.answer,
        question.explanation,
        question.source,
        list(question.tags),
    )


def _stored_content(row: QuestionRow) -> tuple[object, ...]:
    """Return the same fields as `_content` for a stored row."""
    return (
        row.text,
        list(row.options),
        row.correct_index,
        row.explanation,
        row.source_sentence,
        list(row.tags),
    )


class StoredQuestion(Protocol):
    """What matching needs of a stored question (an ORM row or a plain result row)."""

    @property
    def id(self) -> int | None:
        """Return the row id."""

    @property
    def key(self) -> str:
        """Return the question's stable key."""

    @property
    def text(self) -> str:
        """Return the question text."""


Stored = TypeVar("Stored", bound=StoredQuestion)


def match_questions(
    existing: Sequence[Stored], questions: Sequence[schema.Question]
) -> tuple[list[Stored | None], set[int | None]]:
    """Pair each incoming question with the stored one it updates (or None); return the pairs
    and the ids of the stored questions taken."""
    by_key = {q.key: q for q in existing}
    by_text = {schema.normalise(q.text): q for q in existing}
    # Match every key first, then by text among the rows left over: a row is only renamed to a
    # key no row holds, so UNIQUE (set_id, key) cannot fail when ids move between questions.
    matches = [by_key.get(question.key) for question in questions]
    claimed = {match.id for match in matches if match is not None}
    for number, question in enumerate(questions):
        candidate = by_text.get(schema.normalise(question.text))
        if matches[number] is None and candidate is not None and candidate.id not in claimed:
            matches[number] = candidate
            claimed.add(candidate.id)
    return matches, claimed


def store_set(
    session: Session, qset: schema.QuestionSet, *, now: datetime | None = None
) -> ImportReport:
    """Insert or update a set by slug; unchanged questions keep their ids, removed ones retire."""
    now = now or utcnow()
    row = session.exec(select(QuestionSetRow).where(QuestionSetRow.slug == qset.slug)).first()
    created = row is None
    if row is None:
        row = QuestionSetRow(slug=qset.slug, title=qset.title, created_at=now, updated_at=now)
    details_changed = (row.title, row.source, row.language, row.retired_at) != (
        qset.title,
        qset.source,
        qset.language,
        None,
    )
    row.title = qset.title
    if qset.article_hash:  # a file without one (edited by hand, say) keeps the stored one
        row.article_hash = qset.article_hash
    row.source = qset.source
    row.language = qset.language
    row.retired_at = None
    row.updated_at = now
    session.add(row)
    session.flush()
    assert row.id is not None

    existing = list(session.exec(select(QuestionRow).where(QuestionRow.set_id == row.id)))
    matches, claimed = match_questions(existing, qset.questions)
    added = updated = unchanged = 0
    for position, (question, match) in enumerate(zip(qset.questions, matches, strict=True)):
        if match is None:
            session.add(
                QuestionRow(
                    set_id=row.id,
                    key=question.key,
                    position=position,
                    text=question.text,
                    options=list(question.options),
                    correct_index=question.answer,
                    explanation=question.explanation,
                    source_sentence=question.source,
                    tags=list(question.tags),
                    updated_at=now,
                )
            )
            added += 1
            continue
        if _stored_content(match) == _content(question, position) and match.retired_at is None:
            unchanged += 1
        else:
            updated += 1
            match.text = question.text
            match.options = list(question.options)
            match.correct_index = question.answer
            match.explanation = question.explanation
            match.source_sentence = question.source
            match.tags = list(question.tags)
            match.retired_at = None
            match.updated_at = now
            # A fixed question is served again, and the flags it had are dealt with.
            match.paused_at = None
            match.flags_reviewed_at = now
        match.key = question.key
        match.position = position
        session.add(match)
    retired = 0
    for old in existing:
        if old.id not in claimed and old.retired_at is None:
            # Retire rather than delete: answers and scores keep pointing at the question.
            old.retired_at = now
            session.add(old)
            retired += 1
    session.flush()
    return ImportReport(
        slug=qset.slug,
        title=qset.title,
        set_id=row.id,
        created=created,
        added=added,
        updated=updated,
        retired=retired,
        unchanged=unchanged,
        details_changed=details_changed and not created,
    )


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
