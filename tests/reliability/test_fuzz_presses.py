"""Random callback_data and random command arguments, straight into the real service code:
nothing raises, and no forged press ever scores.

(The same inputs through the running bot, a handful at a time, are in test_bad_input.py.)
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine

from bot.service.quiz import AnswerStatus, QuizService
from bot.service.schedule import BadTime, SetTime, ZoneChoice, parse_command, resolve_zone
from bot.service.sets import store_read_set
from bot.service.types import Place, Player, ShownQuestion
from bot.views import texts
from bot.views.callbacks import MAX_BYTES, decode_answer, encode_answer
from bot.views.i18n import ENGLISH
from tests.fakebot import parse_text
from tests.helpers import make_set
from tests.reliability.conftest import check_ledger, global_points

FUZZ = settings(
    max_examples=150,
    deadline=None,
    # One database for all examples on purpose: forged presses pile up against the same state.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
MESSAGE_MAX = 4096


@given(st.text(max_size=80) | st.binary(max_size=80).map(lambda b: b.decode("latin-1")))
def test_decode_answer_accepts_only_small_well_formed_buttons(data: str) -> None:
    press = decode_answer(data)
    if press is not None:
        assert 0 <= press.delivery_id < 10**18 and 0 <= press.position < 100
        assert len(encode_answer(press.delivery_id, press.position).encode()) <= MAX_BYTES


@dataclass
class Table:
    """Alice's two private questions, a group's poll question and who is who."""

    quiz: QuizService
    alice: Player
    alice_questions: dict[int, ShownQuestion]
    group_question: ShownQuestion


@pytest.fixture
def table(engine: Engine) -> Table:
    """Deal Alice two questions in her private chat and the quiz club one poll question."""
    store_read_set(engine, make_set(6, slug="fuzz", title="Fuzz"))
    quiz = QuizService(engine)
    alice = Player(1001, "Alice")
    shown = [quiz.next_question(Place(alice.id), alice) for _ in range(2)]
    group = quiz.next_question(Place(-100555, "supergroup", "Club"), Player(1002, "Bob"))
    assert all(isinstance(s, ShownQuestion) for s in [*shown, group])
    return Table(
        quiz,
        alice,
        {s.delivery_id: s for s in shown if isinstance(s, ShownQuestion)},
        group,  # type: ignore[arg-type]
    )


PRESSERS = st.sampled_from([1001, 1002, 1666]) | st.integers(1, 2**52)


@FUZZ
@given(data=st.data(), user_id=PRESSERS, forged=st.text(max_size=70))
def press_randomly(table: Table, data: st.DataObject, user_id: int, forged: str) -> None:
    """Press random callback_data, or real data with any position, as anyone."""
    known = [*table.alice_questions, table.group_question.delivery_id]
    real = encode_answer(data.draw(st.sampled_from(known)), data.draw(st.integers(0, 99)))
    press = decode_answer(data.draw(st.sampled_from([forged, real])))
    if press is None:
        return
    player = table.alice if user_id == table.alice.id else Player(user_id, "Someone")
    outcome = table.quiz.answer(press.delivery_id, player, press.position)
    if outcome.counted:
        mine = table.alice_questions.get(press.delivery_id)
        assert player == table.alice and mine is not None, "a forged press counted"
        assert press.position < len(mine.options)
        assert outcome.points <= int(press.position == mine.correct_position)
    elif outcome.status is AnswerStatus.INVALID_OPTION:
        assert player == table.alice


def test_random_presses_never_raise_and_only_the_owner_scores(table: Table) -> None:
    press_randomly(table)
    # Afterwards the database holds Alice's answers only, and the totals agree with them.
    points = global_points(table.quiz.engine)
    assert set(points) <= {table.alice.id}
    assert points.get(table.alice.id, 0) <= len(table.alice_questions)
    check_ledger(table.quiz.engine)


def renders(text: str) -> None:
    """Assert a reply would be accepted by Telegram: valid HTML, at most 4096 characters."""
    parsed = parse_text(text, "HTML")
    assert 0 < len(parsed.text) <= MESSAGE_MAX


WORDS = st.lists(
    st.text(max_size=12)
    | st.sampled_from(["7", "7pm", "19:30", "25:00", "am", "pm", "off", "on", "Europe/Berlin"])
    | st.from_regex(r"[0-9:. ]{1,8}", fullmatch=True),
    max_size=5,
)


@settings(max_examples=300, deadline=None)
@given(WORDS)
def test_random_daily_arguments_get_a_reply_that_renders(words: list[str]) -> None:
    command = parse_command(words)
    if isinstance(command, BadTime):
        renders(texts.daily_bad_time(ENGLISH, command))
    elif isinstance(command, SetTime) and command.zone_text is not None:
        choice = resolve_zone(command.zone_text)
        assert isinstance(choice, ZoneChoice)
        if choice.name is None:
            renders(texts.daily_bad_zone(ENGLISH, choice))


@FUZZ
@given(st.text(max_size=100))
def test_random_set_names_never_raise(table: Table, slug: str) -> None:
    chosen = table.quiz.use_set(Place(table.alice.id), slug)
    assert chosen is None or chosen.slug == "fuzz"
