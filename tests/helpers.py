"""Builders for test data, so tests say what they need instead of copying rows around."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session, SQLModel, select

from bot.service.generation import GeneratorProcess
from db.models import Answer, Chat, Delivery, QuestionRow, User, utcnow
from db.set_store import store_set
from db.sets import live_questions
from questions import schema
from questions.formats import dump_json, dump_yaml

# Third-party importer fixtures (Moodle, GIFT-grammar-PEG.js) with their sources and licences.
EXTERNAL_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "external"

_ids = itertools.count(1_000_000_001)


def make_question(number: int = 1, **overrides: Any) -> schema.Question:
    """Return a valid question whose text and options are unique to `number`."""
    fields: dict[str, Any] = {
        "text": f"What is answer number {number}?",
        "options": (f"Right {number}", f"Wrong {number}a", f"Wrong {number}b"),
        "answer": 0,
        "explanation": f"Because {number} is right.",
        "tags": ("sample",),
    }
    fields.update(overrides)
    return schema.Question(**fields)


def make_set(
    n_questions: int = 3,
    *,
    slug: str = "sample",
    title: str = "Sample set",
    questions: list[schema.Question] | None = None,
    **overrides: Any,
) -> schema.QuestionSet:
    """Return a valid QuestionSet of `n_questions` distinct questions (or the ones given)."""
    if questions is None:
        questions = [make_question(i) for i in range(1, n_questions + 1)]
    return schema.QuestionSet(slug=slug, title=title, questions=tuple(questions), **overrides)


def write_file(directory: Path, name: str, content: str | bytes) -> Path:
    """Write text (UTF-8) or bytes to directory/name and return the path."""
    path = directory / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def write_yaml(
    directory: Path, qset: schema.QuestionSet | None = None, name: str | None = None
) -> Path:
    """Write a set as YAML (a three-question sample by default) and return the path."""
    qset = qset or make_set()
    return write_file(directory, name or f"{qset.slug}.yaml", dump_yaml(qset))


def write_json(
    directory: Path, qset: schema.QuestionSet | None = None, name: str | None = None
) -> Path:
    """Write a set as JSON and return the path."""
    qset = qset or make_set()
    return write_file(directory, name or f"{qset.slug}.json", dump_json(qset))


def add_questions(session: Session, qset: schema.QuestionSet | None = None) -> list[QuestionRow]:
    """Store a set (a three-question sample by default) and return its live question rows."""
    report = store_set(session, qset or make_set())
    return live_questions(session, report.set_id)


def add_user(session: Session, user_id: int | None = None, **fields: Any) -> User:
    """Insert a user and return it."""
    now = utcnow()
    user = User(
        id=user_id if user_id is not None else next(_ids),
        first_name=fields.pop("first_name", "Ada"),
        created_at=now,
        last_seen_at=now,
        **fields,
    )
    session.add(user)
    session.flush()
    return user


def add_chat(
    session: Session, chat_id: int | None = None, chat_type: str = "private", **fields: Any
) -> Chat:
    """Insert a chat and return it."""
    chat = Chat(
        id=chat_id if chat_id is not None else next(_ids),
        type=chat_type,
        created_at=utcnow(),
        **fields,
    )
    session.add(chat)
    session.flush()
    return chat


def add_delivery(
    session: Session,
    chat: Chat,
    question: QuestionRow,
    user: User | None = None,
    *,
    trigger: str = "quiz",
    sent_at: datetime | None = None,
) -> Delivery:
    """Insert a delivery of `question` to `chat` (options shown in stored order)."""
    assert question.id is not None
    delivery = Delivery(
        chat_id=chat.id,
        question_id=question.id,
        user_id=user.id if user is not None else None,
        option_order=list(range(len(question.options))),
        trigger=trigger,
        sent_at=sent_at or utcnow(),
    )
    session.add(delivery)
    session.flush()
    return delivery


def add_answer(
    session: Session,
    delivery: Delivery,
    user: User,
    *,
    points: int = 0,
    correct: bool | None = None,
    chosen_index: int = 0,
    delivery_id: int | None = None,
    question_id: int | None = None,
    answered_at: datetime | None = None,
) -> Answer:
    """Insert `user`'s answer to `delivery` (flushed, so the database checks it at once)."""
    assert delivery.id is not None
    answer = Answer(
        delivery_id=delivery_id if delivery_id is not None else delivery.id,
        user_id=user.id,
        question_id=question_id if question_id is not None else delivery.question_id,
        scope=0,
        chosen_index=chosen_index,
        correct=correct if correct is not None else points > 0,
        points=points,
        answered_at=answered_at or utcnow(),
    )
    session.add(answer)
    session.flush()
    return answer


def count_rows(engine: Engine, model: type[SQLModel]) -> int:
    """Count the rows of a table in a fresh session (what another process would see)."""
    with Session(engine) as session:
        return int(session.exec(select(sa.func.count()).select_from(model)).one())


# One warm generator worker for the whole test session (per xdist worker): each bot the tests
# build would otherwise start its own process and load the language model again.
SHARED_GENERATOR = GeneratorProcess(idle_seconds=3600)
