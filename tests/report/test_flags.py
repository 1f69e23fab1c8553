"""Players flag questions: one flag per player and question, only for questions they were sent,
and three flags on a question few get right pause it until an admin looks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from bot.service.flags import FlagService, FlagStatus
from bot.service.quiz import NoQuestion, QuizService
from bot.service.types import Place, Player, ShownQuestion
from db.set_store import store_set
from tests.helpers import make_question, make_set

START = datetime(2026, 11, 2, 8, 0, tzinfo=UTC)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def quiz(engine: Engine, clock: Clock) -> QuizService:
    with Session(engine) as session:
        store_set(session, make_set(2, slug="sample"))
        session.commit()
    return QuizService(engine, clock=clock)


@pytest.fixture
def flags(engine: Engine, clock: Clock) -> FlagService:
    return FlagService(engine, clock=clock)


def player(number: int) -> tuple[Place, Player]:
    """Return the private chat and the player number `number`."""
    return Place(5000 + number), Player(5000 + number, f"Player {number}")


def play(quiz: QuizService, number: int, *, right: bool) -> ShownQuestion:
    """Send player `number` their next question and answer it right or wrong."""
    place, who = player(number)
    shown = quiz.next_question(place, who, trigger="quiz")
    assert isinstance(shown, ShownQuestion)
    position = shown.correct_position if right else (shown.correct_position + 1) % 3
    quiz.answer(shown.delivery_id, who, position)
    return shown


def test_one_flag_per_player_and_question(quiz: QuizService, flags: FlagService) -> None:
    shown = play(quiz, 1, right=True)
    first = flags.flag(5001, shown.delivery_id, "typo")
    assert (first.status, first.flags, first.paused) == (FlagStatus.RECORDED, 1, False)
    assert flags.flag(5001, shown.delivery_id, "wrong").status is FlagStatus.ALREADY
    [open_flag] = flags.open_flags()
    assert (open_flag.flags, open_flag.reasons) == (1, {"typo": 1})


def test_only_a_question_the_player_was_sent(quiz: QuizService, flags: FlagService) -> None:
    shown = play(quiz, 1, right=True)
    assert flags.flag(5002, shown.delivery_id, "wrong").status is FlagStatus.NOT_SENT
    assert flags.flag(5001, 999_999, "wrong").status is FlagStatus.UNKNOWN
    assert flags.flag(5001, shown.delivery_id, "rude").status is FlagStatus.UNKNOWN
    assert flags.open_flags() == []


def test_a_group_member_may_flag_a_poll_they_answered(
    quiz: QuizService, flags: FlagService
) -> None:
    group = Place(-100123, "supergroup", "Class 7b")
    shown = quiz.next_question(group, Player(5001, "Ann"), trigger="quiz")
    assert isinstance(shown, ShownQuestion)
    quiz.attach_message(shown.delivery_id, 10, poll_id="poll-1")
    assert flags.flag(5002, shown.delivery_id, "unclear").status is FlagStatus.NOT_SENT
    quiz.answer_poll("poll-1", Player(5002, "Bo"), [shown.correct_position])
    assert flags.flag(5002, shown.delivery_id, "unclear").status is FlagStatus.RECORDED


def test_three_flags_on_a_hard_question_pause_it_until_an_admin_resumes_it(
    quiz: QuizService, flags: FlagService
) -> None:
    shown = [play(quiz, n, right=n == 4) for n in range(1, 5)]  # facility 1/4 < 0.3
    assert len({s.question_id for s in shown}) == 1
    outcomes = [flags.flag(5000 + n, shown[n - 1].delivery_id, "wrong") for n in (1, 2, 3)]
    assert [o.paused for o in outcomes] == [False, False, True]
    assert outcomes[2].facility == pytest.approx(0.25)
    # The paused question is not served: a new player gets the other question, then nothing.
    place, who = player(9)
    nxt = quiz.next_question(place, who, trigger="quiz")
    assert isinstance(nxt, ShownQuestion) and nxt.question_id != shown[0].question_id
    [flagged] = flags.open_flags()
    assert (flagged.paused, flagged.flags, flagged.answered, flagged.right) == (True, 3, 4, 1)

    assert flags.resume(shown[0].question_id) == shown[0].text
    assert flags.open_flags() == []
    # Flags made before the admin's look no longer count: one more flag does not pause again.
    again = flags.flag(5004, shown[3].delivery_id, "other")
    assert (again.flags, again.paused) == (1, False)


def test_flags_on_a_question_most_get_right_do_not_pause_it(
    quiz: QuizService, flags: FlagService
) -> None:
    shown = [play(quiz, n, right=n != 1) for n in range(1, 5)]  # facility 3/4
    outcomes = [flags.flag(5000 + n, shown[n - 1].delivery_id, "typo") for n in range(1, 5)]
    assert [o.flags for o in outcomes] == [1, 2, 3, 4]
    assert not any(o.paused for o in outcomes)


def test_retiring_a_flagged_question_stops_it(quiz: QuizService, flags: FlagService) -> None:
    shown = play(quiz, 1, right=False)
    flags.flag(5001, shown.delivery_id, "wrong")
    assert flags.retire(shown.question_id) == shown.text
    assert flags.open_flags() == []
    assert flags.retire(123_456) is None


def test_reimporting_a_fixed_question_unpauses_it(
    engine: Engine, quiz: QuizService, flags: FlagService
) -> None:
    shown = [play(quiz, n, right=False) for n in range(1, 4)]
    for n in (1, 2, 3):
        flags.flag(5000 + n, shown[n - 1].delivery_id, "wrong")
    assert flags.open_flags()[0].paused
    fixed = make_set(
        questions=[make_question(1, text="What is answer number one?"), make_question(2)],
        slug="sample",
    )
    with Session(engine) as session:
        store_set(session, fixed)
        session.commit()
    assert flags.open_flags() == []
    with engine.connect() as connection:
        paused = connection.execute(
            sa.text(
                "SELECT count(*) FROM questions WHERE paused_at IS NOT NULL AND retired_at IS NULL"
            )
        ).scalar_one()
    assert paused == 0


def test_the_database_refuses_a_second_flag_and_an_unknown_reason(
    quiz: QuizService, flags: FlagService, engine: Engine
) -> None:
    shown = play(quiz, 1, right=True)
    flags.flag(5001, shown.delivery_id, "typo")
    insert = sa.text(
        "INSERT INTO flags (question_id, user_id, delivery_id, reason, created_at)"
        " VALUES (:q, 5001, :d, :r, '2026-11-02 08:00:00')"
    )
    for reason in ("typo", "spam"):
        with pytest.raises(IntegrityError), engine.begin() as connection:
            question = shown.question_id if reason == "typo" else shown.question_id + 1
            connection.execute(insert, {"q": question, "d": shown.delivery_id, "r": reason})


def test_no_question_left_when_every_question_is_paused(
    quiz: QuizService, flags: FlagService
) -> None:
    for question in range(2):
        shown = [play(quiz, 10 * question + n, right=False) for n in range(1, 4)]
        for n in range(1, 4):
            flags.flag(5000 + 10 * question + n, shown[n - 1].delivery_id, "wrong")
    place, who = player(99)
    assert quiz.next_question(place, who, trigger="quiz") is NoQuestion.EMPTY_SET
