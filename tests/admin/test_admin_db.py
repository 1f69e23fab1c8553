"""Admin statistics queries against a real database: right figures, indexed plans."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import Session

from db.admin import (
    count_answers_since,
    count_users,
    list_broadcast_chats,
    most_missed_questions,
)
from db.sets import retire_set
from tests.helpers import add_answer, add_chat, add_delivery, add_questions, add_user, make_set

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_most_missed_orders_by_misses_then_rate_and_skips_retired_sets(session: Session) -> None:
    first, second, third = add_questions(session, make_set(3, slug="alpha"))
    (gone,) = add_questions(session, make_set(1, slug="beta", title="Beta"))
    chat = add_chat(session)
    users = [add_user(session) for _ in range(4)]
    # first: 2 misses of 4; second: 2 misses of 2; third: never missed; gone: retired set.
    for question, results in ((first, "WWRR"), (second, "WW"), (third, "RR"), (gone, "WWW")):
        for user, result in zip(users, results, strict=False):
            delivery = add_delivery(session, chat, question, user)
            add_answer(session, delivery, user, correct=result == "R")
    retire_set(session, "beta")
    missed = most_missed_questions(session)
    assert [(m.question_id, m.misses, m.answers) for m in missed] == [
        (second.id, 2, 2),
        (first.id, 2, 4),
    ]
    assert missed[0].set_slug == "alpha" and missed[1].miss_rate == 0.5
    excluded = most_missed_questions(session, exclude_user_ids=[users[0].id, users[1].id])
    assert excluded == []


def test_counts_exclude_the_given_ids(session: Session) -> None:
    (question,) = add_questions(session, make_set(1))
    terminal, ada = add_user(session, -1), add_user(session)
    add_chat(session, -1)
    chat = add_chat(session, ada.id)
    add_chat(session, chat_type="group", chat_id=-100)
    add_chat(session, blocked_at=NOW)
    for user in (terminal, ada):
        add_answer(session, add_delivery(session, chat, question, user), user)
    assert count_users(session) == 2
    assert count_users(session, exclude_ids=[-1]) == 1
    since = datetime.now(UTC) - timedelta(minutes=5)
    assert count_answers_since(session, since) == 2
    assert count_answers_since(session, since, exclude_user_ids=[-1]) == 1
    assert count_answers_since(session, datetime.now(UTC) + timedelta(minutes=5)) == 0
    assert list_broadcast_chats(session, exclude_ids=[-1]) == [ada.id]


def _plans(engine: Engine, run: Callable[[Session], object]) -> str:
    """Run queries, then return SQLite's plan for every SELECT they sent, joined."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            sent.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", capture)
    try:
        with Session(engine) as session:
            run(session)
    finally:
        event.remove(engine, "before_cursor_execute", capture)
    with engine.connect() as connection:
        return " | ".join(
            str(row[-1])
            for statement, parameters in sent
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        )


def test_statistics_queries_use_their_indexes(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("the plan check reads SQLite's EXPLAIN QUERY PLAN")
    # As AdminService.stats calls them: the terminal player's answers left out.
    since = _plans(engine, lambda s: count_answers_since(s, NOW, exclude_user_ids=[-1]))
    assert "SEARCH answers USING" in since and "ix_answers_answered_at (answered_at>?)" in since
    missed = _plans(engine, lambda s: most_missed_questions(s, exclude_user_ids=[-1]))
    assert "ix_answers_question_correct" in missed, missed
    assert "SCAN questions" not in missed and "SCAN question_sets" not in missed, missed
