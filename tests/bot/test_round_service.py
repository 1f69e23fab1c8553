"""The round service without Telegram: claimed steps, a crash between claim and send, answers."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlmodel import Session

from bot.service.languages import LanguageService
from bot.service.quiz import AnswerStatus, QuizService
from bot.service.round_types import LEAD, SEND_GRACE, Ask, Close, Finish, Refused, Started
from bot.service.rounds import RoundService
from bot.service.sets import store_read_set
from bot.service.types import Place, Player
from db.engine import session_scope
from db.models import Round, RoundPlayer
from db.rounds import RoundRunning, create_round
from tests.bot.conftest import Clock
from tests.helpers import make_set

GROUP = Place(id=-100900, type="supergroup", title="Club")
ANN = Player(id=3001, first_name="Ann")


@pytest.fixture
def rounds(engine: Engine) -> tuple[RoundService, Clock]:
    """A round service on a database holding a five-question set."""
    store_read_set(engine, make_set(5))
    clock = Clock()
    return RoundService(engine, QuizService(engine, clock=clock), clock=clock), clock


def start(service: RoundService, size: int = 3, seconds: int = 20) -> Started:
    """Start a group round and return it."""
    started = service.start(GROUP, ANN, size, seconds, "en")
    assert isinstance(started, Started)
    return started


def test_a_step_is_claimed_once(rounds: tuple[RoundService, Clock]) -> None:
    service, clock = rounds
    started = start(service)
    assert service.step(started.round_id) is None  # the announcement's lead time
    clock.advance(seconds=LEAD.total_seconds())
    first = service.step(started.round_id)
    assert isinstance(first, Ask) and first.position == 0
    assert service.step(started.round_id) is None  # claimed: nobody sends it again


def test_a_rounds_lead_and_least_time_a_question_are_the_services(engine: Engine) -> None:
    store_read_set(engine, make_set(5))
    clock = Clock()
    quick = RoundService(
        engine,
        QuizService(engine, clock=clock),
        clock=clock,
        lead=timedelta(seconds=2),
        min_slot=timedelta(seconds=3),
    )
    started = start(quick, seconds=20)
    assert started.lead_seconds == 2  # what the announcement says
    assert quick.join(GROUP.id, ANN)
    clock.advance(seconds=1)
    assert quick.step(started.round_id) is None
    clock.advance(seconds=1)
    first = quick.step(started.round_id)
    assert isinstance(first, Ask)
    quick.sent(started.round_id, 0, 100, "poll-0")
    clock.advance(seconds=1)
    verdict = quick.answer_poll("poll-0", ANN, [first.question.correct_position])
    assert verdict is not None and verdict.everyone_answered
    assert isinstance(quick.step(started.round_id), Close)
    clock.advance(seconds=1)
    assert quick.step(started.round_id) is None  # 2 s after the send: the slot is 3 s
    clock.advance(seconds=1)
    second = quick.step(started.round_id)
    assert isinstance(second, Ask) and second.position == 1


def test_a_question_claimed_but_never_sent_is_not_sent_again(
    rounds: tuple[RoundService, Clock],
) -> None:
    service, clock = rounds
    started = start(service)
    clock.advance(seconds=LEAD.total_seconds())
    first = service.step(started.round_id)
    assert isinstance(first, Ask)
    # The process dies here: Telegram may or may not have the poll; it is never confirmed.
    clock.advance(seconds=20)
    assert service.step(started.round_id) is None
    clock.advance(seconds=SEND_GRACE.total_seconds())
    closed = service.step(started.round_id)
    assert isinstance(closed, Close) and closed.position == 0 and closed.message_id is None
    second = service.step(started.round_id)
    assert isinstance(second, Ask) and second.position == 1
    assert second.question.question_id != first.question.question_id


def test_answers_score_once_and_the_round_finishes(rounds: tuple[RoundService, Clock]) -> None:
    service, clock = rounds
    started = start(service, size=3, seconds=20)
    clock.advance(seconds=LEAD.total_seconds())
    for position in range(3):
        asked = service.step(started.round_id)
        assert isinstance(asked, Ask)
        service.sent(started.round_id, position, 100 + position, f"poll-{position}")
        clock.advance(seconds=4)
        right = asked.question.correct_position
        verdict = service.answer_poll(f"poll-{position}", ANN, [right])
        assert verdict is not None and verdict.points == 900
        # Joining by answering counts from the next question: the first one runs its time.
        assert verdict.everyone_answered == (position > 0)
        if position == 0:
            clock.advance(seconds=16)
        again = service.answer_poll(f"poll-{position}", ANN, [right])
        assert again is not None and again.status is AnswerStatus.ALREADY_ANSWERED
        closed = service.step(started.round_id)
        assert isinstance(closed, Close) and closed.last == (position == 2)
        clock.advance(seconds=10)
    finished = service.step(started.round_id)
    assert isinstance(finished, Finish) and not finished.stopped
    assert [(row.name, row.points, row.correct) for row in finished.board] == [("Ann", 2700, 3)]
    assert service.step(started.round_id) is None
    assert not service.running(GROUP.id)


def test_a_chat_has_one_round_at_a_time(rounds: tuple[RoundService, Clock], engine: Engine) -> None:
    service, clock = rounds
    started = start(service)
    assert service.start(GROUP, ANN, 3, 20, "en") is Refused.RUNNING
    with Session(engine) as session, pytest.raises(RoundRunning):
        found = session.get(Round, started.round_id)
        assert found is not None
        create_round(  # the database refuses a second, whatever the service checks
            session,
            chat_id=GROUP.id,
            user_id=None,
            started_by=ANN.id,
            set_id=found.set_id,
            question_ids=found.question_ids,
            seconds=20,
            language="en",
            first_at=clock(),
            now=clock(),
        )


def test_players_totals_cannot_go_negative(
    rounds: tuple[RoundService, Clock], engine: Engine
) -> None:
    service, _ = rounds
    started = start(service)
    assert service.join(GROUP.id, ANN) is True and service.join(GROUP.id, ANN) is False
    with Session(engine) as session:
        player = session.get(RoundPlayer, (started.round_id, ANN.id))
        assert player is not None
        player.points = -1
        session.add(player)
        with pytest.raises(Exception, match=r"(?i)check"):
            session.flush()


def test_stop_closes_the_open_question(rounds: tuple[RoundService, Clock]) -> None:
    service, clock = rounds
    started = start(service)
    clock.advance(seconds=LEAD.total_seconds())
    asked = service.step(started.round_id)
    assert isinstance(asked, Ask)
    service.sent(started.round_id, 0, 555, "poll-x")
    stopped = service.stop(GROUP.id)
    assert stopped is not None and stopped.stopped and stopped.open_message_id == 555
    assert stopped.asked == 1
    assert service.stop(GROUP.id) is None


def test_lookups_made_on_every_update_never_wait_for_a_writer(
    rounds: tuple[RoundService, Clock], engine: Engine
) -> None:
    # On SQLite a writer holds the process's one writer turn until it commits: a lookup that
    # took it too would wait the busy timeout and fail. These only read, so they answer at once.
    service, _ = rounds
    languages = LanguageService(engine)
    with session_scope(engine) as writing:
        writing.execute(sa.text("DELETE FROM inbox_updates"))  # a write: the turn is held
        assert service.running(GROUP.id) is False
        assert languages.language_for(ANN, GROUP) == "en"
        verdict = service.answer_button(999_999, ANN, 0)
    assert verdict is None  # not a round's question
