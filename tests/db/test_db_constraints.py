"""The database itself refuses data that would break the quiz's rules (real SQLite file)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from db.engine import SQLITE_BUSY_TIMEOUT_MS, make_engine
from db.models import Answer, Chat, Delivery, QuestionRow, User
from tests.helpers import add_answer, add_chat, add_delivery, add_questions, add_user, count_rows


@dataclass
class Played:
    """Two questions, a user, a private chat and one delivery of question 1."""

    q1: QuestionRow
    q2: QuestionRow
    user: User
    chat: Chat
    delivery: Delivery


@pytest.fixture
def played(session: Session) -> Played:
    """Store a set, a user and their private chat, and deliver question 1 there (committed)."""
    first, second, _ = add_questions(session)
    user = add_user(session)
    chat = add_chat(session, user.id)
    delivery = add_delivery(session, chat, first, user)
    session.commit()
    return Played(first, second, user, chat, delivery)


def test_a_user_answers_a_delivery_only_once(
    engine: Engine, session: Session, played: Played
) -> None:
    add_answer(session, played.delivery, played.user, points=1, chosen_index=0)
    session.commit()
    with pytest.raises(IntegrityError, match=r"(?i)unique"):
        add_answer(session, played.delivery, played.user, chosen_index=2)
    session.rollback()
    assert count_rows(engine, Answer) == 1
    # The first press still counts, untouched.
    stored = session.exec(select(Answer)).one()
    assert (stored.chosen_index, stored.points) == (0, 1)


def test_other_users_may_answer_the_same_group_poll(session: Session, played: Played) -> None:
    group = add_chat(session, -100123, "supergroup")
    poll = add_delivery(session, group, played.q1)
    for _ in range(3):
        add_answer(session, poll, add_user(session), points=1)
    session.commit()
    assert len(session.exec(select(Answer)).all()) == 3


def test_a_question_scores_for_a_user_at_most_once_ever(
    engine: Engine, session: Session, played: Played
) -> None:
    user, chat = played.user, played.chat
    add_answer(session, played.delivery, user, points=1)
    session.commit()
    again = add_delivery(session, chat, played.q1, user, trigger="next")
    session.commit()
    with pytest.raises(IntegrityError, match=r"(?i)unique"):
        add_answer(session, again, user, points=1)
    session.rollback()
    assert count_rows(engine, Answer) == 1


def test_practice_answers_without_points_may_repeat(session: Session, played: Played) -> None:
    user, chat = played.user, played.chat
    add_answer(session, played.delivery, user, points=1)
    for _ in range(3):
        practice = add_delivery(session, chat, played.q1, user, trigger="play")
        add_answer(session, practice, user, points=0, correct=True)
    session.commit()
    answers = session.exec(select(Answer).where(Answer.question_id == played.q1.id)).all()
    assert sorted(a.points for a in answers) == [0, 0, 0, 1]


def test_the_same_user_scores_once_on_each_of_two_questions(
    session: Session, played: Played
) -> None:
    user, chat = played.user, played.chat
    add_answer(session, played.delivery, user, points=1)
    add_answer(session, add_delivery(session, chat, played.q2, user), user, points=1)
    session.commit()
    assert sum(a.points for a in session.exec(select(Answer))) == 2


def test_an_answer_to_a_missing_delivery_is_refused(
    engine: Engine, session: Session, played: Played
) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        add_answer(session, played.delivery, played.user, delivery_id=987_654)
    session.rollback()
    assert count_rows(engine, Answer) == 0


def test_a_delivery_to_a_missing_chat_is_refused(session: Session, played: Played) -> None:
    ghost = Chat(id=555, type="private")
    with pytest.raises(IntegrityError, match=r"(?i)foreign key"):
        add_delivery(session, ghost, played.q1)
        session.commit()


@pytest.mark.parametrize("points", [2, -1])
def test_points_must_be_zero_or_one(session: Session, played: Played, points: int) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)check"):
        add_answer(session, played.delivery, played.user, points=points, correct=True)


def test_a_wrong_answer_cannot_score(session: Session, played: Played) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)check"):
        add_answer(session, played.delivery, played.user, points=1, correct=False)


def test_unknown_chat_type_and_trigger_are_refused(session: Session, played: Played) -> None:
    with pytest.raises(IntegrityError, match=r"(?i)check"):
        add_chat(session, 77, "forum")
    session.rollback()
    with pytest.raises(IntegrityError, match=r"(?i)check"):
        add_delivery(session, played.chat, played.q1, trigger="spam")
    session.rollback()
    assert len(session.exec(select(Delivery)).all()) == 1


def test_every_connection_enforces_foreign_keys_wal_and_busy_timeout(engine: Engine) -> None:
    if engine.dialect.name != "sqlite":
        pytest.skip("SQLite connection settings")
    # Two connections at once: the pragmas are per connection, so both must have them.
    # (Raw DB-API connections: a SQLAlchemy transaction would take the write lock.)
    one, two = engine.raw_connection(), engine.raw_connection()
    try:
        for connection in (one, two):
            cursor = connection.cursor()
            pragmas = {
                name: cursor.execute(f"PRAGMA {name}").fetchone()[0]
                for name in ("foreign_keys", "journal_mode", "busy_timeout")
            }
            assert pragmas == {
                "foreign_keys": 1,
                "journal_mode": "wal",
                "busy_timeout": SQLITE_BUSY_TIMEOUT_MS,
            }
    finally:
        one.close()
        two.close()


def test_engine_creates_the_database_folder_on_demand(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "quiz.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE t (x INTEGER)"))
    engine.dispose()
    assert path.is_file()


def test_calendar_boards_and_channel_tables_refuse_broken_rows(
    session: Session, played: Played
) -> None:
    """Unknown board periods, negative counts, results of no delivery, a shared @name."""
    from datetime import UTC, date, datetime

    from db.models import ChannelLink, PeriodBucket, PeriodScore, PollResult

    now = datetime(2026, 3, 3, tzinfo=UTC)
    day = date(2026, 3, 3)
    broken = [
        PeriodScore(scope=0, period="year", starts=day, user_id=played.user.id, reached_at=now),
        PeriodScore(
            scope=0, period="day", starts=day, user_id=played.user.id, points=-1, reached_at=now
        ),
        PeriodBucket(scope=0, period="day", starts=day, points=1, users=-1),
        PollResult(delivery_id=999_999, voter_counts=[1, 0], total_voters=1, updated_at=now),
    ]
    for row in broken:
        session.add(row)
        with pytest.raises(IntegrityError):
            session.commit()
        session.rollback()
    news = Chat(id=-1001, type="channel", title="News", created_at=now)
    other = Chat(id=-1002, type="channel", title="Other", created_at=now)
    session.add_all([news, other])
    session.commit()
    session.add(ChannelLink(chat_id=news.id, username="news", linked_by=1, created_at=now))
    session.commit()
    session.add(ChannelLink(chat_id=other.id, username="news", linked_by=1, created_at=now))
    with pytest.raises(IntegrityError):
        session.commit()
