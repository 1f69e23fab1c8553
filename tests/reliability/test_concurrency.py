"""Many players answering at the same moment on one SQLite file: nobody waits forever, nobody
is told "database is locked", no answer goes missing."""

from __future__ import annotations

import threading
from collections import Counter

from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from bot.service.quiz import AnswerOutcome, AnswerStatus, QuizService
from bot.service.types import Player
from tests.bot.conftest import BotHarness
from tests.helpers import add_chat, add_delivery, add_questions, add_user, make_set
from tests.reliability.conftest import (
    answers_by_delivery,
    ask_questions,
    check_ledger,
    count_answers,
    expected_points,
    global_points,
    press,
)

PLAYERS = 500


def deal_questions(engine: Engine, players: int) -> list[tuple[int, int, int]]:
    """Give each player a private delivery of one of ten questions: (user, delivery, right)."""
    dealt = []
    with Session(engine) as session:
        questions = add_questions(session, make_set(10, slug="crowd", title="Crowd"))
        for n in range(players):
            user = add_user(session, 700_000 + n, first_name=f"P{n}")
            chat = add_chat(session, user.id, "private")
            question = questions[n % len(questions)]
            delivery = add_delivery(session, chat, question, user)  # options in stored order
            assert delivery.id is not None
            dealt.append((user.id, delivery.id, question.correct_index))
        session.commit()
    return dealt


def test_500_players_answering_at_once_are_all_recorded(engine: Engine) -> None:
    dealt = deal_questions(engine, PLAYERS)
    quiz = QuizService(engine)
    start = threading.Barrier(PLAYERS)
    outcomes: dict[int, AnswerOutcome] = {}
    errors: list[BaseException] = []

    def answer(user_id: int, delivery_id: int, right: int) -> None:
        # Even players answer right, odd players pick the next option.
        position = right if user_id % 2 == 0 else (right + 1) % 3
        start.wait(timeout=60)
        try:
            outcomes[user_id] = quiz.answer(delivery_id, Player(user_id, "P"), position)
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=answer, args=deal) for deal in dealt]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not any(thread.is_alive() for thread in threads), "a writer never finished"

    assert [e for e in errors if isinstance(e, OperationalError)] == [], "database is locked"
    assert errors == []
    assert Counter(o.status for o in outcomes.values()) == {
        AnswerStatus.CORRECT: PLAYERS // 2,
        AnswerStatus.WRONG: PLAYERS // 2,
    }
    assert count_answers(engine) == PLAYERS
    rows = answers_by_delivery(engine)
    assert all(len(rows[delivery]) == 1 for _, delivery, _ in dealt)
    points = global_points(engine)
    assert points == {user: int(user % 2 == 0) for user, _, _ in dealt}
    with engine.connect() as connection:
        buckets = dict(
            connection.exec_driver_sql(
                "SELECT points, users FROM score_buckets WHERE scope = 0 AND users != 0"
            ).all()
        )
        connection.rollback()
    assert buckets == {0: PLAYERS // 2, 1: PLAYERS // 2}  # the buckets add up to the players
    check_ledger(engine)


async def test_100_players_pressing_at_once_through_the_bot(rbot: BotHarness) -> None:
    h, api = rbot, rbot.api
    users = [api.user(8000 + n, f"P{n}") for n in range(100)]
    asked = await ask_questions(api, h.engine, users, 1)
    # Every press is queued before the bot sees the first one.
    presses = [
        await press(api, q, q.right if q.user.id % 3 else (q.right + 1) % q.options) for q in asked
    ]
    wanted = {p.query_id for p in presses}
    await api.wait_for(
        lambda: wanted <= {a.query_id for a in api.callback_answers},
        timeout=60,
        what="a verdict for all 100 presses",
    )
    assert count_answers(h.engine) == 100
    assert global_points(h.engine) == expected_points(presses)
    for q in asked:
        edited = await api.wait_for_edit(q.message, since=0, timeout=10)
        assert "Points:" in (edited.text or "")
    check_ledger(h.engine)


def test_parallel_double_presses_on_one_delivery_score_once(engine: Engine) -> None:
    # Twenty players, each pressing their own question eight times at the same instant.
    dealt = deal_questions(engine, 20)
    quiz = QuizService(engine)
    presses = [deal for deal in dealt for _ in range(8)]
    start = threading.Barrier(len(presses))
    outcomes: list[AnswerOutcome] = []
    errors: list[BaseException] = []

    def answer(user_id: int, delivery_id: int, right: int) -> None:
        start.wait(timeout=60)
        try:
            outcomes.append(quiz.answer(delivery_id, Player(user_id, "P"), right))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=answer, args=deal) for deal in presses]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert Counter(o.status for o in outcomes) == {
        AnswerStatus.CORRECT: 20,
        AnswerStatus.ALREADY_ANSWERED: 20 * 7,
    }
    assert all(len(rows) == 1 for rows in answers_by_delivery(engine).values())
    assert global_points(engine) == {user: 1 for user, _, _ in dealt}
    check_ledger(engine)
