"""Answers to one round question that arrive together (updates run concurrently).

PostgreSQL runs two answers' transactions side by side; SQLite's writers take turns at BEGIN,
so there the race cannot happen and the test is PostgreSQL's.
"""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine

import bot.service.round_answers as round_answers
from bot.service.quiz import QuizService
from bot.service.round_types import LEAD, Ask, Close, Started, Verdict
from bot.service.rounds import RoundService
from bot.service.sets import store_read_set
from bot.service.types import Place, Player
from db.round_players import everyone_answered as counted
from tests.bot.conftest import Clock
from tests.helpers import make_set

GROUP = Place(id=-100901, type="supergroup", title="Race Club")
ANN, BEN, CAT = (
    Player(id=3100 + n, first_name=name) for n, name in enumerate(("Ann", "Ben", "Cat"))
)
DEADLINE = 10.0  # a safety net only: the test never waits this long when the bot is right


def _waiting_on_a_lock(engine: Engine) -> bool:
    """Return True when a session of this database waits for a row lock another one holds."""
    with engine.connect() as connection:
        found = connection.execute(
            sa.text(
                "SELECT count(*) FROM pg_stat_activity"
                " WHERE datname = current_database() AND wait_event_type = 'Lock'"
            )
        ).scalar_one()
    return bool(found)


def test_the_last_two_answers_at_once_still_close_the_question(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite's writers take turns at BEGIN: two answers never overlap there")
    store_read_set(engine, make_set(5))
    clock = Clock()
    service = RoundService(engine, QuizService(engine, clock=clock), clock=clock)
    started = service.start(GROUP, ANN, 3, 20, "en")
    assert isinstance(started, Started)
    round_id = started.round_id
    for player in (BEN, CAT):
        assert service.join(GROUP.id, player)
    clock.advance(seconds=LEAD.total_seconds())
    asked = service.step(round_id)
    assert isinstance(asked, Ask)
    service.sent(round_id, 0, 100, "poll-0")
    right = asked.question.correct_position
    first = service.answer_poll("poll-0", ANN, [right])
    assert first is not None and not first.everyone_answered

    # Both answers reach the "has everyone answered?" count together, each after storing its
    # own answer and before committing it, unless one waits for the other (what must happen).
    both = threading.Barrier(2)

    def count_together(*args: Any, **kwargs: Any) -> bool:
        # Broken: the other answer waits for this one's transaction, so this one counts alone.
        with contextlib.suppress(threading.BrokenBarrierError):
            both.wait(timeout=DEADLINE)
        return counted(*args, **kwargs)

    monkeypatch.setattr(round_answers, "everyone_answered", count_together)
    with ThreadPoolExecutor(2) as pool:
        # Ben is right, Cat is wrong: their scores touch no shared row.
        wrong = (right + 1) % len(asked.question.options)
        answers = [
            pool.submit(service.answer_poll, "poll-0", player, [choice])
            for player, choice in ((BEN, right), (CAT, wrong))
        ]
        deadline = time.monotonic() + DEADLINE
        while not all(answer.done() for answer in answers) and time.monotonic() < deadline:
            if both.n_waiting == 1 and _waiting_on_a_lock(engine):
                both.abort()  # one answer is held behind the other: let the first one go on
        verdicts: list[Verdict | None] = [answer.result() for answer in answers]

    # One of the two saw everyone's answer: the question closes now, not when its time is up.
    assert sorted(v is not None and v.everyone_answered for v in verdicts) == [False, True]
    assert isinstance(service.step(round_id), Close)
