"""Big imports in short transactions: stage new questions hidden, then publish all at once.

A 70,000-question file stored in one transaction held SQLite's write lock for seconds, and
every player's answer waited behind it. Here the new questions are inserted in chunks,
each its own short transaction, retired at the import's own timestamp so no player can be
given one; a last transaction un-retires exactly those rows and applies the changes to stored
questions and the set, so players see the old set or the new one, never a mix. The questions of a
new set are inserted live under the still hidden set, so publishing it is one row. A crash
before that leaves only hidden rows, which the next import of the set reuses.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, col, select

from db.models import QuestionRow, QuestionSetRow
from db.set_store import ImportReport, _content, match_questions
from questions import schema

_QUESTIONS: sa.Table = QuestionRow.__table__  # type: ignore[attr-defined]
_BY_ID = _QUESTIONS.c.id == sa.bindparam("b_id")


@dataclass(frozen=True)
class ImportPlan:
    """How a big import changes a set, worked out from one read of its stored questions."""

    set_id: int | None  # None: a new set, created (hidden) by the first staging transaction
    created: bool
    new: list[tuple[int, schema.Question]]  # (position, question) to insert
    changed: list[dict[str, object]]  # column values for stored rows whose content changed
    moved: list[dict[str, object]]  # id, key and position for the other matched rows
    retire: list[int]  # ids of live stored rows the file no longer has
    unchanged: int
    details_changed: bool = False  # title, source, language, or a deleted set brought back


_STORED_COLUMNS = (
    "id",
    "key",
    "text",
    "options",
    "correct_index",
    "explanation",
    "source_sentence",
    "tags",
    "retired_at",
    "position",
)


def plan_import(session: Session, qset: schema.QuestionSet) -> ImportPlan:
    """Match a set's questions to the stored ones, as `store_set` does, without writing."""
    row = session.exec(select(QuestionSetRow).where(QuestionSetRow.slug == qset.slug)).first()
    stored = (
        session.connection()
        .execute(
            sa.select(*(_QUESTIONS.c[name] for name in _STORED_COLUMNS)).where(
                _QUESTIONS.c.set_id == row.id
            )
        )
        .all()
        if row is not None
        else []
    )
    matches, claimed = match_questions(stored, qset.questions)
    new: list[tuple[int, schema.Question]] = []
    changed: list[dict[str, object]] = []
    moved: list[dict[str, object]] = []
    unchanged = 0
    for position, (question, match) in enumerate(zip(qset.questions, matches, strict=True)):
        if match is None:
            new.append((position, question))
            continue
        same = (
            match.text,
            list(match.options),
            match.correct_index,
            match.explanation,
            match.source_sentence,
            list(match.tags),
        ) == _content(question, position)
        if same and match.retired_at is None:
            unchanged += 1
            if match.key != question.key or match.position != position:
                moved.append({"b_id": match.id, "key": question.key, "position": position})
        else:
            changed.append({"b_id": match.id, **_columns(question, position)})
    retire = [r.id for r in stored if r.id not in claimed and r.retired_at is None]
    details_changed = row is not None and (
        row.title,
        row.source,
        row.language,
        row.retired_at,
    ) != (qset.title, qset.source, qset.language, None)
    return ImportPlan(
        set_id=row.id if row is not None else None,
        created=row is None,
        details_changed=details_changed,
        new=new,
        changed=changed,
        moved=moved,
        retire=retire,
        unchanged=unchanged,
    )


def _columns(question: schema.Question, position: int) -> dict[str, object]:
    """Return a question's stored columns (without set, id and times)."""
    return {
        "key": question.key,
        "position": position,
        "text": question.text,
        "options": list(question.options),
        "correct_index": question.answer,
        "explanation": question.explanation,
        "source_sentence": question.source,
        "tags": list(question.tags),
    }


def create_hidden_set(session: Session, qset: schema.QuestionSet, stamp: datetime) -> int:
    """Create a new set that players cannot see yet (retired at `stamp`); return its id."""
    row = QuestionSetRow(
        slug=qset.slug,
        title=qset.title,
        source=qset.source,
        language=qset.language,
        created_at=stamp,
        updated_at=stamp,
        retired_at=stamp,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    return row.id


def stage_questions(
    session: Session,
    set_id: int,
    new: list[tuple[int, schema.Question]],
    stamp: datetime,
    *,
    hidden: bool = True,
) -> None:
    """Insert new questions; hidden ones are retired at `stamp` until the import is published.

    The questions of a set created by this import need no hiding: the whole set is.
    """
    if new:
        retired = stamp if hidden else None
        session.connection().execute(
            sa.insert(_QUESTIONS),
            [
                {"set_id": set_id, **_columns(q, at), "retired_at": retired, "updated_at": stamp}
                for at, q in new
            ],
        )


def publish_import(
    session: Session, qset: schema.QuestionSet, plan: ImportPlan, set_id: int, stamp: datetime
) -> ImportReport:
    """Make a staged import visible in one transaction: the set with its new, changed, moved
    and retired questions all at once."""
    session.execute(
        sa.update(QuestionSetRow)
        .where(col(QuestionSetRow.id) == set_id)
        .values(
            title=qset.title,
            source=qset.source,
            language=qset.language,
            retired_at=None,
            updated_at=stamp,
            # A file without a hash (edited by hand, say) keeps the stored one, as store_set.
            **({"article_hash": qset.article_hash} if qset.article_hash else {}),
        )
    )
    run = session.connection().execute
    # The staged rows are the only ones retired at exactly this instant (so this goes first).
    run(
        sa.update(_QUESTIONS)
        .where(_QUESTIONS.c.set_id == set_id, _QUESTIONS.c.retired_at == stamp)
        .values(retired_at=None)
    )
    if plan.changed:
        values: dict[str, Any] = {
            name: sa.bindparam(name) for name in plan.changed[0] if name != "b_id"
        }
        run(
            # A fixed question is served again, and the flags it had are dealt with (as store_set).
            sa.update(_QUESTIONS)
            .where(_BY_ID)
            .values(
                **values,
                retired_at=None,
                updated_at=stamp,
                paused_at=None,
                flags_reviewed_at=stamp,
            ),
            plan.changed,
        )
    if plan.moved:
        update = sa.update(_QUESTIONS).where(_BY_ID)
        run(update.values(key=sa.bindparam("key"), position=sa.bindparam("position")), plan.moved)
    if plan.retire:
        run(
            sa.update(_QUESTIONS).where(_BY_ID).values(retired_at=stamp, updated_at=stamp),
            [{"b_id": question_id} for question_id in plan.retire],
        )
    return ImportReport(
        slug=qset.slug,
        title=qset.title,
        set_id=set_id,
        created=plan.created,
        added=len(plan.new),
        updated=len(plan.changed),
        retired=len(plan.retire),
        unchanged=plan.unchanged,
        details_changed=plan.details_changed,
    )
