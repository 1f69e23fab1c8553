"""`quizbot db migrate-sqlite-to-postgres`: every row arrives, ids and sequences keep working.

The destination is the test database: PostgreSQL when TEST_DATABASE_URL is set (as in CI's
second pass), otherwise another SQLite file, so the copy itself is checked on every run.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from click.testing import CliRunner, Result
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.cli import cli
from bot.service.quiz import AnswerStatus, QuizService
from bot.service.scores import ScoreService
from bot.service.types import PRIVATE, Place, Player, ShownQuestion
from db.engine import make_engine
from db.migrate import upgrade_to_head
from db.models import DailyDelivery, DailySubscription, Delivery, QuestionSetRow
from db.transfer import copy_order
from tests.bot.conftest import SECOND_SET, TRICKY_SET, load_sets

START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
# Telegram ids past 32 bits, and a supergroup's negative id.
PLAYERS = [Player(7_000_000_001 + n, f"Player {n}") for n in range(4)]
GROUP = Place(-1_001_234_567_890, "supergroup", "Quiz night")
MUST_HAVE_ROWS = (
    "users",
    "chats",
    "question_sets",
    "questions",
    "deliveries",
    "answers",
    "scores",
    "score_buckets",
    "daily_points",
    "reviews",
    "daily_subscriptions",
    "daily_deliveries",
)


class Clock:
    """A clock that moves a minute on every reading, so timestamps differ."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        """Return the next minute."""
        self.now += timedelta(minutes=1)
        return self.now


def play(quiz: QuizService, place: Place, player: Player, *, right: bool) -> ShownQuestion:
    """Ask one question and answer it (right or wrong), as a press or a poll vote."""
    shown = quiz.next_question(place, player)
    assert isinstance(shown, ShownQuestion)
    position = shown.correct_position if right else (shown.correct_position + 1) % 3
    if place.is_group:
        poll_id = f"poll-{shown.delivery_id}"
        quiz.attach_message(shown.delivery_id, message_id=shown.delivery_id, poll_id=poll_id)
        outcome = quiz.answer_poll(poll_id, player, [position])
    else:
        quiz.attach_message(shown.delivery_id, message_id=shown.delivery_id)
        outcome = quiz.answer(shown.delivery_id, player, position)
    assert outcome.status in (AnswerStatus.CORRECT, AnswerStatus.WRONG)
    return shown


def populate(engine: Engine) -> None:
    """Fill a database the way a season of play does: sets, games, boards, daily questions."""
    load_sets(engine, TRICKY_SET, SECOND_SET)
    clock = Clock()
    quiz = QuizService(engine, clock=clock)
    for n, player in enumerate(PLAYERS):
        place = Place(player.id, PRIVATE, None)
        for round_ in range(3):
            play(quiz, place, player, right=(n + round_) % 2 == 0)
        play(quiz, GROUP, player, right=n != 1)
    ScoreService(engine, clock=clock).roll_boards()
    with Session(engine) as session:
        daily_delivery = session.exec(select(Delivery).order_by(Delivery.id)).first()  # type: ignore[arg-type]
        assert daily_delivery is not None
        for n, player in enumerate(PLAYERS):
            sub = DailySubscription(
                chat_id=player.id,
                local_time="08:30",
                timezone="Europe/Berlin",
                next_due_at=START + timedelta(days=1, hours=n),
                active=n != 3,
                created_at=START,
                updated_at=START,
            )
            session.add(sub)
            session.flush()
            assert sub.id is not None
            session.add(
                DailyDelivery(
                    subscription_id=sub.id,
                    local_date=date(2026, 3, 2),
                    status="sent" if n == 0 else "failed",
                    delivery_id=daily_delivery.id if n == 0 else None,
                    attempts=1,
                    error=None if n == 0 else "Forbidden: bot was blocked by the user",
                    created_at=START,
                    finished_at=START + timedelta(seconds=2),
                )
            )
        session.commit()


def rows_of(engine: Engine, table: sa.Table) -> list[dict[str, Any]]:
    """Return every row of a table as dicts, in primary-key order."""
    with engine.connect() as connection:
        query = sa.select(table).order_by(*table.primary_key.columns)
        return [dict(row) for row in connection.execute(query).mappings()]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Run the command line in an empty folder with no settings from the environment."""
    for name in list(os.environ):
        if name.startswith(("TELEGRAM_", "DATABASE_", "WEBHOOK_")):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def source(workdir: Path) -> Path:
    """Return a populated SQLite database file."""
    path = workdir / "old" / "quizbot.db"
    engine = make_engine(f"sqlite:///{path}")
    upgrade_to_head(engine)
    populate(engine)
    engine.dispose()
    return path


def migrate(*args: str) -> Result:
    """Run `quizbot db migrate-sqlite-to-postgres` with these arguments."""
    return CliRunner().invoke(cli, ["db", "migrate-sqlite-to-postgres", *args])


def test_every_row_is_copied_and_the_copy_keeps_working(source: Path, database_url: str) -> None:
    result = migrate(str(source), database_url)
    assert result.exit_code == 0, result.output + str(result.exception)
    src = make_engine(f"sqlite:///{source}")
    dst = make_engine(database_url)
    try:
        lines = result.stdout.splitlines()
        assert lines[1].split() == ["TABLE", "SOURCE", "COPIED"]
        printed = {line.split()[0]: line.split()[1:] for line in lines[2:-1]}
        for table in copy_order():
            expected = rows_of(src, table)
            assert rows_of(dst, table) == expected, table.name
            assert printed[table.name] == [str(len(expected))] * 2
            if table.name in MUST_HAVE_ROWS:
                assert expected, f"the populated source has no {table.name}"
        total = sum(len(rows_of(src, table)) for table in copy_order())
        assert lines[-1].startswith(f"Copied {total} rows in {len(copy_order())} tables")
        assert "postgres" not in database_url or "id sequences moved" in lines[-1]

        # New rows get fresh ids after the copied ones (PostgreSQL sequences were moved on).
        with Session(dst) as session:
            last = int(session.exec(select(sa.func.max(Delivery.id))).one() or 0)
        newcomer = Player(7_100_000_000, "Newcomer")
        shown = play(
            QuizService(dst, clock=Clock()), Place(newcomer.id, PRIVATE, None), newcomer, right=True
        )
        assert shown.delivery_id == last + 1
        with Session(dst) as session:
            fresh = QuestionSetRow(slug="fresh", title="Fresh", created_at=START, updated_at=START)
            session.add(fresh)
            session.commit()
            assert fresh.id == len(rows_of(src, QuestionSetRow.__table__)) + 1  # type: ignore[attr-defined]
    finally:
        src.dispose()
        dst.dispose()


def test_a_destination_with_data_is_refused_unless_forced(source: Path, database_url: str) -> None:
    assert migrate(str(source), database_url).exit_code == 0
    again = migrate(str(source), database_url)
    assert again.exit_code == 1
    assert "already holds data" in again.stderr and "--force" in again.stderr
    forced = migrate(str(source), database_url, "--force")
    assert forced.exit_code == 0, forced.output
    src, dst = make_engine(f"sqlite:///{source}"), make_engine(database_url)
    try:
        for table in copy_order():
            assert len(rows_of(dst, table)) == len(rows_of(src, table)), table.name
    finally:
        src.dispose()
        dst.dispose()


def test_a_missing_or_unmigrated_source_is_refused(workdir: Path, database_url: str) -> None:
    missing = migrate(str(workdir / "nope.db"), database_url)
    assert missing.exit_code == 2 and "does not exist" in missing.stderr
    empty = workdir / "empty.db"
    sa.create_engine(f"sqlite:///{empty}").connect().close()  # a file with no tables
    unmigrated = migrate(str(empty), database_url)
    assert unmigrated.exit_code == 1
    assert "schema revision none" in unmigrated.stderr and "quizbot db upgrade" in unmigrated.stderr
