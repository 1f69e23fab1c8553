"""Storing a question set: a re-import keeps unchanged questions' ids and retires removed ones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

from sqlmodel import Session, select

from db.models import QuestionRow, QuestionSetRow, utcnow
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
